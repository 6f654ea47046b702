-- identity: units, accounts, roles, API tokens, the audit log (append-only, SM3 hash chain).
CREATE TABLE identity_unit (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  version     INT NOT NULL DEFAULT 0,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX identity_unit_region_idx ON identity_unit (region_code text_pattern_ops);

CREATE TABLE identity_account (
  id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username             TEXT NOT NULL UNIQUE,
  display_name         TEXT NOT NULL,
  unit_id              BIGINT NOT NULL REFERENCES identity_unit (id),
  password_hash        TEXT NOT NULL,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  enabled              BOOLEAN NOT NULL DEFAULT TRUE,
  failed_logins        INT NOT NULL DEFAULT 0,
  locked_until         TIMESTAMPTZ,
  last_login_at        TIMESTAMPTZ,
  password_changed_at  TIMESTAMPTZ,
  -- personal information: SM4-GCM ciphertext, HMAC-SM3 blind index, masked form for lists
  phone_cipher         BYTEA,
  phone_index          TEXT,
  phone_masked         TEXT,
  id_number_cipher     BYTEA,
  id_number_index      TEXT,
  id_number_masked     TEXT,
  version              INT NOT NULL DEFAULT 0,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX identity_account_unit_idx ON identity_account (unit_id);
CREATE INDEX identity_account_phone_idx ON identity_account (phone_index);
CREATE INDEX identity_account_id_number_idx ON identity_account (id_number_index);

CREATE TABLE identity_account_role (
  account_id BIGINT NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  PRIMARY KEY (account_id, role)
);

CREATE TABLE identity_api_token (
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
  issued_at  TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  revoked    BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX identity_api_token_expiry_idx ON identity_api_token (expires_at);

CREATE TABLE identity_audit_log (
  seq          BIGINT PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL,
  actor        TEXT NOT NULL,
  actor_unit   TEXT,
  action       TEXT NOT NULL,
  target       TEXT,
  outcome      TEXT NOT NULL,
  detail       TEXT,
  client_ip    TEXT,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX identity_audit_log_at_idx ON identity_audit_log (at);
CREATE INDEX identity_audit_log_actor_idx ON identity_audit_log (actor);

-- The single head of the chain: appends lock this row, so the chain stays linear across nodes.
CREATE TABLE identity_audit_head (
  id        INT PRIMARY KEY CHECK (id = 1),
  last_seq  BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO identity_audit_head VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION identity_audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'identity_audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER identity_audit_log_no_update BEFORE UPDATE OR DELETE ON identity_audit_log
  FOR EACH ROW EXECUTE FUNCTION identity_audit_log_append_only();
CREATE TRIGGER identity_audit_log_no_truncate BEFORE TRUNCATE ON identity_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION identity_audit_log_append_only();
