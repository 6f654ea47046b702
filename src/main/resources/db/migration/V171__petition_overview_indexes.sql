-- 一屏统览: petitions past a limit now, and limits met in a month, counted from the few open or recent limits
-- instead of every petition.
CREATE INDEX petition_deadline_open_idx ON petition_deadline (due_at) WHERE met_at IS NULL AND alertable;
CREATE INDEX petition_deadline_met_idx ON petition_deadline (met_at) WHERE met_at IS NOT NULL AND alertable;
