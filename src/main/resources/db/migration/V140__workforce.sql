-- workforce: the social-work workforce (DOMAIN.md §10) — township social-work stations (乡镇（街道）社工站), social
-- workers with their credential level, training hours and service records, government-purchased service projects,
-- 社区综合服务体 (community service complexes) with their usage and what they host, and resident figures per region
-- for "social workers per 10,000 residents". Coverage is computed from these rows, never typed.

CREATE TABLE workforce_station (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  -- the township (9 significant digits + 000) the station serves
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{9}000$' AND region_code !~ '^[0-9]{6}000000$'),
  address     TEXT NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  lng         DOUBLE PRECISION NOT NULL,
  opened_on   DATE NOT NULL,
  created_by  BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX workforce_station_region_idx ON workforce_station (region_code text_pattern_ops);

CREATE TABLE workforce_social_worker (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  id_cipher   BYTEA NOT NULL,
  id_index    TEXT NOT NULL UNIQUE,
  id_masked   TEXT NOT NULL,
  credential  TEXT NOT NULL CHECK (credential IN ('NONE', 'ASSISTANT', 'INTERMEDIATE', 'SENIOR')),
  employer    TEXT NOT NULL,
  station_id  BIGINT REFERENCES workforce_station (id),
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  created_by  BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX workforce_social_worker_region_idx ON workforce_social_worker (region_code text_pattern_ops);
CREATE INDEX workforce_social_worker_station_idx ON workforce_social_worker (station_id);

-- continuing education, hours per course (专业技术人员继续教育规定 §8 counts hours per year)
CREATE TABLE workforce_training (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  worker_id  BIGINT NOT NULL REFERENCES workforce_social_worker (id),
  day        DATE NOT NULL,
  hours      NUMERIC(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
  topic      TEXT NOT NULL,
  created_by BIGINT NOT NULL
);
CREATE INDEX workforce_training_worker_idx ON workforce_training (worker_id, day);

CREATE TABLE workforce_service_record (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  worker_id   BIGINT NOT NULL REFERENCES workforce_social_worker (id),
  day         DATE NOT NULL,
  hours       NUMERIC(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
  service     TEXT NOT NULL,
  served      INT NOT NULL CHECK (served >= 0),
  created_by  BIGINT NOT NULL
);
CREATE INDEX workforce_service_record_worker_idx ON workforce_service_record (worker_id, day);

-- 政府购买社会工作服务项目
CREATE TABLE workforce_project (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title        TEXT NOT NULL,
  purchaser    TEXT NOT NULL,
  provider     TEXT NOT NULL,
  region_code  TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  budget       NUMERIC(14, 2) NOT NULL CHECK (budget >= 0),
  starts_on    DATE NOT NULL,
  ends_on      DATE NOT NULL CHECK (ends_on >= starts_on),
  deliverables TEXT NOT NULL,
  evaluation   TEXT CHECK (evaluation IN ('EXCELLENT', 'GOOD', 'PASSED', 'FAILED')),
  evaluated_on DATE,
  evaluation_note TEXT,
  created_by   BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX workforce_project_region_idx ON workforce_project (region_code text_pattern_ops);

-- 社区综合服务体
CREATE TABLE workforce_complex (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        TEXT NOT NULL,
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  pilot       BOOLEAN NOT NULL,
  address     TEXT NOT NULL,
  lat         DOUBLE PRECISION NOT NULL,
  lng         DOUBLE PRECISION NOT NULL,
  opens       TIME,
  closes      TIME,
  facilities  TEXT NOT NULL,
  services    TEXT NOT NULL,
  created_by  BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX workforce_complex_region_idx ON workforce_complex (region_code text_pattern_ops);

CREATE TABLE workforce_complex_usage (
  complex_id BIGINT NOT NULL REFERENCES workforce_complex (id),
  day        DATE NOT NULL,
  visits     INT NOT NULL CHECK (visits >= 0),
  PRIMARY KEY (complex_id, day)
);

-- what a complex hosts, by reference: a suggestion collection point (suggestion module), a volunteer activity
-- (volunteer module) — both checked on entry through their modules — or a care visit (care module, built
-- separately: kept as the reference the caller gives, not checked)
CREATE TABLE workforce_complex_link (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  complex_id BIGINT NOT NULL REFERENCES workforce_complex (id),
  kind       TEXT NOT NULL CHECK (kind IN ('SUGGESTION_POINT', 'VOLUNTEER_ACTIVITY', 'CARE_VISIT')),
  reference  TEXT NOT NULL,
  linked_by  BIGINT NOT NULL,
  linked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (complex_id, kind, reference)
);

-- resident population per region, for "social workers per 10,000 residents" (the region module holds none)
CREATE TABLE workforce_population (
  region_code TEXT PRIMARY KEY CHECK (region_code ~ '^[0-9]{12}$'),
  residents   BIGINT NOT NULL CHECK (residents > 0),
  year        INT NOT NULL,
  source      TEXT NOT NULL,
  demo        BOOLEAN NOT NULL DEFAULT FALSE
);

-- Source: 四川省第七次全国人口普查公报（第二号）— resident population on 2020-11-01 by city (市州). Entered from the
-- bulletin's table; the 21 figures add up to the province's published 83,674,866. Counties and townships are
-- entered by administrators (PUT /api/v1/workforce/population/{code}).
INSERT INTO workforce_population (region_code, residents, year, source) VALUES
 ('510000000000', 83674866, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510100000000', 20937757, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510300000000', 2489256, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510400000000', 1212203, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510500000000', 4254149, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510600000000', 3456161, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510700000000', 4868243, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510800000000', 2305657, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('510900000000', 2814196, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511000000000', 3140678, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511100000000', 3160168, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511300000000', 5607565, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511400000000', 2955219, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511500000000', 4588804, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511600000000', 3254883, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511700000000', 5385422, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511800000000', 1434603, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('511900000000', 2712894, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('512000000000', 2308631, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('513200000000', 822587, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('513300000000', 1107431, 2020, '四川省第七次全国人口普查公报（第二号）'),
 ('513400000000', 4858359, 2020, '四川省第七次全国人口普查公报（第二号）');
