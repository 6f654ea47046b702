-- notify: deadline notices are daily digests — one unread notice per unit, kind and day whose count grows as the
-- sweep finds more, instead of one notice per sweep batch.
ALTER TABLE notify_notice ADD COLUMN digest_key TEXT;
ALTER TABLE notify_notice ADD COLUMN item_count INT NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX notify_notice_digest_idx ON notify_notice (unit_id, digest_key)
  WHERE digest_key IS NOT NULL AND read_at IS NULL;
