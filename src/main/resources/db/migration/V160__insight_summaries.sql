-- insight: summary tables where aggregates are read (issue 12, decision 0006). A month's ranking and its hotspots
-- read a few thousand summary rows instead of aggregating the month's 1.7 million work orders and demands.
--
-- Exact and contention-free: a trigger on the fact table appends a signed delta row (a pure insert: no row that two
-- transactions would both update, so no lock wait and no deadlock between the projection's listeners); readers add
-- the summary and the pending deltas of the month in one statement (one snapshot); a recurring task folds the
-- deltas into the summary in one transaction (delete … returning, then upsert), so every row is counted exactly
-- once whether it is read before or after a fold.

-- 三率 per unit and month: the counts of Rankings.monthly over the rows that are neither merged nor excluded
CREATE TABLE insight_unit_month (
  month       DATE NOT NULL,
  unit_id     BIGINT NOT NULL,
  dispatched  BIGINT NOT NULL,
  on_time     BIGINT NOT NULL,
  called_back BIGINT NOT NULL,
  resolved    BIGINT NOT NULL,
  satisfied   BIGINT NOT NULL,
  basic       BIGINT NOT NULL,
  whistles    BIGINT NOT NULL,
  summoned    BIGINT NOT NULL,
  PRIMARY KEY (month, unit_id)
);
CREATE TABLE insight_unit_month_delta (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  month       DATE NOT NULL,
  unit_id     BIGINT NOT NULL,
  dispatched  INT NOT NULL,
  on_time     INT NOT NULL,
  called_back INT NOT NULL,
  resolved    INT NOT NULL,
  satisfied   INT NOT NULL,
  basic       INT NOT NULL,
  whistles    INT NOT NULL,
  summoned    INT NOT NULL
);
CREATE INDEX insight_unit_month_delta_month_idx ON insight_unit_month_delta (month);

CREATE FUNCTION insight_order_delta() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND NOT OLD.merged AND NOT OLD.excluded THEN
    INSERT INTO insight_unit_month_delta (month, unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned)
    VALUES (OLD.month, OLD.unit_id, -1, -(coalesce(OLD.accepted_on_time, false))::int, -(coalesce(OLD.reached, false))::int,
            -(coalesce(OLD.reached AND OLD.resolved, false))::int,
            -(coalesce(OLD.reached AND OLD.satisfaction = 'SATISFIED', false))::int,
            -(coalesce(OLD.reached AND OLD.satisfaction = 'BASICALLY_SATISFIED', false))::int,
            -(OLD.whistle)::int, -(OLD.role = 'SUMMONED')::int);
  END IF;
  IF TG_OP <> 'DELETE' AND NOT NEW.merged AND NOT NEW.excluded THEN
    INSERT INTO insight_unit_month_delta (month, unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned)
    VALUES (NEW.month, NEW.unit_id, 1, (coalesce(NEW.accepted_on_time, false))::int, (coalesce(NEW.reached, false))::int,
            (coalesce(NEW.reached AND NEW.resolved, false))::int,
            (coalesce(NEW.reached AND NEW.satisfaction = 'SATISFIED', false))::int,
            (coalesce(NEW.reached AND NEW.satisfaction = 'BASICALLY_SATISFIED', false))::int,
            (NEW.whistle)::int, (NEW.role = 'SUMMONED')::int);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER insight_order_delta_write AFTER INSERT OR DELETE ON insight_order
  FOR EACH ROW EXECUTE FUNCTION insight_order_delta();
CREATE TRIGGER insight_order_delta_change AFTER UPDATE ON insight_order
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION insight_order_delta();

INSERT INTO insight_unit_month (month, unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned)
SELECT month, unit_id, count(*), count(*) FILTER (WHERE accepted_on_time), count(*) FILTER (WHERE reached),
       count(*) FILTER (WHERE reached AND resolved), count(*) FILTER (WHERE reached AND satisfaction = 'SATISFIED'),
       count(*) FILTER (WHERE reached AND satisfaction = 'BASICALLY_SATISFIED'), count(*) FILTER (WHERE whistle),
       count(*) FILTER (WHERE role = 'SUMMONED')
FROM insight_order WHERE NOT merged AND NOT excluded GROUP BY month, unit_id;

-- demands received per month, division (village or grid, as received) and category: the hotspots' counts
CREATE TABLE insight_demand_area (
  month         DATE NOT NULL,
  region_code   TEXT NOT NULL,
  category_code TEXT NOT NULL,
  n             BIGINT NOT NULL,
  PRIMARY KEY (month, region_code, category_code)
);
CREATE INDEX insight_demand_area_region_idx ON insight_demand_area (month, region_code text_pattern_ops) INCLUDE (category_code, n);
CREATE TABLE insight_demand_area_delta (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  month         DATE NOT NULL,
  region_code   TEXT NOT NULL,
  category_code TEXT NOT NULL,
  n             INT NOT NULL
);
CREATE INDEX insight_demand_area_delta_month_idx ON insight_demand_area_delta (month);

CREATE FUNCTION insight_demand_delta() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO insight_demand_area_delta (month, region_code, category_code, n) VALUES (OLD.month, OLD.region_code, OLD.category_code, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO insight_demand_area_delta (month, region_code, category_code, n) VALUES (NEW.month, NEW.region_code, NEW.category_code, 1);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER insight_demand_delta_write AFTER INSERT OR DELETE ON insight_demand
  FOR EACH ROW EXECUTE FUNCTION insight_demand_delta();
CREATE TRIGGER insight_demand_delta_change AFTER UPDATE ON insight_demand
  FOR EACH ROW WHEN (OLD.month IS DISTINCT FROM NEW.month OR OLD.region_code IS DISTINCT FROM NEW.region_code
                     OR OLD.category_code IS DISTINCT FROM NEW.category_code) EXECUTE FUNCTION insight_demand_delta();

INSERT INTO insight_demand_area (month, region_code, category_code, n)
SELECT month, region_code, category_code, count(*) FROM insight_demand GROUP BY 1, 2, 3;
