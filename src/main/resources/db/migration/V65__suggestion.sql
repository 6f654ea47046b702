-- suggestion (人民建议征集; 上海市人民建议征集若干规定 2021): campaigns (专项征集), collection points (征集点),
-- suggestions with the proposer's mobile sealed by the identity vault, their handling, screening, grouping of
-- repeats, adoption, and the append-only timeline.
CREATE TABLE suggestion_campaign (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic           TEXT NOT NULL CHECK (char_length(topic) BETWEEN 1 AND 200),
  background      TEXT NOT NULL CHECK (char_length(background) <= 5000),
  field           TEXT NOT NULL,
  channels        TEXT NOT NULL,
  organ_unit_id   BIGINT NOT NULL,
  organ_name      TEXT NOT NULL,
  region_code     TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}$'),
  opens_at        TIMESTAMPTZ NOT NULL,
  closes_at       TIMESTAMPTZ NOT NULL,
  status          TEXT NOT NULL,
  feedback        TEXT CHECK (char_length(feedback) <= 10000),
  feedback_at     TIMESTAMPTZ,
  created_by      TEXT NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  version         INT NOT NULL DEFAULT 1,
  CHECK (closes_at > opens_at)
);
CREATE INDEX suggestion_campaign_region_idx ON suggestion_campaign (region_code text_pattern_ops);

CREATE TABLE suggestion_point (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name         TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  place        TEXT NOT NULL CHECK (char_length(place) <= 200),
  region_code  TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}$'),
  created_by   TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX suggestion_point_region_idx ON suggestion_point (region_code text_pattern_ops);

-- the key that signs collection-point links (so a forged point id is refused); one per installation, shared by nodes
CREATE TABLE suggestion_link_key (
  id   INT PRIMARY KEY CHECK (id = 1),
  key  TEXT NOT NULL
);
INSERT INTO suggestion_link_key (id, key)
VALUES (1, md5(random()::text || clock_timestamp()::text) || md5(random()::text || clock_timestamp()::text));

CREATE TABLE suggestion (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tracking_code      TEXT NOT NULL UNIQUE,
  campaign_id        BIGINT REFERENCES suggestion_campaign (id),
  channel            TEXT NOT NULL,
  point_id           BIGINT REFERENCES suggestion_point (id),
  source_ref         TEXT,
  topic              TEXT NOT NULL CHECK (char_length(topic) BETWEEN 1 AND 200),
  reasons            TEXT NOT NULL CHECK (char_length(reasons) <= 5000),
  measures           TEXT NOT NULL CHECK (char_length(measures) BETWEEN 1 AND 5000),
  field              TEXT NOT NULL,
  region_code        TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}$'),
  name_cipher        BYTEA,
  proposer_masked    TEXT NOT NULL,
  phone_cipher       BYTEA,
  phone_index        TEXT,
  phone_masked       TEXT,
  anonymous          BOOLEAN NOT NULL DEFAULT FALSE,
  status             TEXT NOT NULL,
  organ_unit_id      BIGINT,
  organ_name         TEXT,
  answer             TEXT CHECK (char_length(answer) <= 10000),
  answered_at        TIMESTAMPTZ,
  answered_by        TEXT,
  feedback_due_date  DATE,
  feedback_due_at    TIMESTAMPTZ,
  feedback_rule      TEXT,
  feedback_rule_en   TEXT,
  overdue_noticed_at TIMESTAMPTZ,
  group_id           BIGINT,
  words              TEXT[] NOT NULL DEFAULT '{}',
  screening          TEXT,
  screening_note     TEXT,
  adoption           TEXT,
  adoption_result    TEXT,
  adoption_link      TEXT,
  adopted_at         TIMESTAMPTZ,
  idempotency_key    TEXT UNIQUE,
  received_at        TIMESTAMPTZ NOT NULL,
  version            INT NOT NULL DEFAULT 1
);
CREATE INDEX suggestion_region_idx ON suggestion (region_code text_pattern_ops, received_at DESC);
CREATE INDEX suggestion_organ_idx ON suggestion (organ_unit_id, received_at DESC);
CREATE INDEX suggestion_campaign_idx ON suggestion (campaign_id);
CREATE INDEX suggestion_group_idx ON suggestion (group_id);
CREATE INDEX suggestion_words_idx ON suggestion USING gin (words);
CREATE INDEX suggestion_due_idx ON suggestion (feedback_due_at)
  WHERE answered_at IS NULL AND overdue_noticed_at IS NULL AND feedback_due_at IS NOT NULL;
CREATE INDEX suggestion_adopted_idx ON suggestion (adopted_at DESC) WHERE adoption IN ('ADOPTED', 'PARTLY');

CREATE TABLE suggestion_timeline (
  suggestion_id  BIGINT NOT NULL REFERENCES suggestion (id),
  seq            INT NOT NULL,
  at             TIMESTAMPTZ NOT NULL,
  actor          TEXT NOT NULL,
  step           TEXT NOT NULL,
  note           TEXT,
  PRIMARY KEY (suggestion_id, seq)
);
