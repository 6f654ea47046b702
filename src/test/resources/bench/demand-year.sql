-- One Sichuan year of 接诉即办 demands for benchmarks (issue 12): :n demands received evenly over the 365 days up
-- to now, in the province's villages with a cube-law skew (the busiest 1 % of villages receive about a fifth), over
-- 12 categories, each dispatched to one of :units units (ids :first_unit …). The newest :open are still open (their
-- work order ACCEPTED; the oldest :overdue of them are past their reply deadline within the last day, the rest due
-- 15 days after receipt); every other demand is CLOSED with its order REPLIED. Per demand: the demand, its lead work
-- order, two timeline entries (SUBMIT, DISPATCH), its words for the duplicate check (demand_text) and its insight
-- rows (insight_demand, insight_order with the 三率 outcomes). The summary tables (V160) are built once at the end.
--
-- Ids are given (OVERRIDING SYSTEM VALUE), :offset + i, so every step of a chunk is one generate_series with no
-- lookup. Parameters are named :x, so the file runs both from the benchmark (JdbcClient named parameters, one
-- step at a time, chunk steps once per range :from … :to) and from psql for one range:
--   psql -v n=20000000 -v open=550000 -v overdue=200000 -v units=2000 -v first_unit=100 -v offset=0 \
--        -v from=1 -v to=20000000 -f demand-year.sql
-- (psql runs the whole file once; chunked, it is ~1,000,000 rows per transaction.) Steps start with "-- step:";
-- "[chunk]" steps run per range; "[V160]" steps are skipped on a schema before V160 (for before/after runs). Measured time and disk: docs/benchmarks.md.

-- step: villages
CREATE UNLOGGED TABLE IF NOT EXISTS bench_village AS
SELECT row_number() OVER (ORDER BY md5(code)) AS n, code FROM region_division WHERE level = 'VILLAGE';
-- step: villages index
CREATE UNIQUE INDEX IF NOT EXISTS bench_village_n ON bench_village (n);
-- step: triggers off [V160] (the summaries are built once at the end)
ALTER TABLE insight_demand DISABLE TRIGGER USER;
-- step: triggers off for orders [V160]
ALTER TABLE insight_order DISABLE TRIGGER USER;

-- step: demands [chunk]
INSERT INTO demand (id, tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
  phone_index, phone_masked, status, received_at, dispatch_by, submitted_by, version)
OVERRIDING SYSTEM VALUE
SELECT :offset + i, 'Y' || lpad((:offset + i)::text, 13, '0'),
       (ARRAY['ENQUIRY','HELP','COMPLAINT','REPORT','PROPOSAL'])[1 + i % 5], 'ORDINARY', 'HOTLINE', v.code,
       (ARRAY['CJ-01','CJ-02','HJ-01','HJ-02','ZF-01','SC-01','JT-03','ZA-01','MZ-01','LD-01','SB-02','NY-01'])[1 + i % 12],
       '历史诉求第' || i || '号：小区周边问题反映', '\x00'::bytea, md5(i::text), '138****' || lpad((i % 10000)::text, 4, '0'),
       CASE WHEN i > :n - :open THEN 'ACCEPTED' ELSE 'CLOSED' END,
       now() - make_interval(secs => (:n - i)::float8 * 31536000 / :n),
       now() - make_interval(secs => (:n - i)::float8 * 31536000 / :n) + interval '24 hours', 'bench', 3
FROM generate_series(:from, :to) i
JOIN bench_village v ON v.n = 1 + floor((SELECT count(*) FROM bench_village) * power(((i::bigint * 2654435761) % 1000003) / 1000003.0, 3))::bigint;

-- step: work orders [chunk]
INSERT INTO demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by, reply_by,
  return_by, accepted_at, replied_at, reply)
SELECT d.id, 0, :first_unit + d.id % :units, 'LEAD', false, CASE WHEN d.status = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'REPLIED' END,
       d.received_at + interval '10 minutes', d.received_at + interval '1 day',
       CASE WHEN d.id - :offset > :n - :open AND d.id - :offset <= :n - :open + :overdue
            THEN now() - make_interval(secs => ((d.id * 7919) % 86000)::float8)
            ELSE d.received_at + interval '15 days' END,
       d.received_at + interval '1 day', d.received_at + interval '2 hours',
       CASE WHEN d.status = 'CLOSED' THEN d.received_at + interval '5 days' END,
       CASE WHEN d.status = 'CLOSED' THEN '已处理' END
FROM demand d WHERE d.id BETWEEN :offset + :from AND :offset + :to;

-- step: timeline [chunk]
INSERT INTO demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, detail)
SELECT :offset + i, s, now() - make_interval(secs => (:n - i)::float8 * 31536000 / :n) + s * interval '10 minutes', 'bench',
       CASE WHEN s = 1 THEN :first_unit + (:offset + i) % :units END, (ARRAY['SUBMIT','DISPATCH'])[s + 1], NULL
FROM generate_series(:from, :to) i, generate_series(0, 1) s;

-- step: words [chunk]
INSERT INTO demand_text (demand_id, category_code, area_code, received_at, tokens)
SELECT d.id, d.category_code, d.region_code, d.received_at,
       ARRAY(SELECT w[1 + ((d.id * k * 7919 + k) % array_length(w, 1))::int] FROM generate_series(1, 6) k)
