-- volunteer (志愿服务): volunteers, organizations, activities with shifts, sign-ups, attendance with its history,
-- corrections, certificates, tasks made from demands, and the signing key for QR tokens and certificate numbers.

CREATE SEQUENCE volunteer_number_seq;
CREATE SEQUENCE volunteer_certificate_seq;

CREATE TABLE volunteer_volunteer (
  id               bigserial PRIMARY KEY,
  number           varchar(24) NOT NULL UNIQUE,
  name             varchar(60) NOT NULL,
  id_cipher        bytea NOT NULL,
  id_index         varchar(64) NOT NULL UNIQUE,
  id_masked        varchar(24) NOT NULL,
  birth_date       date NOT NULL,
  mobile_cipher    bytea NOT NULL,
  mobile_index     varchar(64) NOT NULL UNIQUE,
  mobile_masked    varchar(16) NOT NULL,
  password_hash    varchar(200) NOT NULL,
  skills           varchar(400) NOT NULL DEFAULT '',
  availability     varchar(100) NOT NULL DEFAULT '',
  region_code      varchar(15) NOT NULL,
  guardian_name    varchar(60),
  guardian_mobile_cipher bytea,
  guardian_mobile_masked varchar(16),
  guardian_consent_at timestamptz,
  registered_at    timestamptz NOT NULL
);
CREATE INDEX volunteer_volunteer_region ON volunteer_volunteer (region_code text_pattern_ops);

CREATE TABLE volunteer_organization (
  id            bigserial PRIMARY KEY,
  name          varchar(100) NOT NULL,
  unit_id       bigint NOT NULL REFERENCES identity_unit (id),
  region_code   varchar(15) NOT NULL,
  status        varchar(12) NOT NULL,
  registered_by varchar(100) NOT NULL,
  registered_at timestamptz NOT NULL,
  decided_by    varchar(100),
  decided_at    timestamptz,
  decision_note varchar(400),
  UNIQUE (unit_id, name)
);
CREATE INDEX volunteer_organization_region ON volunteer_organization (region_code text_pattern_ops);

CREATE TABLE volunteer_member (
  organization_id bigint NOT NULL REFERENCES volunteer_organization (id),
  volunteer_id    bigint NOT NULL REFERENCES volunteer_volunteer (id),
  role            varchar(12) NOT NULL,
  joined_at       timestamptz NOT NULL,
  PRIMARY KEY (organization_id, volunteer_id)
);

CREATE TABLE volunteer_activity (
  id                 bigserial PRIMARY KEY,
  organization_id    bigint NOT NULL REFERENCES volunteer_organization (id),
  title              varchar(120) NOT NULL,
  description        varchar(2000) NOT NULL DEFAULT '',
  region_code        varchar(15) NOT NULL,
  place              varchar(200) NOT NULL,
  risk               varchar(8) NOT NULL,
  insurance_required boolean NOT NULL,
  insurance          varchar(200),
  skills             varchar(400) NOT NULL DEFAULT '',
  status             varchar(12) NOT NULL,
  demand_id          bigint,
  demand_reported_at timestamptz,
  created_by         varchar(100) NOT NULL,
  created_at         timestamptz NOT NULL
);
CREATE INDEX volunteer_activity_region ON volunteer_activity (region_code text_pattern_ops);

CREATE TABLE volunteer_shift (
  id          bigserial PRIMARY KEY,
  activity_id bigint NOT NULL REFERENCES volunteer_activity (id),
  role_name   varchar(60) NOT NULL,
  place       varchar(200) NOT NULL,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  capacity    int NOT NULL CHECK (capacity > 0),
  taken       int NOT NULL DEFAULT 0,
  CHECK (taken >= 0 AND taken <= capacity),
  CHECK (ends_at > starts_at)
);
CREATE INDEX volunteer_shift_activity ON volunteer_shift (activity_id);

CREATE TABLE volunteer_signup (
  id           bigserial PRIMARY KEY,
  shift_id     bigint NOT NULL REFERENCES volunteer_shift (id),
  volunteer_id bigint NOT NULL REFERENCES volunteer_volunteer (id),
  status       varchar(12) NOT NULL,
  signed_at    timestamptz NOT NULL,
  changed_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX volunteer_signup_once ON volunteer_signup (shift_id, volunteer_id) WHERE status <> 'CANCELLED';
CREATE INDEX volunteer_signup_waiting ON volunteer_signup (shift_id, id) WHERE status = 'WAITLISTED';
CREATE INDEX volunteer_signup_volunteer ON volunteer_signup (volunteer_id);

CREATE TABLE volunteer_attendance (
  id            bigserial PRIMARY KEY,
  signup_id     bigint NOT NULL UNIQUE REFERENCES volunteer_signup (id),
  check_in_at   timestamptz,
  check_out_at  timestamptz,
  minutes       int NOT NULL DEFAULT 0 CHECK (minutes >= 0),
  status        varchar(12) NOT NULL,
  content       varchar(400) NOT NULL DEFAULT '',
  confirmed_by  varchar(100),
  confirmed_at  timestamptz,
  version       int NOT NULL DEFAULT 0
);

-- every change of an attendance record, append-only (who, when, what, why)
CREATE TABLE volunteer_attendance_history (
  id            bigserial PRIMARY KEY,
  attendance_id bigint NOT NULL REFERENCES volunteer_attendance (id),
  at            timestamptz NOT NULL,
  actor         varchar(100) NOT NULL,
  action        varchar(30) NOT NULL,
  minutes       int,
  note          varchar(400)
);
CREATE INDEX volunteer_attendance_history_of ON volunteer_attendance_history (attendance_id, id);
CREATE FUNCTION volunteer_history_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'volunteer_attendance_history is append-only';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER volunteer_history_no_change BEFORE UPDATE OR DELETE ON volunteer_attendance_history
  FOR EACH ROW EXECUTE FUNCTION volunteer_history_append_only();

CREATE TABLE volunteer_correction (
  id                bigserial PRIMARY KEY,
  attendance_id     bigint NOT NULL REFERENCES volunteer_attendance (id),
  volunteer_id      bigint NOT NULL REFERENCES volunteer_volunteer (id),
  requested_minutes int NOT NULL CHECK (requested_minutes >= 0),
  reason            varchar(400) NOT NULL,
  status            varchar(12) NOT NULL,
  requested_at      timestamptz NOT NULL,
  decided_by        varchar(100),
  decided_at        timestamptz,
  decision_note     varchar(400)
);
CREATE UNIQUE INDEX volunteer_correction_open ON volunteer_correction (attendance_id) WHERE status = 'PENDING';

CREATE TABLE volunteer_certificate (
  number          varchar(40) PRIMARY KEY,
  volunteer_id    bigint NOT NULL REFERENCES volunteer_volunteer (id),
  organization_id bigint NOT NULL REFERENCES volunteer_organization (id),
  minutes         int NOT NULL,
  content         varchar(2000) NOT NULL,
  issued_at       timestamptz NOT NULL
);
CREATE INDEX volunteer_certificate_of ON volunteer_certificate (volunteer_id);

-- one server key for QR tokens and certificate check characters, shared by every node
CREATE TABLE volunteer_key (
  id    int PRIMARY KEY CHECK (id = 1),
  value bytea NOT NULL
);
