-- petition (信访, 信访工作条例 2022): petitions, petitioners (PII sealed by the identity vault), the organs
-- complained about, statutory deadlines, the append-only timeline, recusals, archived documents,
-- supervision records and accountability alerts.
CREATE TABLE petition (
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number            TEXT NOT NULL UNIQUE,
  tracking_code          TEXT NOT NULL UNIQUE,
  channel                TEXT NOT NULL,
  group_visit            BOOLEAN NOT NULL DEFAULT FALSE,
  region_code            TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}$'),
  matter                 TEXT NOT NULL CHECK (char_length(matter) BETWEEN 1 AND 5000),
  category               TEXT NOT NULL,
  route                  INT CHECK (route BETWEEN 1 AND 6),
  status                 TEXT NOT NULL,
  receiving_unit_id      BIGINT NOT NULL,
  handling_unit_id       BIGINT,
  transfer_mode          TEXT,
  review_unit_id         BIGINT,
  re_review_unit_id      BIGINT,
  assignee_account_id    BIGINT,
  received_at            TIMESTAMPTZ NOT NULL,
  major                  BOOLEAN NOT NULL DEFAULT FALSE,
  extension_days         INT,
  extension_reason       TEXT,
  extension_approved_by  TEXT,
  hearing_days           INT NOT NULL DEFAULT 0,
  decision               TEXT,
  review_decision        TEXT,
  re_review_decision     TEXT,
  agreement              TEXT,
  -- 信访工作条例 §32: a 支持 decision is supervised until executed
  execution              TEXT,
  executed_at            TIMESTAMPTZ,
  rating                 INT,
  concluded_at           TIMESTAMPTZ,
  version                INT NOT NULL DEFAULT 0
);
CREATE INDEX petition_region_idx ON petition (region_code text_pattern_ops);
CREATE INDEX petition_handling_idx ON petition (handling_unit_id);
CREATE INDEX petition_received_idx ON petition (received_at);

CREATE TABLE petition_petitioner (
  petition_id     BIGINT NOT NULL REFERENCES petition (id),
  seq             INT NOT NULL,
  name            TEXT NOT NULL,
  phone_cipher    BYTEA,
  phone_index     TEXT,
  phone_masked    TEXT,
  id_cipher       BYTEA,
  id_index        TEXT,
  id_masked       TEXT,
  representative  BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (petition_id, seq)
);
CREATE INDEX petition_petitioner_id_idx ON petition_petitioner (id_index) WHERE id_index IS NOT NULL;
CREATE INDEX petition_petitioner_phone_idx ON petition_petitioner (phone_index) WHERE phone_index IS NOT NULL;

-- the organs (units) complained about; for 检举控告 they never see the petition (§30, §46)
CREATE TABLE petition_organ (
  petition_id BIGINT NOT NULL REFERENCES petition (id),
  unit_id     BIGINT NOT NULL,
  PRIMARY KEY (petition_id, unit_id)
);
CREATE INDEX petition_organ_unit_idx ON petition_organ (unit_id);

CREATE TABLE petition_deadline (
  petition_id     BIGINT NOT NULL REFERENCES petition (id),
  limit_kind      TEXT NOT NULL,
  due_date        DATE NOT NULL,
  due_at          TIMESTAMPTZ NOT NULL,
  explanation     TEXT NOT NULL,
  explanation_en  TEXT NOT NULL,
  unit_id         BIGINT NOT NULL,
  met_at          TIMESTAMPTZ,
  alertable       BOOLEAN NOT NULL,
  -- set by the sweep once, never by the aggregate
  alerted_at      TIMESTAMPTZ,
  PRIMARY KEY (petition_id, limit_kind)
);
CREATE INDEX petition_deadline_pending_idx ON petition_deadline (due_at) WHERE met_at IS NULL AND alertable AND alerted_at IS NULL;

CREATE TABLE petition_timeline (
  petition_id   BIGINT NOT NULL REFERENCES petition (id),
  seq           INT NOT NULL,
  at            TIMESTAMPTZ NOT NULL,
  actor         TEXT NOT NULL,
  actor_unit_id BIGINT,
  action        TEXT NOT NULL,
  detail        TEXT,
  PRIMARY KEY (petition_id, seq)
);

CREATE FUNCTION petition_timeline_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'petition_timeline is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER petition_timeline_no_update BEFORE UPDATE OR DELETE ON petition_timeline
  FOR EACH ROW EXECUTE FUNCTION petition_timeline_append_only();

-- 信访工作条例 §28: staff with a direct interest declare recusal; they can then neither be assigned nor see the case
CREATE TABLE petition_recusal (
  petition_id BIGINT NOT NULL REFERENCES petition (id),
  account_id  BIGINT NOT NULL,
  username    TEXT NOT NULL,
  reason      TEXT NOT NULL,
  declared_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (petition_id, account_id)
);

CREATE TABLE petition_document (
  petition_id BIGINT NOT NULL REFERENCES petition (id),
  seq         INT NOT NULL,
  kind        TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  bytes       BYTEA NOT NULL,
  PRIMARY KEY (petition_id, seq)
);

CREATE FUNCTION petition_document_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'petition_document is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER petition_document_no_update BEFORE UPDATE OR DELETE ON petition_document
  FOR EACH ROW EXECUTE FUNCTION petition_document_append_only();

-- material the petitioner hands in (letters, photos, scans); for 检举控告 never visible to the accused unit
CREATE TABLE petition_attachment (
  petition_id  BIGINT NOT NULL REFERENCES petition (id),
  seq          INT NOT NULL,
  filename     TEXT NOT NULL,
  content_type TEXT NOT NULL,
  bytes        BYTEA NOT NULL,
  added_at     TIMESTAMPTZ NOT NULL,
  added_by     TEXT NOT NULL,
  PRIMARY KEY (petition_id, seq)
);
CREATE TRIGGER petition_attachment_no_update BEFORE UPDATE OR DELETE ON petition_attachment
  FOR EACH ROW EXECUTE FUNCTION petition_document_append_only();

-- 督办 records
CREATE TABLE petition_supervision (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  petition_id  BIGINT NOT NULL REFERENCES petition (id),
  unit_id      BIGINT NOT NULL,
  by_user      TEXT NOT NULL,
  note         TEXT NOT NULL,
  at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX petition_supervision_petition_idx ON petition_supervision (petition_id);

-- accountability triggers (§§43–46) found by the sweep, shown to supervisors
CREATE TABLE petition_alert (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  petition_id  BIGINT NOT NULL REFERENCES petition (id),
  unit_id      BIGINT NOT NULL,
  alert        TEXT NOT NULL,
  limit_kind   TEXT,
  raised_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX petition_alert_petition_idx ON petition_alert (petition_id);
CREATE INDEX petition_alert_raised_idx ON petition_alert (raised_at);

CREATE SEQUENCE petition_case_seq;
