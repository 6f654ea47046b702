-- gridfusion (多网融合、多格合一): departments' grid layers beside the unified grid layer, their mapping onto unified
-- grids, and the inspection tasks departments push to the grid workers.
CREATE TABLE gridfusion_layer (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_code   TEXT NOT NULL CHECK (county_code ~ '^51[0-9]{4}000000$'),
  department    TEXT NOT NULL CHECK (char_length(department) BETWEEN 1 AND 100),
  unit_id       BIGINT,
  name          TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  version       INT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'RETIRED')),
  grid_count    INT NOT NULL,
  uploaded_by   TEXT NOT NULL,
  uploaded_at   TIMESTAMPTZ NOT NULL,
  retired_by    TEXT,
  retired_at    TIMESTAMPTZ,
  UNIQUE (county_code, department, name, version)
);
CREATE INDEX gridfusion_layer_county_idx ON gridfusion_layer (county_code text_pattern_ops);

CREATE TABLE gridfusion_grid (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  layer_id       BIGINT NOT NULL REFERENCES gridfusion_layer (id),
  position       INT NOT NULL,
  grid_key       TEXT NOT NULL,
  name           TEXT NOT NULL,
  geojson        TEXT NOT NULL,
  area_sq_m      DOUBLE PRECISION NOT NULL,
  -- the part of the grid's area lying in unified grids it covers whole (FitAnalysis.WHOLE), at the last analysis
  whole_sq_m     DOUBLE PRECISION NOT NULL,
  -- unified grid codes the last analysis suggested, comma-separated
  suggested      TEXT NOT NULL DEFAULT '',
  UNIQUE (layer_id, grid_key)
);
CREATE INDEX gridfusion_grid_layer_idx ON gridfusion_grid (layer_id, position);

CREATE TABLE gridfusion_mapping (
  grid_id    BIGINT NOT NULL REFERENCES gridfusion_grid (id),
  grid_code  TEXT NOT NULL CHECK (grid_code ~ '^51[0-9]{13}$'),
  mapped_by  TEXT NOT NULL,
  mapped_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (grid_id, grid_code)
);

CREATE TABLE gridfusion_inspection (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch        TEXT NOT NULL,
  unit_id      BIGINT NOT NULL,
  department   TEXT NOT NULL,
  item_code    TEXT NOT NULL,
  item_name    TEXT NOT NULL,
  title        TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  grid_code    TEXT NOT NULL CHECK (grid_code ~ '^51[0-9]{13}$'),
  due_at       TIMESTAMPTZ NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE')),
  created_by   TEXT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  done_by      TEXT,
  done_at      TIMESTAMPTZ,
  note         TEXT
);
CREATE INDEX gridfusion_inspection_grid_idx ON gridfusion_inspection (grid_code, status);
CREATE INDEX gridfusion_inspection_unit_idx ON gridfusion_inspection (unit_id, created_at);
