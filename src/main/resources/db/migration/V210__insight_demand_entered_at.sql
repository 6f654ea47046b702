-- Decision 0006 / 信访工作条例 §22 by analogy: a demand received by letter or in person may be entered days later; the
-- statistics count those late entries and their average gap. entered_at is when the demand was entered (its SUBMIT
-- line), kept only when that is a later day than received_at (Asia/Shanghai); null means entered the day it was
-- received. Late entries are few, so the statistics read them through a small partial index.
ALTER TABLE insight_demand ADD COLUMN entered_at TIMESTAMPTZ;
-- only rows entered on a later day need it (so the hotspot delta trigger sees few updates)
UPDATE insight_demand d SET entered_at = t.at
  FROM demand_timeline t
 WHERE t.demand_id = d.demand_id AND t.action = 'SUBMIT'
   AND (t.at AT TIME ZONE 'Asia/Shanghai')::date > (d.received_at AT TIME ZONE 'Asia/Shanghai')::date;
CREATE INDEX insight_demand_late_idx ON insight_demand (month, region_code text_pattern_ops) WHERE entered_at IS NOT NULL;
