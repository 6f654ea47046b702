-- One Sichuan year of 接诉即办 demands for benchmarks (issue 12): :n demands received evenly over the 365 days up
-- to the load's start, in the province's villages with a cube-law skew (the busiest 1 % of villages receive about a
-- fifth), over 12 categories, each dispatched to one of :units units (ids :first_unit …). The newest :open are still
-- open (their work order ACCEPTED; the oldest :overdue of them are past their reply deadline within the day before
-- the load, the rest due 15 days after receipt); every other demand is CLOSED with its order REPLIED. Per demand:
-- the demand, its lead work order, two timeline entries (SUBMIT, DISPATCH), its words for the duplicate check
-- (demand_text) and its insight rows (insight_demand, insight_order with the 三率 outcomes), and its counts in the
-- summary tables (V160/V162), added per range from the inserted rows (data-modifying CTEs: no second pass).
--
-- Built for speed (20,000,000 demands): every [chunk] step is one INSERT … SELECT over generate_series with ids
-- given (OVERRIDING SYSTEM VALUE, :offset + i) and computes its columns from i alone, so no step reads another
-- table's rows; before the first range the year's six tables lose their indexes, keys and foreign keys (their
-- definitions kept in bench_ddl) and become UNLOGGED; after the last range the keys and indexes are built once
-- (maintenance_work_mem 1GB), the foreign keys come back NOT VALID (the generated rows satisfy them by
-- construction; new rows are checked), the tables become LOGGED again ("[logged]", optional) and everything is
-- ANALYZEd. A range is all [chunk] steps for :from … :to, so a load stopped between ranges is consistent.
--
-- Parameters are named :x, so the file runs both from the benchmark (JdbcClient named parameters: the steps before
-- the first [chunk] step once, then every [chunk] step per range, newest range first, then the rest once) and from
-- psql for one range:
--   psql -v n=20000000 -v open=550000 -v overdue=200000 -v units=2000 -v first_unit=100 -v offset=0 \
--        -v from=1 -v to=20000000 -f demand-year.sql
-- Needs the schema from V162 on. Steps start with "-- step:". Measured time and disk: docs/benchmarks.md.

-- step: villages
CREATE UNLOGGED TABLE IF NOT EXISTS bench_village AS
SELECT row_number() OVER (ORDER BY md5(code)) AS n, code FROM region_division WHERE level = 'VILLAGE';
-- step: villages index
CREATE UNIQUE INDEX IF NOT EXISTS bench_village_n ON bench_village (n);
-- step: the load's clock and village count (every range computes the same times)
CREATE TABLE IF NOT EXISTS bench_anchor AS SELECT now() AS at, (SELECT count(*) FROM bench_village) AS villages;
-- step: indexes, keys and WAL off
DO $$
DECLARE
  t regclass[] := ARRAY['demand', 'demand_work_order', 'demand_timeline', 'demand_text', 'insight_demand', 'insight_order']::regclass[];
  r record;
BEGIN
  CREATE TABLE IF NOT EXISTS bench_ddl (seq serial, phase int NOT NULL, sql text NOT NULL);
  FOR r IN SELECT c.conname, c.conrelid::regclass AS tbl, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
           WHERE c.contype = 'f' AND (c.conrelid = ANY (t) OR c.confrelid = ANY (t)) LOOP
    INSERT INTO bench_ddl (phase, sql) VALUES (3, format('ALTER TABLE %s ADD CONSTRAINT %I %s NOT VALID', r.tbl, r.conname, r.def));
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
  FOR r IN SELECT c.conname, c.conrelid::regclass AS tbl, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
           WHERE c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY (t) LOOP
    INSERT INTO bench_ddl (phase, sql) VALUES (1, format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.conname, r.def));
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
  FOR r IN SELECT i.indexrelid::regclass AS idx, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i WHERE i.indrelid = ANY (t) LOOP
    INSERT INTO bench_ddl (phase, sql) VALUES (2, r.def);
    EXECUTE format('DROP INDEX %s', r.idx);
  END LOOP;
  FOR r IN SELECT c.oid::regclass AS tbl FROM pg_class c WHERE c.oid = ANY (t) AND c.relpersistence = 'p' LOOP
    INSERT INTO bench_ddl (phase, sql) VALUES (4, format('ALTER TABLE %s SET LOGGED', r.tbl));
    EXECUTE format('ALTER TABLE %s SET UNLOGGED', r.tbl);
  END LOOP;
