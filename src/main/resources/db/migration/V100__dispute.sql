-- dispute: 矛盾纠纷排查化解 and 人民调解 (人民调解法 2010). Screening rounds per grid and their households/places,
-- people's mediation committees, the dispute register with parties (identity numbers sealed), mediation sessions,
-- agreements, escalation and an immutable timeline.
CREATE TABLE dispute_committee (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  name        TEXT NOT NULL,
  members     TEXT[] NOT NULL,
  term_start  DATE NOT NULL,
  term_end    DATE NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  TEXT NOT NULL
);
CREATE INDEX dispute_committee_region_idx ON dispute_committee (region_code text_pattern_ops);

CREATE TABLE dispute_screening (
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  grid_code           TEXT NOT NULL CHECK (grid_code ~ '^[0-9]{15}$'),
  title               TEXT NOT NULL,
  period_start        DATE NOT NULL,
  period_end          DATE NOT NULL,
  households          INT NOT NULL CHECK (households >= 0),
  assignee_account_id BIGINT NOT NULL,
  assignee_name       TEXT NOT NULL,
  -- kept by Screenings in the transaction that marks an item (dispute_screening_item stays the record)
  screened            INT NOT NULL DEFAULT 0,
  with_dispute        INT NOT NULL DEFAULT 0,
  created_at          TIMESTAMPTZ NOT NULL,
  created_by          TEXT NOT NULL
);
CREATE INDEX dispute_screening_grid_idx ON dispute_screening (grid_code text_pattern_ops);
CREATE INDEX dispute_screening_assignee_idx ON dispute_screening (assignee_account_id);

CREATE TABLE dispute_screening_item (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  screening_id BIGINT NOT NULL REFERENCES dispute_screening (id),
  target       TEXT NOT NULL,
  found        TEXT NOT NULL,
  has_dispute  BOOLEAN NOT NULL,
  screened_at  TIMESTAMPTZ NOT NULL,
  screened_by  TEXT NOT NULL,
  UNIQUE (screening_id, target)
);

CREATE TABLE dispute (
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version               INT NOT NULL DEFAULT 0,
  case_number           TEXT NOT NULL UNIQUE,
  kind                  TEXT NOT NULL,
  facts                 TEXT NOT NULL,
  region_code           TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$|^[0-9]{15}$'),
  place                 TEXT,
  risk                  TEXT NOT NULL,
  source                TEXT NOT NULL,
  source_ref            TEXT,
  confidential          BOOLEAN NOT NULL DEFAULT FALSE,
  status                TEXT NOT NULL,
  holder_level          TEXT NOT NULL,
  holder_region_code    TEXT NOT NULL CHECK (holder_region_code ~ '^[0-9]{12}$'),
  registered_at         TIMESTAMPTZ NOT NULL,
  registered_by         TEXT NOT NULL,
  police_reported_at    TIMESTAMPTZ,
  police_report         TEXT,
  committee_id          BIGINT REFERENCES dispute_committee (id),
  mediation_started_on  DATE,
  mediation_due         DATE,
  mediation_due_note    TEXT,
  extended_days         INT NOT NULL DEFAULT 0,
  agreement_facts       TEXT,
  agreement_terms       TEXT,
  performance_way       TEXT,
  performance_due       DATE,
  agreed_at             TIMESTAMPTZ,
  effective_on          DATE,
  confirmation_due      DATE,
  confirmation_due_note TEXT,
  confirmation_on       DATE,
  performed_at          TIMESTAMPTZ,
  performance_note      TEXT,
  settled_at            TIMESTAMPTZ,
  settled_level         TEXT,
  failed_at             TIMESTAMPTZ,
  failure_notice        TEXT
);
CREATE INDEX dispute_region_idx ON dispute (region_code text_pattern_ops);
CREATE INDEX dispute_status_idx ON dispute (status, region_code text_pattern_ops);

CREATE TABLE dispute_party (
  dispute_id BIGINT NOT NULL REFERENCES dispute (id),
  seq        INT NOT NULL,
  name       TEXT NOT NULL,
  id_cipher  BYTEA,
  id_index   TEXT,
  id_masked  TEXT,
  consent    TEXT NOT NULL DEFAULT 'PENDING',
  consent_at TIMESTAMPTZ,
  PRIMARY KEY (dispute_id, seq)
);
CREATE INDEX dispute_party_id_idx ON dispute_party (id_index);

CREATE TABLE dispute_session (
  dispute_id BIGINT NOT NULL REFERENCES dispute (id),
  seq        INT NOT NULL,
  held_on    DATE NOT NULL,
  mediators  TEXT NOT NULL,
  notes      TEXT NOT NULL,
  PRIMARY KEY (dispute_id, seq)
);

-- every state change: who, when, what, why (never updated or deleted)
CREATE TABLE dispute_event (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dispute_id BIGINT NOT NULL REFERENCES dispute (id),
  at         TIMESTAMPTZ NOT NULL,
  actor      TEXT NOT NULL,
  step       TEXT NOT NULL,
  note       TEXT NOT NULL
);
CREATE INDEX dispute_event_dispute_idx ON dispute_event (dispute_id);
