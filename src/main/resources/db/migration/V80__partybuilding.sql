-- partybuilding: registries of new economic and social organizations and platform companies (deduplicated by the
-- unified social credit code), new-employment worker counts per region, party organizations with their units,
-- members and instructors. Coverage is computed from these rows, never stored as a typed rate.
CREATE TABLE partybuilding_organization (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  credit_code       CHAR(18) NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL,
  industry          TEXT NOT NULL,
  size              TEXT NOT NULL,
  competent_unit_id BIGINT NOT NULL REFERENCES identity_unit (id),
  region_code       TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  employees         INT NOT NULL CHECK (employees >= 0),
  full_members      INT NOT NULL CHECK (full_members >= 0),
  operating         BOOLEAN NOT NULL DEFAULT TRUE,
  registered_on     DATE NOT NULL,
  -- copies kept by PartyOrganizations in the same transaction as partybuilding_party_org_unit and
  -- partybuilding_instructor, so that coverage is a single-table aggregate (never typed by a person)
  party_kind        TEXT,
  organized_on      DATE,
  instructed_on     DATE,
  version           INT NOT NULL DEFAULT 0
);
CREATE INDEX partybuilding_organization_region_idx ON partybuilding_organization (region_code text_pattern_ops);
CREATE INDEX partybuilding_organization_unit_idx ON partybuilding_organization (competent_unit_id);

CREATE TABLE partybuilding_worker_count (
  region_code   TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  worker_group  TEXT NOT NULL,
  workers       INT NOT NULL CHECK (workers >= 0),
  party_members INT NOT NULL CHECK (party_members >= 0 AND party_members <= workers),
  reported_on   DATE NOT NULL,
  PRIMARY KEY (region_code, worker_group)
);

CREATE TABLE partybuilding_party_org (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind           TEXT NOT NULL,
  name           TEXT NOT NULL,
  region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  committee_size INT,
  formed_on      DATE NOT NULL,
  created_by     BIGINT NOT NULL
);
CREATE INDEX partybuilding_party_org_region_idx ON partybuilding_party_org (region_code text_pattern_ops);

-- a unit belongs to at most one party organization
CREATE TABLE partybuilding_party_org_unit (
  organization_id BIGINT PRIMARY KEY REFERENCES partybuilding_organization (id),
  party_org_id    BIGINT NOT NULL REFERENCES partybuilding_party_org (id),
  joined_on       DATE NOT NULL
);
CREATE INDEX partybuilding_party_org_unit_org_idx ON partybuilding_party_org_unit (party_org_id);

-- a member is counted in one party organization only (the member number is unique)
CREATE TABLE partybuilding_member (
  member_no       TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  party_org_id    BIGINT NOT NULL REFERENCES partybuilding_party_org (id),
  organization_id BIGINT NOT NULL REFERENCES partybuilding_organization (id),
  probationary    BOOLEAN NOT NULL
);
CREATE INDEX partybuilding_member_org_idx ON partybuilding_member (party_org_id);

CREATE TABLE partybuilding_instructor (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id BIGINT NOT NULL REFERENCES partybuilding_organization (id),
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  assigned_on     DATE NOT NULL
);
CREATE INDEX partybuilding_instructor_org_idx ON partybuilding_instructor (organization_id);

-- stations for new-employment workers (暖新驿站 and the like): place, hours, services and daily usage
CREATE TABLE partybuilding_station (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  address     TEXT NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  lng         DOUBLE PRECISION NOT NULL,
  opens       TIME,
  closes      TIME,
  services    TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX partybuilding_station_region_idx ON partybuilding_station (region_code text_pattern_ops);

CREATE TABLE partybuilding_station_usage (
  station_id BIGINT NOT NULL REFERENCES partybuilding_station (id),
  day        DATE NOT NULL,
  visits     INT NOT NULL CHECK (visits >= 0),
  PRIMARY KEY (station_id, day)
);
