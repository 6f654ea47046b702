-- Region module: the Sichuan division tree (loaded from the shipped data file on first start),
-- the one unified grid layer, grid workers, and old → new division code mappings.

CREATE TABLE region_division (
  code         TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  name         TEXT NOT NULL,
  short_name   TEXT NOT NULL,
  level        TEXT NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
  parent_code  TEXT,
  child_count  INT  NOT NULL DEFAULT 0,
  data_version TEXT NOT NULL
);
CREATE INDEX region_division_parent_idx ON region_division (parent_code, code);
-- prefix search on codes and names (LIKE 'x%'); contains-search scans 37k short rows, which is cheap
CREATE INDEX region_division_code_pattern_idx ON region_division (code text_pattern_ops);
CREATE INDEX region_division_name_pattern_idx ON region_division (name text_pattern_ops);
CREATE INDEX region_division_short_name_pattern_idx ON region_division (short_name text_pattern_ops);

-- pg_trgm speeds up LIKE '%x%' when the server ships it (the embedded PostgreSQL does); an external
-- server without contrib still migrates, and search falls back to the scan above.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXECUTE 'CREATE INDEX region_division_name_trgm_idx ON region_division USING gin (name gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm not available (%), region name search uses the pattern indexes only', SQLERRM;
END
$$;

-- 2019–2021 township/village mergers changed many codes; history imported later may carry old codes.
CREATE TABLE region_code_change (
  old_code    TEXT NOT NULL CHECK (old_code ~ '^[0-9]{12}$'),
  new_code    TEXT NOT NULL CHECK (new_code ~ '^[0-9]{12}$'),
  old_name    TEXT,
  changed_on  DATE,
  source      TEXT,
  PRIMARY KEY (old_code, new_code)
);

CREATE TABLE region_grid (
  code               TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{15}$'),
  village_code       TEXT NOT NULL CHECK (village_code = substr(code, 1, 12)),
  township_code      TEXT NOT NULL CHECK (township_code = substr(code, 1, 9) || '000'),
  name               TEXT NOT NULL,
  geojson            TEXT NOT NULL,
  min_lng            DOUBLE PRECISION NOT NULL,
  min_lat            DOUBLE PRECISION NOT NULL,
  max_lng            DOUBLE PRECISION NOT NULL,
  max_lat            DOUBLE PRECISION NOT NULL,
  area_sq_m          DOUBLE PRECISION NOT NULL,
  household_count    INT NOT NULL DEFAULT 0 CHECK (household_count >= 0),
  supervision_phone  TEXT,
  area_note          TEXT,
  demo               BOOLEAN NOT NULL DEFAULT FALSE,
  version            BIGINT NOT NULL DEFAULT 0,
  created_at         TIMESTAMPTZ NOT NULL,
  updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX region_grid_township_idx ON region_grid (township_code, code);
CREATE INDEX region_grid_village_idx ON region_grid (village_code);

-- Grid workers are public display data on the grid card (DOMAIN §1); lists mask the phone.
CREATE TABLE region_grid_worker (
  grid_code         TEXT NOT NULL REFERENCES region_grid (code) ON DELETE CASCADE,
  position          INT  NOT NULL,
  name              TEXT NOT NULL,
  phone             TEXT,
  account_username  TEXT,
  PRIMARY KEY (grid_code, position)
);
CREATE INDEX region_grid_worker_account_idx ON region_grid_worker (account_username);

-- Bumped on every grid change, so each node of a cluster rebuilds its spatial index cheaply.
CREATE TABLE region_grid_revision (
  id        INT PRIMARY KEY CHECK (id = 1),
  revision  BIGINT NOT NULL
);
INSERT INTO region_grid_revision (id, revision) VALUES (1, 0);
