-- Tests only: accounts created by the application get ids from 1,000,000 on, so the small fixed account ids of
-- StaffFixtures (which become real accounts on first use) never meet an account created by a test.
DO $$
BEGIN
  IF (SELECT coalesce(max(id), 0) FROM identity_account) < 1000000 THEN
    ALTER TABLE identity_account ALTER COLUMN id RESTART WITH 1000000;
  END IF;
END $$;
