-- insight (三率, appeals, rankings, hotspots): read tables maintained from the demand events, never from
-- scanning demands on a page view. Rows are keyed so a replayed event changes nothing.

-- units seen in the events, with name and region for scoped rankings
CREATE TABLE insight_unit (
  unit_id     BIGINT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  region_code TEXT NOT NULL
);
CREATE INDEX insight_unit_region_idx ON insight_unit (region_code text_pattern_ops);

-- one row per demand × unit that had to act on it: lead, co-handler, or department summoned by a whistle
CREATE TABLE insight_order (
  demand_id        BIGINT NOT NULL,
  unit_id          BIGINT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('LEAD', 'CO_HANDLER', 'SUMMONED')),
  region_code      TEXT NOT NULL,
  category_code    TEXT NOT NULL,
  month            DATE NOT NULL,
  dispatched_at    TIMESTAMPTZ NOT NULL,
  accepted_at      TIMESTAMPTZ,
  accepted_on_time BOOLEAN,
  replied_at       TIMESTAMPTZ,
  replied_on_time  BOOLEAN,
  whistle          BOOLEAN NOT NULL DEFAULT FALSE,
  -- copied from insight_callback / insight_merged / an approved appeal, so a month's ranking reads one table
  reached          BOOLEAN,
  resolved         BOOLEAN,
  satisfaction     TEXT,
  merged           BOOLEAN NOT NULL DEFAULT FALSE,
  excluded         BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (demand_id, unit_id)
);
CREATE INDEX insight_order_month_idx ON insight_order (month, unit_id);

-- the latest call-back round's outcome per demand; unreachable rounds are kept with reached = false
CREATE TABLE insight_callback (
  demand_id    BIGINT PRIMARY KEY,
  round        INT NOT NULL,
  reached      BOOLEAN NOT NULL,
  resolved     BOOLEAN,
  satisfaction TEXT,
  at           TIMESTAMPTZ NOT NULL
);

-- merged repeats count once, as their parent
CREATE TABLE insight_merged (
  demand_id BIGINT PRIMARY KEY,
  parent_id BIGINT NOT NULL,
  at        TIMESTAMPTZ NOT NULL
);

-- every demand received, for hotspots (category × area × period)
CREATE TABLE insight_demand (
  demand_id     BIGINT PRIMARY KEY,
  region_code   TEXT NOT NULL,
  category_code TEXT NOT NULL,
  month         DATE NOT NULL,
  received_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX insight_demand_month_idx ON insight_demand (month, region_code text_pattern_ops);

-- the assessment weights in force (latest row); earlier rows are the history
CREATE TABLE insight_weights (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  response     INT NOT NULL,
  resolution   INT NOT NULL,
  satisfaction INT NOT NULL,
  basic_credit INT NOT NULL CHECK (basic_credit BETWEEN 0 AND 100),
  min_sample   INT NOT NULL CHECK (min_sample >= 1),
  set_by       TEXT NOT NULL,
  set_at       TIMESTAMPTZ NOT NULL,
  CHECK (response >= 0 AND resolution >= 0 AND satisfaction >= 0 AND response + resolution + satisfaction = 100)
);

-- 核减申诉: a unit asks to leave a demand out of its score; a supervisor decides
CREATE TABLE insight_appeal (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  demand_id       BIGINT NOT NULL,
  unit_id         BIGINT NOT NULL,
  month           DATE NOT NULL,
  reason          TEXT NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
  evidence        TEXT NOT NULL CHECK (char_length(evidence) BETWEEN 1 AND 2000),
  status          TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  requested_by    TEXT NOT NULL,
  requested_at    TIMESTAMPTZ NOT NULL,
  decided_by      TEXT,
  decided_at      TIMESTAMPTZ,
  decision_reason TEXT,
  version         INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX insight_appeal_open_idx ON insight_appeal (demand_id, unit_id) WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX insight_appeal_unit_idx ON insight_appeal (unit_id, month);

-- 每月一题: a hotspot adopted by a supervisor, its lead department, plan and follow-ups
CREATE TABLE insight_problem (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  month         DATE NOT NULL,
  category_code TEXT NOT NULL,
  area_code     TEXT NOT NULL,
  demand_count  INT NOT NULL,
  lead_unit_id  BIGINT NOT NULL,
  plan          TEXT NOT NULL CHECK (char_length(plan) BETWEEN 1 AND 2000),
  adopted_by    TEXT NOT NULL,
  adopted_at    TIMESTAMPTZ NOT NULL,
  UNIQUE (month, category_code, area_code)
);
CREATE TABLE insight_problem_note (
  problem_id BIGINT NOT NULL REFERENCES insight_problem (id),
  seq        INT NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  author     TEXT NOT NULL,
  note       TEXT NOT NULL CHECK (char_length(note) BETWEEN 1 AND 2000),
  PRIMARY KEY (problem_id, seq)
);
