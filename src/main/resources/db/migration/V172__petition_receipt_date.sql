-- 信访工作条例 §22: limits count from the day a petition was received, which for a letter or a walk-in registered
-- later is not the day it was entered. received_at is the receipt (as the registering person gives it, never in the
-- future); registered_at is when it was entered; who confirmed a receipt older than the allowed days, if anyone.
ALTER TABLE petition ADD COLUMN registered_at TIMESTAMPTZ;
UPDATE petition SET registered_at = received_at;
-- a row written without an entry time (bulk loads, imports) was entered when it was received
CREATE FUNCTION petition_registered_at_default() RETURNS trigger AS $$
BEGIN
  NEW.registered_at := coalesce(NEW.registered_at, NEW.received_at);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER petition_registered_at_default BEFORE INSERT ON petition
  FOR EACH ROW EXECUTE FUNCTION petition_registered_at_default();
ALTER TABLE petition ALTER COLUMN registered_at SET NOT NULL;
ALTER TABLE petition ADD COLUMN receipt_confirmed_by TEXT;
