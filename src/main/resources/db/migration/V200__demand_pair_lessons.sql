-- demand: what operators decided about a suggested repeat, and a category corrected at re-dispatch (issue 11).
-- A refused repeat ("不是重复") is a pair lesson: this demand and the other, who decided and when; the repeat
-- matcher never offers a refused pair again. A category corrected when an upheld return is re-dispatched is a
-- correction lesson like the operator's at intake.

ALTER TABLE demand_lesson DROP CONSTRAINT demand_lesson_source_check;
ALTER TABLE demand_lesson ADD CONSTRAINT demand_lesson_source_check
  CHECK (source IN ('INTAKE', 'CORRECTION', 'MERGE_CONFIRMED', 'MERGE_REFUSED'));
ALTER TABLE demand_lesson ADD COLUMN decided_by TEXT;
ALTER TABLE demand_lesson ADD CONSTRAINT demand_lesson_pair_check
  CHECK (source <> 'MERGE_REFUSED' OR (other_id IS NOT NULL AND other_id <> demand_id AND decided_by IS NOT NULL));

-- one refusal per pair, whichever side it was refused from
CREATE UNIQUE INDEX demand_lesson_refused_pair_idx ON demand_lesson (least(demand_id, other_id), greatest(demand_id, other_id))
  WHERE source = 'MERGE_REFUSED';
CREATE INDEX demand_lesson_refused_other_idx ON demand_lesson (other_id) WHERE source = 'MERGE_REFUSED';
CREATE INDEX IF NOT EXISTS demand_lesson_demand_idx ON demand_lesson (demand_id);