FROM demand d, (SELECT string_to_array('噪声 油烟 烧烤 夜间 施工 广场舞 垃圾 清运 污水 下水道 堵塞 路灯 井盖 路面 积水 占道 摊贩 停车 '
       || '电梯 物业 收费 漏水 租房 欠薪 工资 社保 医保 养老 低保 入学 公交 出租车 红绿灯 消防 通道 电动车 充电 燃气 停水 停电 '
       || '食品 价格 退款 树木 绿化 宠物 违建 渣土车 扬尘 河道 小区 学校 医院 菜市场', ' ') AS w) words
WHERE d.id BETWEEN :offset + :from AND :offset + :to;

-- step: insight demands [chunk]
INSERT INTO insight_demand (demand_id, region_code, category_code, month, received_at)
SELECT id, region_code, category_code, date_trunc('month', received_at AT TIME ZONE 'Asia/Shanghai')::date, received_at
FROM demand WHERE id BETWEEN :offset + :from AND :offset + :to;

-- step: insight orders [chunk]
INSERT INTO insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at, accepted_at,
  accepted_on_time, replied_at, replied_on_time, reached, resolved, satisfaction, merged, excluded)
SELECT d.id, :first_unit + d.id % :units, 'LEAD', d.region_code, d.category_code,
       date_trunc('month', d.received_at AT TIME ZONE 'Asia/Shanghai')::date, d.received_at + interval '10 minutes',
       d.received_at + interval '2 hours', d.id % 10 <> 0,
       CASE WHEN d.status = 'CLOSED' THEN d.received_at + interval '5 days' END,
       CASE WHEN d.status = 'CLOSED' THEN d.id % 8 <> 0 END,
       CASE WHEN d.status = 'CLOSED' AND d.id % 100 < 85 THEN d.id % 20 <> 0 END,
       CASE WHEN d.status = 'CLOSED' AND d.id % 100 < 85 THEN d.id % 7 <> 0 END,
       CASE WHEN d.status <> 'CLOSED' OR d.id % 100 >= 85 THEN NULL WHEN d.id % 10 < 6 THEN 'SATISFIED'
            WHEN d.id % 10 < 8 THEN 'BASICALLY_SATISFIED' ELSE 'DISSATISFIED' END,
       d.id % 50 = 0, d.id % 1000 = 7
FROM demand d WHERE d.id BETWEEN :offset + :from AND :offset + :to;

-- step: units in the read model
INSERT INTO insight_unit (unit_id, name, kind, region_code)
SELECT id, name, kind, region_code FROM identity_unit WHERE id BETWEEN :first_unit AND :first_unit + :units - 1
ON CONFLICT (unit_id) DO NOTHING;
-- step: identity sequence past the given ids
SELECT setval(pg_get_serial_sequence('demand', 'id'), (SELECT max(id) FROM demand));
-- step: ranking summary [V160]
INSERT INTO insight_unit_month AS s (month, unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned)
SELECT month, unit_id, count(*), count(*) FILTER (WHERE accepted_on_time), count(*) FILTER (WHERE reached),
       count(*) FILTER (WHERE reached AND resolved), count(*) FILTER (WHERE reached AND satisfaction = 'SATISFIED'),
       count(*) FILTER (WHERE reached AND satisfaction = 'BASICALLY_SATISFIED'), count(*) FILTER (WHERE whistle),
       count(*) FILTER (WHERE role = 'SUMMONED')
FROM insight_order WHERE NOT merged AND NOT excluded AND demand_id BETWEEN :offset + 1 AND :offset + :n
GROUP BY month, unit_id
ON CONFLICT (month, unit_id) DO UPDATE SET dispatched = s.dispatched + excluded.dispatched, on_time = s.on_time + excluded.on_time,
  called_back = s.called_back + excluded.called_back, resolved = s.resolved + excluded.resolved,
  satisfied = s.satisfied + excluded.satisfied, basic = s.basic + excluded.basic, whistles = s.whistles + excluded.whistles,
  summoned = s.summoned + excluded.summoned;
-- step: hotspot summary [V160]
INSERT INTO insight_demand_area AS s (month, region_code, category_code, n)
SELECT month, region_code, category_code, count(*) FROM insight_demand WHERE demand_id BETWEEN :offset + 1 AND :offset + :n
GROUP BY 1, 2, 3
ON CONFLICT (month, region_code, category_code) DO UPDATE SET n = s.n + excluded.n;
-- step: township hotspot summary [V160]
INSERT INTO insight_demand_township AS s (month, area, category_code, n)
SELECT month, substr(region_code, 1, 9), category_code, count(*) FROM insight_demand
WHERE demand_id BETWEEN :offset + 1 AND :offset + :n GROUP BY 1, 2, 3
ON CONFLICT (month, area, category_code) DO UPDATE SET n = s.n + excluded.n;
-- step: triggers on [V160]
ALTER TABLE insight_demand ENABLE TRIGGER USER;
-- step: triggers on for orders [V160]
ALTER TABLE insight_order ENABLE TRIGGER USER;
-- step: statistics
ANALYZE;
