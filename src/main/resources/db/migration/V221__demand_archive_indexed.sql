-- demand: the archive batch (V220) at scale. Measured on 20,000,000 demands (docs/benchmarks.md), V220 moved
-- 10,000 demands in ~40 s: its partner check joined every candidate with every lesson under an OR (86 s for 10,000
-- candidates against 24,000 lessons), and nothing found a demand's lessons but a scan of the table, which holds about
-- one lesson per demand. Now the partner check is four index lookups per round and lessons are indexed by both demands.
CREATE INDEX IF NOT EXISTS demand_lesson_demand_idx ON demand_lesson (demand_id);
CREATE INDEX IF NOT EXISTS demand_lesson_other_idx ON demand_lesson (other_id) WHERE other_id IS NOT NULL;

-- looks at up to max_demands finished demands received before cut_off with ids after after_id (oldest first) and moves
-- them with their rows, except those held back by a hot partner; returns how many moved and the last id looked at
-- (null: nothing left before the cut-off), where the next batch starts
CREATE OR REPLACE FUNCTION demand_archive_batch(cut_off timestamptz, max_demands int, after_id bigint, OUT moved int, OUT last_id bigint) AS $$
DECLARE
  -- table, its column naming the demand; children before their parents (demand_callback_attempt → demand_callback)
  moves text[][] := ARRAY[['demand_callback_attempt', 'demand_id'], ['demand_callback', 'demand_id'],
    ['demand_work_order', 'demand_id'], ['demand_summons', 'demand_id'], ['demand_timeline', 'demand_id'],
    ['demand_idempotency', 'demand_id'], ['demand_photo', 'demand_id'], ['demand_merge', 'child_id'],
    ['demand_text', 'demand_id'], ['demand_judgement', 'demand_id'], ['demand_lesson', 'demand_id'], ['demand', 'id']];
  unknown text;
  cols text;
  i int;
BEGIN
  -- a table referencing demand that this function does not move would keep a dangling key: refuse, loudly
  SELECT string_agg(DISTINCT c.conrelid::regclass::text, ', ') INTO unknown FROM pg_constraint c
  WHERE c.contype = 'f' AND c.confrelid = 'public.demand'::regclass
    AND c.conrelid::regclass::text NOT IN (SELECT unnest(moves[:][1:1]));
  IF unknown IS NOT NULL THEN
    RAISE EXCEPTION 'demand_archive_batch does not know how to archive %', unknown;
  END IF;

  CREATE TEMP TABLE IF NOT EXISTS demand_archive_ids (id bigint PRIMARY KEY) ON COMMIT DROP;
  DELETE FROM demand_archive_ids;
  INSERT INTO demand_archive_ids
  SELECT d.id FROM demand d
  WHERE d.id > after_id AND d.received_at < cut_off AND d.status IN ('CLOSED', 'ANSWERED_ON_SPOT', 'EXCLUDED', 'MERGED')
  ORDER BY d.id LIMIT max_demands;
  SELECT max(id) INTO last_id FROM demand_archive_ids;
  ANALYZE demand_archive_ids;
  -- keep together what refers to each other: drop a demand while a partner of it stays hot, until none does (four
  -- index lookups per round: demand_merge by child and by parent, demand_lesson by demand and by other demand)
  LOOP
    DELETE FROM demand_archive_ids a USING (
      SELECT m.child_id AS id FROM demand_merge m JOIN demand_archive_ids i ON i.id = m.child_id
      WHERE NOT EXISTS (SELECT 1 FROM demand_archive_ids p WHERE p.id = m.parent_id)
      UNION
      SELECT m.parent_id FROM demand_merge m JOIN demand_archive_ids i ON i.id = m.parent_id
      WHERE NOT EXISTS (SELECT 1 FROM demand_archive_ids c WHERE c.id = m.child_id)
      UNION
      SELECT l.demand_id FROM demand_lesson l JOIN demand_archive_ids i ON i.id = l.demand_id
      WHERE l.other_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM demand_archive_ids o WHERE o.id = l.other_id)
      UNION
      SELECT l.other_id FROM demand_lesson l JOIN demand_archive_ids i ON i.id = l.other_id
      WHERE NOT EXISTS (SELECT 1 FROM demand_archive_ids d WHERE d.id = l.demand_id)) held
    WHERE a.id = held.id;
    EXIT WHEN NOT FOUND;
  END LOOP;

  -- the timeline is append-only for everyone else; moving it whole to the archive is this transaction's exception
  PERFORM set_config('shegong.archiving', 'on', true);
  FOR i IN 1 .. array_length(moves, 1) LOOP
    PERFORM demand_archive_table(moves[i][1], moves[i][2]);
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols FROM pg_attribute a
    WHERE a.attrelid = format('public.%I', moves[i][1])::regclass AND a.attnum > 0 AND NOT a.attisdropped;
    EXECUTE format('WITH gone AS (DELETE FROM public.%1$I t WHERE t.%2$I IN (SELECT id FROM demand_archive_ids) RETURNING t.*) '
                   'INSERT INTO demand_archive.%1$I (%3$s) SELECT %3$s FROM gone', moves[i][1], moves[i][2], cols);
  END LOOP;
  SELECT count(*) INTO moved FROM demand_archive_ids;
  PERFORM demand_archive_table('demand', 'tracking_code');
  PERFORM set_config('shegong.archiving', 'off', true);
END
$$ LANGUAGE plpgsql;