END
$$;
-- step: triggers off (the summaries are added per range from the inserted rows)
ALTER TABLE insight_demand DISABLE TRIGGER USER;
-- step: triggers off for orders
ALTER TABLE insight_order DISABLE TRIGGER USER;

-- step: demands [chunk]
INSERT INTO demand (id, tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
  phone_index, phone_masked, status, received_at, dispatch_by, submitted_by, version)
OVERRIDING SYSTEM VALUE
SELECT :offset + g.i, 'Y' || lpad((:offset + g.i)::text, 13, '0'),
       (ARRAY['ENQUIRY','HELP','COMPLAINT','REPORT','PROPOSAL'])[1 + g.i % 5], 'ORDINARY', 'HOTLINE', v.code,
       (ARRAY['CJ-01','CJ-02','HJ-01','HJ-02','ZF-01','SC-01','JT-03','ZA-01','MZ-01','LD-01','SB-02','NY-01'])[1 + g.i % 12],
       '历史诉求第' || g.i || '号：小区周边问题反映', '\x00'::bytea, md5(g.i::text), '138****' || lpad((g.i % 10000)::text, 4, '0'),
       CASE WHEN g.i > :n - :open THEN 'ACCEPTED' ELSE 'CLOSED' END, g.at, g.at + interval '24 hours', 'bench', 3
FROM (SELECT i, a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) AS at,
             1 + floor(a.villages * power(((i::bigint * 2654435761) % 1000003)::float8 / 1000003, 3))::bigint AS vn
      FROM bench_anchor a, generate_series(:from, :to) i) g
JOIN bench_village v ON v.n = g.vn;

-- step: work orders [chunk]
INSERT INTO demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by, reply_by,
  return_by, accepted_at, replied_at, reply)
SELECT :offset + g.i, 0, :first_unit + (:offset + g.i) % :units, 'LEAD', false,
       CASE WHEN g.i > :n - :open THEN 'ACCEPTED' ELSE 'REPLIED' END,
       g.at + interval '10 minutes', g.at + interval '1 day',
       CASE WHEN g.i > :n - :open AND g.i <= :n - :open + :overdue
            THEN g.now - make_interval(secs => (((:offset + g.i)::bigint * 7919) % 86000)::float8)
            ELSE g.at + interval '15 days' END,
       g.at + interval '1 day', g.at + interval '2 hours',
       CASE WHEN g.i <= :n - :open THEN g.at + interval '5 days' END,
       CASE WHEN g.i <= :n - :open THEN '已处理' END
FROM (SELECT i, a.at AS now, a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) AS at
      FROM bench_anchor a, generate_series(:from, :to) i) g;

-- step: timeline [chunk]
INSERT INTO demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, detail)
SELECT :offset + i, s, a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) + s * interval '10 minutes', 'bench',
       CASE WHEN s = 1 THEN :first_unit + (:offset + i) % :units END, (ARRAY['SUBMIT','DISPATCH'])[s + 1], NULL
FROM bench_anchor a, generate_series(:from, :to) i, generate_series(0, 1) s;

