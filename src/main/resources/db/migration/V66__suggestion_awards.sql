-- suggestion awards (上海市人民建议征集若干规定 §16): annual rounds with configurable grades and quotas, decided by a
-- panel; each award names the round, the suggestion and the grade.
CREATE TABLE suggestion_award_round (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year         INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title        TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  grades       TEXT NOT NULL,
  region_code  TEXT NOT NULL CHECK (region_code ~ '^51[0-9]{10}$'),
  panel        TEXT,
  decided_at   TIMESTAMPTZ,
  decided_by   TEXT,
  created_by   TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  version      INT NOT NULL DEFAULT 1
);
CREATE INDEX suggestion_award_round_region_idx ON suggestion_award_round (region_code text_pattern_ops);

CREATE TABLE suggestion_award (
  round_id       BIGINT NOT NULL REFERENCES suggestion_award_round (id),
  suggestion_id  BIGINT NOT NULL REFERENCES suggestion (id),
  grade          TEXT NOT NULL,
  granted_by     TEXT NOT NULL,
  granted_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (round_id, suggestion_id)
);
