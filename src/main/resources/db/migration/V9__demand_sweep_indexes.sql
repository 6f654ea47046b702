-- demand: the deadline sweep walks only the rows it has still to mark, in key order (keyset batches),
-- so a backlog of marked-but-open orders is never rescanned.
CREATE INDEX demand_work_order_unmarked_overdue_idx ON demand_work_order (reply_by, demand_id, seq)
  WHERE status IN ('DISPATCHED', 'ACCEPTED') AND overdue_at IS NULL;
CREATE INDEX demand_work_order_unmarked_due_soon_idx ON demand_work_order (reply_by, demand_id, seq)
  WHERE status IN ('DISPATCHED', 'ACCEPTED') AND due_soon_at IS NULL AND overdue_at IS NULL;
CREATE INDEX demand_unmarked_dispatch_idx ON demand (dispatch_by, id)
  WHERE status IN ('RECEIVED', 'RETURNED') AND dispatch_overdue_at IS NULL;
