-- 重点群体关爱服务 (DOMAIN §8): priority groups, registered people with a visit plan, visits logged on a phone,
-- needs found on visits and where they went (a demand, a volunteer task, a dispute), overdue notices and escalation.

CREATE TABLE care_group (
  code        varchar(40) PRIMARY KEY,
  name_zh     varchar(60) NOT NULL,
  name_en     varchar(80) NOT NULL,
  -- default days between visits at normal risk
  visit_days  int NOT NULL CHECK (visit_days BETWEEN 1 AND 365),
  -- children's groups: the person's name is masked and notes sealed for everyone without a need to know
  sensitive   boolean NOT NULL,
  builtin     boolean NOT NULL DEFAULT false,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO care_group (code, name_zh, name_en, visit_days, sensitive, builtin) VALUES
  ('ELDERLY_ALONE',     '独居老人',   'Elderly living alone',       7,  false, true),
  ('LEFT_BEHIND_CHILD', '留守儿童',   'Left-behind child',          30, true,  true),
  ('VULNERABLE_CHILD',  '困境儿童',   'Child in difficulty',        14, true,  true),
  ('DISABLED',          '残疾人',     'Person with a disability',   30, false, true),
  ('LOW_INCOME',        '低收入家庭', 'Low-income household',       90, false, true);

CREATE TABLE care_person (
  id                  bigserial PRIMARY KEY,
  name                varchar(40) NOT NULL,
  group_code          varchar(40) NOT NULL REFERENCES care_group (code),
  risk                varchar(8) NOT NULL,
  resident_id_cipher  bytea NOT NULL,
  resident_id_index   varchar(64) NOT NULL UNIQUE,
  resident_id_masked  varchar(24) NOT NULL,
  birth_year          int NOT NULL,
  phone_cipher        bytea,
  phone_index         varchar(64),
  phone_masked        varchar(16),
  address_cipher      bytea,
  address_masked      varchar(40),
  -- health notes, a child's circumstances and guardian: sealed, revealed only to those who need them (audited)
  notes_cipher        bytea,
  village_code        varchar(12) NOT NULL,
  township_code       varchar(12) NOT NULL,
  -- the grid (15 digits): the row's place for scope
  region_code         varchar(15) NOT NULL,
  visitor_kind        varchar(16),
  visitor_account_id  bigint,
  visitor_username    varchar(100),
  visitor_name        varchar(40),
  visitor_number      varchar(40),
  responsible_unit_id bigint NOT NULL,
  visit_days          int NOT NULL,
  last_visit_at       timestamptz,
  next_due_at         timestamptz NOT NULL,
  notified_at         timestamptz,
  escalated_at        timestamptz,
  active              boolean NOT NULL DEFAULT true,
  created_by          varchar(100) NOT NULL,
  created_at          timestamptz NOT NULL,
  version             int NOT NULL DEFAULT 0
);
CREATE INDEX care_person_region ON care_person (region_code text_pattern_ops);
CREATE INDEX care_person_due ON care_person (next_due_at, region_code) WHERE active;
CREATE INDEX care_person_phone ON care_person (phone_index) WHERE phone_index IS NOT NULL;
CREATE INDEX care_person_visitor ON care_person (visitor_account_id) WHERE visitor_account_id IS NOT NULL;

CREATE TABLE care_visit (
  id            bigserial PRIMARY KEY,
  person_id     bigint NOT NULL REFERENCES care_person (id),
  region_code   varchar(15) NOT NULL,
  visited_at    timestamptz NOT NULL,
  place         varchar(200) NOT NULL,
  seen          varchar(2000) NOT NULL,
  needs         varchar(1000) NOT NULL DEFAULT '',
  visitor_name  varchar(40) NOT NULL,
  logged_by     varchar(100) NOT NULL,
  due_at        timestamptz,
  on_time       boolean NOT NULL,
  photo         bytea,
  photo_type    varchar(20),
  created_at    timestamptz NOT NULL
);
CREATE INDEX care_visit_person ON care_visit (person_id, visited_at DESC);
CREATE INDEX care_visit_region_time ON care_visit (region_code text_pattern_ops, visited_at);
CREATE INDEX care_visit_time ON care_visit (visited_at);

CREATE TABLE care_need (
  id               bigserial PRIMARY KEY,
  person_id        bigint NOT NULL REFERENCES care_person (id),
  visit_id         bigint REFERENCES care_visit (id),
  region_code      varchar(15) NOT NULL,
  description      varchar(1000) NOT NULL,
  -- null until referred (DEMAND, VOLUNTEER_TASK, DISPUTE); status OPEN → REFERRED → DONE (the referral came back settled)
  kind             varchar(16),
  status           varchar(12) NOT NULL,
  demand_id        bigint,
  demand_code      varchar(40),
  activity_id      bigint,
  dispute_ref      varchar(60),
  outcome          varchar(1000),
  referred_by      varchar(100),
  referred_at      timestamptz,
  done_at          timestamptz,
  created_by       varchar(100) NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX care_need_person ON care_need (person_id);
CREATE INDEX care_need_region_open ON care_need (region_code text_pattern_ops) WHERE status <> 'DONE';
CREATE UNIQUE INDEX care_need_demand ON care_need (demand_id) WHERE demand_id IS NOT NULL;
CREATE UNIQUE INDEX care_need_activity ON care_need (activity_id) WHERE activity_id IS NOT NULL;
