-- A volunteer task may come from another record than a demand (a care need found on a visit): a generic source
-- kind and reference, so the volunteer module names no other module; completion carries them back.
ALTER TABLE volunteer_activity ADD COLUMN source_kind varchar(20);
ALTER TABLE volunteer_activity ADD COLUMN source_ref varchar(60);
-- where the source record is read on this site (a local path the source module chose), shown on the activity
ALTER TABLE volunteer_activity ADD COLUMN source_link varchar(200);
