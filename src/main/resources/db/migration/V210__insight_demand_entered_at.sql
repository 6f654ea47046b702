-- Decision 0006 / 信访工作条例 §22 by analogy: a demand received by letter or in person may be entered days later; the
-- statistics count those late entries and their average gap. entered_at is when the demand was entered (its SUBMIT
-- line); received_at stays the day it was received; null means entered when received (rows written without it).
ALTER TABLE insight_demand ADD COLUMN entered_at TIMESTAMPTZ;
-- only rows entered on a later day need it (so the hotspot delta trigger sees few updates)
UPDATE insight_demand d SET entered_at = t.at
  FROM demand_timeline t
 WHERE t.demand_id = d.demand_id AND t.action = 'SUBMIT'
   AND (t.at AT TIME ZONE 'Asia/Shanghai')::date > (d.received_at AT TIME ZONE 'Asia/Shanghai')::date;
