-- demand (接诉即办): demands, their work orders, 吹哨 summons, the append-only timeline, idempotency keys.
CREATE TABLE demand (
  id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tracking_code        TEXT NOT NULL UNIQUE,
  kind                 TEXT NOT NULL,
  limit_class          TEXT NOT NULL,
  channel              TEXT NOT NULL,
  region_code          TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}([0-9]{3})?$'),
  category_code        TEXT NOT NULL,
  matter               TEXT NOT NULL CHECK (char_length(matter) BETWEEN 1 AND 2000),
  address              TEXT,
  lat                  DOUBLE PRECISION,
  lng                  DOUBLE PRECISION,
  -- the requester's contact: personal information, sealed by the identity PII vault
  contact_name         TEXT,
  phone_cipher         BYTEA NOT NULL,
  phone_index          TEXT NOT NULL,
  phone_masked         TEXT NOT NULL,
  status               TEXT NOT NULL,
  received_at          TIMESTAMPTZ NOT NULL,
  dispatch_by          TIMESTAMPTZ NOT NULL,
  failed_dispatches    INT NOT NULL DEFAULT 0,
  extended             BOOLEAN NOT NULL DEFAULT FALSE,
  requested_extension  TIMESTAMPTZ,
  extension_reason     TEXT,
  exclusion            TEXT,
  whistle_blower       BIGINT,
  dispatch_overdue_at  TIMESTAMPTZ,
  version              INT NOT NULL DEFAULT 0
);
CREATE INDEX demand_region_idx ON demand (region_code text_pattern_ops);
CREATE INDEX demand_phone_idx ON demand (phone_index);
CREATE INDEX demand_undispatched_idx ON demand (dispatch_by) WHERE status IN ('RECEIVED', 'RETURNED');

CREATE TABLE demand_work_order (
  demand_id     BIGINT NOT NULL REFERENCES demand (id),
  seq           INT NOT NULL,
  unit_id       BIGINT NOT NULL,
  role          TEXT NOT NULL,
  designated    BOOLEAN NOT NULL,
  status        TEXT NOT NULL,
  dispatched_at TIMESTAMPTZ NOT NULL,
  accept_by     TIMESTAMPTZ NOT NULL,
  reply_by      TIMESTAMPTZ NOT NULL,
  return_by     TIMESTAMPTZ NOT NULL,
  accepted_at   TIMESTAMPTZ,
  replied_at    TIMESTAMPTZ,
  reply         TEXT,
  return_reason TEXT,
  -- set by the deadline sweep (not by the aggregate); cleared when the reply deadline moves
  due_soon_at   TIMESTAMPTZ,
  overdue_at    TIMESTAMPTZ,
  PRIMARY KEY (demand_id, seq)
);
CREATE INDEX demand_work_order_unit_idx ON demand_work_order (unit_id, status);
CREATE INDEX demand_work_order_open_idx ON demand_work_order (reply_by) WHERE status IN ('DISPATCHED', 'ACCEPTED');

CREATE TABLE demand_summons (
  demand_id   BIGINT NOT NULL REFERENCES demand (id),
  unit_id     BIGINT NOT NULL,
  report_by   TIMESTAMPTZ NOT NULL,
  reported_at TIMESTAMPTZ,
  action      TEXT,
  PRIMARY KEY (demand_id, unit_id)
);

CREATE TABLE demand_timeline (
  demand_id     BIGINT NOT NULL REFERENCES demand (id),
  seq           INT NOT NULL,
  at            TIMESTAMPTZ NOT NULL,
  actor         TEXT NOT NULL,
  actor_unit_id BIGINT,
  action        TEXT NOT NULL,
  detail        TEXT,
  PRIMARY KEY (demand_id, seq)
);

CREATE FUNCTION demand_timeline_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'demand_timeline is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER demand_timeline_no_update BEFORE UPDATE OR DELETE ON demand_timeline
  FOR EACH ROW EXECUTE FUNCTION demand_timeline_append_only();

-- A retried submit with the same Idempotency-Key returns the first result (ARCHITECTURE: bad input and failures).
CREATE TABLE demand_idempotency (
  idem_key     TEXT PRIMARY KEY,
  request_hash TEXT NOT NULL,
  demand_id    BIGINT NOT NULL REFERENCES demand (id),
  created_at   TIMESTAMPTZ NOT NULL
);

-- Open311 GeoReport v2 API keys issued by administrators; only a hash of each key is stored.
CREATE TABLE demand_open311_key (
  key_hash    TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  unit_id     BIGINT NOT NULL,
  created_by  TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  revoked     BOOLEAN NOT NULL DEFAULT FALSE
);

-- Photos a citizen attaches (jpeg/png/webp, checked by content, at most 10 MB each).
CREATE TABLE demand_photo (
  demand_id    BIGINT NOT NULL REFERENCES demand (id),
  seq          INT NOT NULL,
  content_type TEXT NOT NULL,
  bytes        BYTEA NOT NULL,
  PRIMARY KEY (demand_id, seq)
);
