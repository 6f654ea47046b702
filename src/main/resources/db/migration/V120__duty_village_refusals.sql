-- Work, forms and certificate requests refused at a village's door because they cite no admitted item
-- (居委会组织法 §20; 村（社区）工作事项准入): counted for the burden dashboard.
CREATE TABLE duty_village_refusal (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code  TEXT NOT NULL CHECK (village_code ~ '^[0-9]{12}$'),
  item_code     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  requester     TEXT NOT NULL,
  what          TEXT NOT NULL,
  refused_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX duty_village_refusal_village_idx ON duty_village_refusal (village_code text_pattern_ops, refused_at);
