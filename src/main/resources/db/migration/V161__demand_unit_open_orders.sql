-- demand: a unit's open work orders in deadline order (the inbox's first page) straight from an index, however many
-- finished orders the unit holds (issue 12: at 20,000,000 demands a year a unit holds ~10,000 orders). Partial: only
-- open orders are in it, so it stays the size of the open backlog and closed orders cost it nothing.
CREATE INDEX demand_work_order_unit_open_idx ON demand_work_order (unit_id, reply_by) WHERE status IN ('DISPATCHED', 'ACCEPTED');
