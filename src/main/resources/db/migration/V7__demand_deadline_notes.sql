-- demand: every computed deadline is stored with the words that explain it (ARCHITECTURE: Deadlines),
-- in Chinese and English, on the demand (dispatch) and on each work order (acceptance, return, reply).
ALTER TABLE demand ADD COLUMN dispatch_note TEXT;
ALTER TABLE demand ADD COLUMN dispatch_note_en TEXT;
ALTER TABLE demand_work_order ADD COLUMN deadline_note TEXT;
ALTER TABLE demand_work_order ADD COLUMN deadline_note_en TEXT;
