-- demand: the hotline's judgement at intake. For every demand: the catalogue edition it was filed under, the item
-- (third level) when the operator chose one, and what the suggestions offered next to what the operator chose.
-- Lessons are what the category suggestions learn from: the category finally used at intake, an operator's
-- correction of a suggestion, merges confirmed by operators.

CREATE TABLE demand_judgement (
  demand_id         BIGINT PRIMARY KEY REFERENCES demand (id),
  catalogue_edition INT NOT NULL,
  category_code     TEXT NOT NULL,
  item_code         TEXT,
  suggested         TEXT,            -- "CJ-05-01 0.82,CJ-06-01 0.10": what was offered, best first
  emergency         TEXT,            -- the danger the suggestions warned of, if any
  took_suggestion   BOOLEAN,         -- null: no suggestion was shown
  recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE demand_lesson (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  demand_id   BIGINT NOT NULL REFERENCES demand (id),
  label       TEXT NOT NULL CHECK (label ~ '^[A-Z]{2}-[0-9]{2}(-[0-9]{2})?$'),
  source      TEXT NOT NULL CHECK (source IN ('INTAKE', 'CORRECTION', 'MERGE_CONFIRMED')),
  other_id    BIGINT REFERENCES demand (id),
  learned_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX demand_lesson_recent_idx ON demand_lesson (id DESC);

-- repeats at intake look along the region hierarchy (a village's demands and its township's, district's)
CREATE INDEX demand_text_area_prefix_idx ON demand_text (area_code text_pattern_ops, received_at);