-- step: words [chunk]
INSERT INTO demand_text (demand_id, category_code, area_code, received_at, tokens)
SELECT :offset + g.i, (ARRAY['CJ-01','CJ-02','HJ-01','HJ-02','ZF-01','SC-01','JT-03','ZA-01','MZ-01','LD-01','SB-02','NY-01'])[1 + g.i % 12],
       v.code, g.at,
       ARRAY[w[1 + (((:offset + g.i)::bigint * 7919 + 1) % 54)::int], w[1 + (((:offset + g.i)::bigint * 2 * 7919 + 2) % 54)::int],
             w[1 + (((:offset + g.i)::bigint * 3 * 7919 + 3) % 54)::int], w[1 + (((:offset + g.i)::bigint * 4 * 7919 + 4) % 54)::int],
             w[1 + (((:offset + g.i)::bigint * 5 * 7919 + 5) % 54)::int], w[1 + (((:offset + g.i)::bigint * 6 * 7919 + 6) % 54)::int]]
FROM (SELECT i, a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) AS at,
             1 + floor(a.villages * power(((i::bigint * 2654435761) % 1000003)::float8 / 1000003, 3))::bigint AS vn
      FROM bench_anchor a, generate_series(:from, :to) i) g
JOIN bench_village v ON v.n = g.vn,
     (SELECT string_to_array('噪声 油烟 烧烤 夜间 施工 广场舞 垃圾 清运 污水 下水道 堵塞 路灯 井盖 路面 积水 占道 摊贩 停车 '
       || '电梯 物业 收费 漏水 租房 欠薪 工资 社保 医保 养老 低保 入学 公交 出租车 红绿灯 消防 通道 电动车 充电 燃气 停水 停电 '
       || '食品 价格 退款 树木 绿化 宠物 违建 渣土车 扬尘 河道 小区 学校 医院 菜市场', ' ') AS w) words;

-- step: insight demands and hotspot summaries [chunk]
WITH d AS (
  INSERT INTO insight_demand (demand_id, region_code, category_code, month, received_at)
  SELECT :offset + g.i, v.code,
         (ARRAY['CJ-01','CJ-02','HJ-01','HJ-02','ZF-01','SC-01','JT-03','ZA-01','MZ-01','LD-01','SB-02','NY-01'])[1 + g.i % 12],
         date_trunc('month', g.at AT TIME ZONE 'Asia/Shanghai')::date, g.at
  FROM (SELECT i, a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) AS at,
               1 + floor(a.villages * power(((i::bigint * 2654435761) % 1000003)::float8 / 1000003, 3))::bigint AS vn
        FROM bench_anchor a, generate_series(:from, :to) i) g
  JOIN bench_village v ON v.n = g.vn
  RETURNING month, region_code, category_code),
area AS (
  INSERT INTO insight_demand_area AS s (month, region_code, category_code, n)
  SELECT month, region_code, category_code, count(*) FROM d GROUP BY 1, 2, 3
  ON CONFLICT (month, region_code, category_code) DO UPDATE SET n = s.n + excluded.n)
INSERT INTO insight_demand_township AS s (month, area, category_code, n)
SELECT month, substr(region_code, 1, 9), category_code, count(*) FROM d GROUP BY 1, 2, 3
ON CONFLICT (month, area, category_code) DO UPDATE SET n = s.n + excluded.n;

-- step: insight orders and ranking summary [chunk]
WITH o AS (
  INSERT INTO insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at, accepted_at,
    accepted_on_time, replied_at, replied_on_time, reached, resolved, satisfaction, merged, excluded)
  SELECT g.id, :first_unit + g.id % :units, 'LEAD', v.code,
         (ARRAY['CJ-01','CJ-02','HJ-01','HJ-02','ZF-01','SC-01','JT-03','ZA-01','MZ-01','LD-01','SB-02','NY-01'])[1 + g.i % 12],
         date_trunc('month', g.at AT TIME ZONE 'Asia/Shanghai')::date, g.at + interval '10 minutes',
         g.at + interval '2 hours', g.id % 10 <> 0,
         CASE WHEN g.closed THEN g.at + interval '5 days' END,
         CASE WHEN g.closed THEN g.id % 8 <> 0 END,
         CASE WHEN g.closed AND g.id % 100 < 85 THEN g.id % 20 <> 0 END,
         CASE WHEN g.closed AND g.id % 100 < 85 THEN g.id % 7 <> 0 END,
         CASE WHEN NOT g.closed OR g.id % 100 >= 85 THEN NULL WHEN g.id % 10 < 6 THEN 'SATISFIED'
              WHEN g.id % 10 < 8 THEN 'BASICALLY_SATISFIED' ELSE 'DISSATISFIED' END,
         g.id % 50 = 0, g.id % 1000 = 7
  FROM (SELECT i, :offset + i AS id, i <= :n - :open AS closed,
               a.at - make_interval(secs => (:n - i)::float8 * 31536000 / :n) AS at,
               1 + floor(a.villages * power(((i::bigint * 2654435761) % 1000003)::float8 / 1000003, 3))::bigint AS vn
        FROM bench_anchor a, generate_series(:from, :to) i) g
  JOIN bench_village v ON v.n = g.vn
  RETURNING month, unit_id, role, accepted_on_time, reached, resolved, satisfaction, whistle, merged, excluded)
