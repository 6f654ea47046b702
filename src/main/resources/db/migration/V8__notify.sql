-- notify: each unit's in-app notices. No citizen's personal information is stored here (subjects, counts, links).
CREATE TABLE notify_notice (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id    BIGINT NOT NULL,
  kind       TEXT NOT NULL,
  subject    TEXT NOT NULL,
  subject_en TEXT NOT NULL,
  link       TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  read_at    TIMESTAMPTZ,
  read_by    TEXT
);
CREATE INDEX notify_notice_unit_idx ON notify_notice (unit_id, created_at DESC);
CREATE INDEX notify_notice_unread_idx ON notify_notice (unit_id) WHERE read_at IS NULL;
