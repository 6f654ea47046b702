-- duty: the category catalogue (派单目录的分类), township duty lists (乡镇（街道）履行职责事项清单) with
-- numbered, immutable published versions, and village/community admitted work lists (工作事项准入).

CREATE TABLE duty_category (
  code        TEXT PRIMARY KEY CHECK (code ~ '^[A-Z]{2}(-[0-9]{2})?$'),
  parent_code TEXT REFERENCES duty_category (code),
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  active      BOOLEAN NOT NULL DEFAULT TRUE,
  sort_order  INT NOT NULL DEFAULT 0,
  version     INT NOT NULL DEFAULT 0,
  -- two levels only: a field has no parent and a two-letter code; a category belongs to a field
  CHECK ((parent_code IS NULL AND code ~ '^[A-Z]{2}$') OR (parent_code IS NOT NULL AND code ~ ('^' || parent_code || '-[0-9]{2}$')))
);
CREATE INDEX duty_category_parent_idx ON duty_category (parent_code);

-- One version of one township's list. A draft has a number too (the next one) but no effective date.
CREATE TABLE duty_list (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  township_code  TEXT NOT NULL CHECK (township_code ~ '^[0-9]{9}000$'),
  number         INT NOT NULL CHECK (number > 0),
  status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
  effective_from DATE,
  published_at   TIMESTAMPTZ,
  published_by   TEXT,
  version        INT NOT NULL DEFAULT 0,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (township_code, number),
  CHECK (status = 'DRAFT' OR effective_from IS NOT NULL)
);
CREATE UNIQUE INDEX duty_list_one_draft_idx ON duty_list (township_code) WHERE status = 'DRAFT';
CREATE INDEX duty_list_in_force_idx ON duty_list (township_code, effective_from) WHERE status = 'PUBLISHED';

CREATE TABLE duty_list_item (
  list_id        BIGINT NOT NULL REFERENCES duty_list (id) ON DELETE CASCADE,
  code           TEXT NOT NULL,
  name           TEXT NOT NULL,
  type           TEXT NOT NULL CHECK (type IN ('BASIC', 'ASSISTING', 'WITHDRAWN')),
  category_codes TEXT NOT NULL,  -- comma-separated category codes
  lead_unit_id   BIGINT,
  position       INT NOT NULL,
  PRIMARY KEY (list_id, code),
  CHECK (type = 'BASIC' OR lead_unit_id IS NOT NULL)
);

-- Published versions are immutable: the list in force on any past date must stay reproducible.
CREATE FUNCTION duty_list_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'duty_list' THEN
    IF OLD.status = 'PUBLISHED' THEN
      RAISE EXCEPTION 'published duty list % is immutable', OLD.id;
    END IF;
  ELSIF EXISTS (SELECT 1 FROM duty_list WHERE id = OLD.list_id AND status = 'PUBLISHED') THEN
    RAISE EXCEPTION 'items of published duty list % are immutable', OLD.list_id;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER duty_list_frozen BEFORE UPDATE OR DELETE ON duty_list FOR EACH ROW EXECUTE FUNCTION duty_list_frozen();
CREATE TRIGGER duty_list_item_frozen BEFORE UPDATE OR DELETE ON duty_list_item FOR EACH ROW EXECUTE FUNCTION duty_list_frozen();