INSERT INTO insight_unit_month AS s (month, unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned)
SELECT month, unit_id, count(*), count(*) FILTER (WHERE accepted_on_time), count(*) FILTER (WHERE reached),
       count(*) FILTER (WHERE reached AND resolved), count(*) FILTER (WHERE reached AND satisfaction = 'SATISFIED'),
       count(*) FILTER (WHERE reached AND satisfaction = 'BASICALLY_SATISFIED'), count(*) FILTER (WHERE whistle),
       count(*) FILTER (WHERE role = 'SUMMONED')
FROM o WHERE NOT merged AND NOT excluded
GROUP BY month, unit_id
ON CONFLICT (month, unit_id) DO UPDATE SET dispatched = s.dispatched + excluded.dispatched, on_time = s.on_time + excluded.on_time,
  called_back = s.called_back + excluded.called_back, resolved = s.resolved + excluded.resolved,
  satisfied = s.satisfied + excluded.satisfied, basic = s.basic + excluded.basic, whistles = s.whistles + excluded.whistles,
  summoned = s.summoned + excluded.summoned;

-- step: units in the read model
INSERT INTO insight_unit (unit_id, name, kind, region_code)
SELECT id, name, kind, region_code FROM identity_unit WHERE id BETWEEN :first_unit AND :first_unit + :units - 1
ON CONFLICT (unit_id) DO NOTHING;
-- step: triggers on
ALTER TABLE insight_demand ENABLE TRIGGER USER;
-- step: triggers on for orders
ALTER TABLE insight_order ENABLE TRIGGER USER;
-- step: keys and indexes, built once
DO $$
DECLARE r record;
BEGIN
  PERFORM set_config('maintenance_work_mem', '1GB', true);
  FOR r IN SELECT seq, sql FROM bench_ddl WHERE phase IN (1, 2) ORDER BY phase, seq LOOP
    EXECUTE r.sql;
    DELETE FROM bench_ddl WHERE seq = r.seq;
  END LOOP;
END
$$;
-- step: identity sequence past the given ids
SELECT setval(pg_get_serial_sequence('demand', 'id'), (SELECT max(id) FROM demand));
-- step: WAL on again [logged] (a rewrite of every table through the WAL: skipped with -Dlogged=false)
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT seq, sql FROM bench_ddl WHERE phase = 4 ORDER BY seq LOOP
    EXECUTE r.sql;
    DELETE FROM bench_ddl WHERE seq = r.seq;
  END LOOP;
END
$$;
-- step: foreign keys (NOT VALID; one from a logged table to a table still UNLOGGED waits in bench_ddl)
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT seq, sql FROM bench_ddl WHERE phase = 3 ORDER BY seq LOOP
    BEGIN
      EXECUTE r.sql;
      DELETE FROM bench_ddl WHERE seq = r.seq;
    EXCEPTION WHEN invalid_table_definition THEN
      RAISE NOTICE 'kept for later: %', r.sql;
    END;
  END LOOP;
END
$$;
-- step: statistics
ANALYZE;
