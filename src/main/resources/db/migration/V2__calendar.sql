-- calendar: the State Council's holiday schedule per year (放假安排, published each November), with
-- per-region overlays for ethnic-minority holidays (全国年节及纪念日放假办法 §4), and the registry of
-- deadlines other modules computed on a provisional (not yet published) year.

CREATE TABLE calendar_year (
  year       INT         PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
  status     TEXT        NOT NULL CHECK (status IN ('OFFICIAL')),
  source     TEXT        NOT NULL,
  loaded_at  TIMESTAMPTZ NOT NULL,
  loaded_by  TEXT        NOT NULL,
  version    INT         NOT NULL DEFAULT 0
);
COMMENT ON TABLE calendar_year IS 'Years whose national schedule is the official one; any other year is computed provisionally from the statutory holidays.';

CREATE TABLE calendar_day (
  year         INT  NOT NULL,
  day          DATE NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('REST', 'WORK')),
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  -- NULL = national; otherwise a 12-digit division code (or 15-digit grid code) whose region and
  -- everything inside it follow this entry instead of the national one.
  region_code  TEXT CHECK (region_code ~ '^[0-9]{12}([0-9]{3})?$'),
  CHECK (year = EXTRACT(YEAR FROM day)::INT)
);
CREATE UNIQUE INDEX calendar_day_national_uq ON calendar_day (day) WHERE region_code IS NULL;
CREATE UNIQUE INDEX calendar_day_region_uq ON calendar_day (day, region_code) WHERE region_code IS NOT NULL;
CREATE INDEX calendar_day_year_idx ON calendar_day (year);

CREATE TABLE calendar_provisional_deadline (
  owner          TEXT        NOT NULL,
  reference_id   TEXT        NOT NULL,
  start_date     DATE        NOT NULL,
  rule           TEXT        NOT NULL,
  region_code    TEXT,
  deadline       DATE        NOT NULL,
  registered_at  TIMESTAMPTZ NOT NULL,
  recomputed_at  TIMESTAMPTZ,
  PRIMARY KEY (owner, reference_id)
);
CREATE INDEX calendar_provisional_deadline_span_idx ON calendar_provisional_deadline (start_date, deadline);

-- Official schedules 2025 and 2026 (国务院办公厅关于2025年/2026年部分节假日安排的通知).
INSERT INTO calendar_year (year, status, source, loaded_at, loaded_by) VALUES
  (2025, 'OFFICIAL', '国务院办公厅关于2025年部分节假日安排的通知', TIMESTAMPTZ '2024-11-12 00:00:00+08', 'migration V2'),
  (2026, 'OFFICIAL', '国务院办公厅关于2026年部分节假日安排的通知', TIMESTAMPTZ '2025-11-04 00:00:00+08', 'migration V2');

INSERT INTO calendar_day (year, day, kind, name)
SELECT EXTRACT(YEAR FROM d)::INT, d::DATE, s.kind, s.name
FROM (VALUES
  (DATE '2025-01-01', DATE '2025-01-01', 'REST', '元旦'),
  (DATE '2025-01-26', DATE '2025-01-26', 'WORK', '春节'),
  (DATE '2025-01-28', DATE '2025-02-04', 'REST', '春节'),
  (DATE '2025-02-08', DATE '2025-02-08', 'WORK', '春节'),
  (DATE '2025-04-04', DATE '2025-04-06', 'REST', '清明节'),
  (DATE '2025-04-27', DATE '2025-04-27', 'WORK', '劳动节'),
  (DATE '2025-05-01', DATE '2025-05-05', 'REST', '劳动节'),
  (DATE '2025-05-31', DATE '2025-06-02', 'REST', '端午节'),
  (DATE '2025-09-28', DATE '2025-09-28', 'WORK', '国庆节、中秋节'),
  (DATE '2025-10-01', DATE '2025-10-08', 'REST', '国庆节、中秋节'),
  (DATE '2025-10-11', DATE '2025-10-11', 'WORK', '国庆节、中秋节'),

  (DATE '2026-01-01', DATE '2026-01-03', 'REST', '元旦'),
  (DATE '2026-01-04', DATE '2026-01-04', 'WORK', '元旦'),
  (DATE '2026-02-14', DATE '2026-02-14', 'WORK', '春节'),
  (DATE '2026-02-15', DATE '2026-02-23', 'REST', '春节'),
  (DATE '2026-02-28', DATE '2026-02-28', 'WORK', '春节'),
  (DATE '2026-04-04', DATE '2026-04-06', 'REST', '清明节'),
  (DATE '2026-05-01', DATE '2026-05-05', 'REST', '劳动节'),
  (DATE '2026-05-09', DATE '2026-05-09', 'WORK', '劳动节'),
  (DATE '2026-06-19', DATE '2026-06-21', 'REST', '端午节'),
  (DATE '2026-09-20', DATE '2026-09-20', 'WORK', '国庆节'),
  (DATE '2026-09-25', DATE '2026-09-27', 'REST', '中秋节'),
  (DATE '2026-10-01', DATE '2026-10-07', 'REST', '国庆节'),
  (DATE '2026-10-10', DATE '2026-10-10', 'WORK', '国庆节')
) AS s(first_day, last_day, kind, name)
CROSS JOIN LATERAL generate_series(s.first_day, s.last_day, INTERVAL '1 day') AS d;
