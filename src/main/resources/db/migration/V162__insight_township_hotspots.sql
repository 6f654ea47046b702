-- insight: hotspots above the village level read a summary keyed by township (issue 12, decision 0006). The
-- village × category summary of V160 barely compresses a month (most pairs hold one or two demands: 300 MB for
-- 4,000,000 demands, hotspots 4 s); by township it is at most ~4,600 × categories rows a month. Kept from the same
-- delta rows as V160 (InsightSummaries folds both in one statement); readers add the pending deltas.
CREATE TABLE insight_demand_township (
  month         DATE NOT NULL,
  area          TEXT NOT NULL,
  category_code TEXT NOT NULL,
  n             BIGINT NOT NULL,
  PRIMARY KEY (month, area, category_code)
);
CREATE INDEX insight_demand_township_area_idx ON insight_demand_township (month, area text_pattern_ops) INCLUDE (category_code, n);

INSERT INTO insight_demand_township (month, area, category_code, n)
SELECT month, substr(region_code, 1, 9), category_code, sum(n) FROM insight_demand_area GROUP BY 1, 2, 3;

-- hot grids read only the grid rows of a month (15-digit codes), not every village row of it
CREATE INDEX insight_demand_area_grid_idx ON insight_demand_area (month, region_code) INCLUDE (n) WHERE length(region_code) = 15;
