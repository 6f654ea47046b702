-- volunteer: skills and availability as text[] instead of comma-separated text (decision 0007 rule 5). The volunteer
-- list searched skills with `skills LIKE '%q%'` (a scan, and "电" matched "电工" and "供电"); it now asks whether the
-- array holds the skill (`skills @> array[q]`), answered from a GIN index. An activity's wanted skills and a
-- volunteer's availability are lists of the same kind and change with them. string_to_array('', ',') is '{}'.
ALTER TABLE volunteer_volunteer ALTER COLUMN skills DROP DEFAULT;
ALTER TABLE volunteer_volunteer ALTER COLUMN availability DROP DEFAULT;
ALTER TABLE volunteer_volunteer
  ALTER COLUMN skills TYPE text[] USING string_to_array(skills, ','),
  ALTER COLUMN availability TYPE text[] USING string_to_array(availability, ',');
ALTER TABLE volunteer_volunteer ALTER COLUMN skills SET DEFAULT '{}';
ALTER TABLE volunteer_volunteer ALTER COLUMN availability SET DEFAULT '{}';
ALTER TABLE volunteer_volunteer ADD CONSTRAINT volunteer_volunteer_availability_known
  CHECK (availability <@ ARRAY['WEEKDAY', 'EVENING', 'WEEKEND']);
CREATE INDEX volunteer_volunteer_skills_idx ON volunteer_volunteer USING gin (skills);

ALTER TABLE volunteer_activity ALTER COLUMN skills DROP DEFAULT;
ALTER TABLE volunteer_activity ALTER COLUMN skills TYPE text[] USING string_to_array(skills, ',');
ALTER TABLE volunteer_activity ALTER COLUMN skills SET DEFAULT '{}';
