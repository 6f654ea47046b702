-- 一屏统览 (the leaders' overview): demands and the counts behind 三率 per township × category × month, so the
-- province overview sums a few thousand rows instead of a month of work orders. Rebuilt for a month from
-- insight_demand and insight_order (merged repeats and approved appeals left out, as in the rankings) by a
-- recurring task and whenever the overview finds the month older than its allowed age.
CREATE TABLE insight_overview_area (
  month         DATE NOT NULL,
  -- the township (9 digits + 000); a demand taken in at county or city level keeps that code
  area_code     TEXT NOT NULL CHECK (area_code ~ '^[0-9]{12}$'),
  category_code TEXT NOT NULL,
  received      INT NOT NULL,
  dispatched    INT NOT NULL,
  on_time       INT NOT NULL,
  called_back   INT NOT NULL,
  resolved      INT NOT NULL,
  satisfied     INT NOT NULL,
  basic         INT NOT NULL,
  PRIMARY KEY (month, area_code, category_code)
);
CREATE INDEX insight_overview_area_code_idx ON insight_overview_area (month, area_code text_pattern_ops);

CREATE TABLE insight_overview_refresh (
  month        DATE PRIMARY KEY,
  refreshed_at TIMESTAMPTZ NOT NULL
);
