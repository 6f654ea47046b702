-- demand: retention of closed years (issue 12, decision 0006 §5). Demands received before a cut-off (the start of the
-- oldest year kept hot) and finished (CLOSED, ANSWERED_ON_SPOT, EXCLUDED, MERGED) move, with every row that hangs on
-- them, from the hot tables into the schema demand_archive: same table names, same columns, no foreign keys, indexed
-- by demand id (and tracking code), so an archived demand stays readable (DemandArchive.find, or plain SQL). Moving a
-- batch is one statement per table (DELETE … RETURNING into INSERT) in one transaction: a row is either hot or
-- archived, never both or neither. The read model (insight_demand, insight_order) and the summary tables stay: a
-- year's rankings and hotspots keep their figures, and deleting facts would subtract them from the summaries.
-- A demand stays hot while a demand it is merged with (either side) or a lesson's other demand stays hot, so no
-- foreign key of the hot tables ever points into the archive.
CREATE SCHEMA IF NOT EXISTS demand_archive;

-- the archive's copy of one hot table: created on first use (LIKE: columns and defaults, no identity, no keys) and
-- given every column the hot table gained since, so a later migration of the hot table needs no archive migration
CREATE FUNCTION demand_archive_table(hot text, keyed text) RETURNS void AS $$
DECLARE c record;
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS demand_archive.%I (LIKE public.%I INCLUDING DEFAULTS)', hot, hot);
  FOR c IN SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
           WHERE a.attrelid = format('public.%I', hot)::regclass AND a.attnum > 0 AND NOT a.attisdropped
             AND NOT EXISTS (SELECT 1 FROM pg_attribute b WHERE b.attrelid = format('demand_archive.%I', hot)::regclass
                             AND b.attname = a.attname AND NOT b.attisdropped) LOOP
    EXECUTE format('ALTER TABLE demand_archive.%I ADD COLUMN %I %s', hot, c.attname, c.type);
  END LOOP;
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON demand_archive.%I (%I)', hot || '_' || keyed || '_idx', hot, keyed);
END
$$ LANGUAGE plpgsql;

-- looks at up to max_demands finished demands received before cut_off with ids after after_id (oldest first) and moves
-- them with their rows, except those held back by a hot partner; returns how many moved and the last id looked at
-- (null: nothing left before the cut-off), where the next batch starts
CREATE FUNCTION demand_archive_batch(cut_off timestamptz, max_demands int, after_id bigint, OUT moved int, OUT last_id bigint) AS $$
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
  -- keep together what refers to each other: drop a demand while a partner of it stays hot, until none does
  LOOP
    DELETE FROM demand_archive_ids a WHERE
      EXISTS (SELECT 1 FROM demand_merge m WHERE (m.child_id = a.id AND m.parent_id NOT IN (SELECT id FROM demand_archive_ids))
                                              OR (m.parent_id = a.id AND m.child_id NOT IN (SELECT id FROM demand_archive_ids)))
      OR EXISTS (SELECT 1 FROM demand_lesson l WHERE (l.demand_id = a.id AND l.other_id IS NOT NULL AND l.other_id NOT IN (SELECT id FROM demand_archive_ids))
                                               OR (l.other_id = a.id AND l.demand_id NOT IN (SELECT id FROM demand_archive_ids)));
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

-- the timeline stays append-only: no update ever, a delete only while demand_archive_batch moves rows to the archive
CREATE OR REPLACE FUNCTION demand_timeline_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('shegong.archiving', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'demand_timeline is append-only';
END;
$$ LANGUAGE plpgsql;
