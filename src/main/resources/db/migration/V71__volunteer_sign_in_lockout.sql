-- volunteer sign-in: consecutive failures lock the volunteer's sign-in for a while (as for staff, decision 0003)
ALTER TABLE volunteer_volunteer ADD COLUMN failed_sign_ins int NOT NULL DEFAULT 0;
ALTER TABLE volunteer_volunteer ADD COLUMN locked_until timestamptz;
