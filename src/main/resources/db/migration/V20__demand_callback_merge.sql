-- demand (接诉即办, issue 4): call-back rounds with their failed attempts and reopen decision; merges (并单);
-- the tokens of each demand's text for the duplicate check.
CREATE TABLE demand_callback (
  demand_id          BIGINT NOT NULL REFERENCES demand (id),
  round              INT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'UNREACHABLE')),
  resolved           BOOLEAN,
  satisfaction       TEXT CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
  comment            TEXT,
  channel            TEXT CHECK (channel IN ('PHONE', 'ONLINE')),
  recorded_by        TEXT,
  recorded_at        TIMESTAMPTZ,
  reopen             TEXT CHECK (reopen IN ('REQUESTED', 'APPROVED', 'REJECTED')),
  reopen_decided_by  TEXT,
  reopen_decided_at  TIMESTAMPTZ,
  reopen_reason      TEXT,
  version            INT NOT NULL,
  PRIMARY KEY (demand_id, round)
);
CREATE INDEX demand_callback_reopen_idx ON demand_callback (reopen) WHERE reopen = 'REQUESTED';

CREATE TABLE demand_callback_attempt (
  demand_id  BIGINT NOT NULL,
  round      INT NOT NULL,
  seq        INT NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  attempted_by TEXT NOT NULL,
  PRIMARY KEY (demand_id, round, seq),
  FOREIGN KEY (demand_id, round) REFERENCES demand_callback (demand_id, round)
);

-- the call-back queue reads replied demands; a partial index keeps that cheap at province scale
CREATE INDEX demand_replied_idx ON demand (id) WHERE status = 'REPLIED';

CREATE TABLE demand_merge (
  child_id    BIGINT PRIMARY KEY REFERENCES demand (id),
  parent_id   BIGINT NOT NULL REFERENCES demand (id),
  similarity  DOUBLE PRECISION NOT NULL,
  merged_by   TEXT NOT NULL,
  merged_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX demand_merge_parent_idx ON demand_merge (parent_id);

-- Segmented words of each demand's matter (Lucene smartcn), with what the duplicate check filters on first:
-- category, the village (or the deepest division above a grid) and the time of receipt.
CREATE TABLE demand_text (
  demand_id     BIGINT PRIMARY KEY REFERENCES demand (id),
  category_code TEXT NOT NULL,
  area_code     TEXT NOT NULL,
  received_at   TIMESTAMPTZ NOT NULL,
  lat           DOUBLE PRECISION,
  lng           DOUBLE PRECISION,
  tokens        TEXT[] NOT NULL
);
CREATE INDEX demand_text_area_idx ON demand_text (category_code, area_code, received_at);
CREATE INDEX demand_text_point_idx ON demand_text (category_code, received_at) WHERE lat IS NOT NULL;