-- 村（社区）工作事项准入 (居委会组织法 §20): each item is valid from effective_from until (excluding) effective_to.
CREATE TABLE duty_village_item (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code   TEXT NOT NULL CHECK (village_code ~ '^[0-9]{12}$' AND village_code !~ '000$'),
  code           TEXT NOT NULL,
  name           TEXT NOT NULL,
  type           TEXT NOT NULL CHECK (type IN ('LAWFUL_DUTY', 'LAWFUL_ASSIST', 'NEGATIVE')),
  category_codes TEXT NOT NULL,
  effective_from DATE NOT NULL,
  effective_to   DATE,
  created_by     TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX duty_village_item_village_idx ON duty_village_item (village_code);

-- Default catalogue: 12 fields, 2–4 categories each (administrators may rename, deactivate and add).
INSERT INTO duty_category (code, parent_code, name_zh, name_en, sort_order) VALUES
  ('CJ', NULL, '城乡建设/市政设施', 'Urban construction / municipal facilities', 10),
  ('CJ-01', 'CJ', '道路破损', 'Damaged roads', 1),
  ('CJ-02', 'CJ', '路灯', 'Street lights', 2),
  ('CJ-03', 'CJ', '井盖', 'Manhole covers', 3),
  ('CJ-04', 'CJ', '排水', 'Drainage', 4),
  ('HJ', NULL, '生态环境', 'Ecology and environment', 20),
  ('HJ-01', 'HJ', '噪声扰民', 'Noise nuisance', 1),
  ('HJ-02', 'HJ', '大气污染', 'Air pollution', 2),
  ('HJ-03', 'HJ', '水污染', 'Water pollution', 3),
  ('SC', NULL, '市场监管/消费维权', 'Market regulation / consumer rights', 30),
  ('SC-01', 'SC', '消费纠纷', 'Consumer disputes', 1),
  ('SC-02', 'SC', '食品安全', 'Food safety', 2),
  ('SC-03', 'SC', '价格', 'Prices', 3),
  ('SB', NULL, '社会保障/养老', 'Social security / elderly care', 40),
  ('SB-01', 'SB', '社保缴纳', 'Social insurance contributions', 1),
  ('SB-02', 'SB', '养老服务', 'Elderly care services', 2),
  ('SB-03', 'SB', '医保', 'Medical insurance', 3),
  ('ZF', NULL, '住房/物业', 'Housing / property management', 50),
  ('ZF-01', 'ZF', '物业服务', 'Property management services', 1),
  ('ZF-02', 'ZF', '房屋质量', 'Building quality', 2),
  ('ZF-03', 'ZF', '租赁', 'Renting', 3),
  ('JT', NULL, '交通运输', 'Transport', 60),
  ('JT-01', 'JT', '公交', 'Public buses', 1),
  ('JT-02', 'JT', '出租车/网约车', 'Taxis / ride-hailing', 2),
  ('JT-03', 'JT', '交通设施', 'Traffic facilities', 3),
  ('JY', NULL, '教育', 'Education', 70),
  ('JY-01', 'JY', '入学', 'School admission', 1),
  ('JY-02', 'JY', '校外培训', 'Off-campus tutoring', 2),
  ('JY-03', 'JY', '校园安全', 'Campus safety', 3),
  ('WS', NULL, '卫生健康', 'Health', 80),
  ('WS-01', 'WS', '医疗服务', 'Medical services', 1),
  ('WS-02', 'WS', '疫苗接种', 'Vaccination', 2),
  ('WS-03', 'WS', '公共卫生', 'Public health', 3),
  ('ZA', NULL, '治安/消防隐患', 'Public order / fire hazards', 90),
  ('ZA-01', 'ZA', '消防通道', 'Fire lanes', 1),
  ('ZA-02', 'ZA', '安全隐患', 'Safety hazards', 2),
  ('ZA-03', 'ZA', '邻里纠纷', 'Neighbour disputes', 3),
  ('MZ', NULL, '民政/救助', 'Civil affairs / assistance', 100),
  ('MZ-01', 'MZ', '低保', 'Minimum living allowance', 1),
  ('MZ-02', 'MZ', '临时救助', 'Temporary assistance', 2),
  ('MZ-03', 'MZ', '残疾人服务', 'Services for people with disabilities', 3),
  ('LD', NULL, '劳动/欠薪', 'Labour / unpaid wages', 110),
  ('LD-01', 'LD', '拖欠工资', 'Unpaid wages', 1),
  ('LD-02', 'LD', '劳动合同', 'Labour contracts', 2),
  ('NY', NULL, '农业农村', 'Agriculture and rural affairs', 120),
  ('NY-01', 'NY', '农村道路', 'Rural roads', 1),
  ('NY-02', 'NY', '农业补贴', 'Farm subsidies', 2),
  ('NY-03', 'NY', '宅基地', 'Rural housing land', 3);
