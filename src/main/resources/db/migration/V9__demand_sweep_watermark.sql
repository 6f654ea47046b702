-- demand: the deadline sweep does not write to the work orders. Per kind it remembers the key (deadline, id, seq)
-- of the last row it announced, and each run reads, in key order and in batches, the rows whose deadline has
-- since fallen due, moving the mark with each batch. Every order is announced once; a deadline moved later is
-- announced again when it falls due; the sweep's cost is reading the newly due rows, not rewriting them.
CREATE TABLE demand_sweep_mark (
  kind TEXT PRIMARY KEY,
  due  TIMESTAMPTZ NOT NULL,
  id   BIGINT NOT NULL,
  seq  INT NOT NULL
);
INSERT INTO demand_sweep_mark (kind, due, id, seq) VALUES ('OVERDUE', now(), 0, 0), ('DUE_SOON', now(), 0, 0),
  ('DISPATCH', now(), 0, 0);

-- keyset order for the walk (and the supervision board's order by reply_by)
DROP INDEX demand_work_order_open_idx;
CREATE INDEX demand_work_order_open_idx ON demand_work_order (reply_by, demand_id, seq) WHERE status IN ('DISPATCHED', 'ACCEPTED');
DROP INDEX demand_undispatched_idx;
CREATE INDEX demand_undispatched_idx ON demand (dispatch_by, id) WHERE status IN ('RECEIVED', 'RETURNED');

-- the per-row marks of the first sweep are no longer written
ALTER TABLE demand_work_order DROP COLUMN due_soon_at, DROP COLUMN overdue_at;
ALTER TABLE demand DROP COLUMN dispatch_overdue_at;
