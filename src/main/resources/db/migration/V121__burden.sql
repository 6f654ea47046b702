-- 为基层减负赋能: community work admission applications (准入申请), the certificate catalogue (证明事项清单)
-- and issued certificates, office plaques (挂牌) and clean-up campaigns, data forms pushed down the levels
-- (上下贯通, 一表通) with versioned submissions, and townships' assessment of county departments.

-- 村（社区）工作事项准入 (居委会组织法 §20): a department applies, the county body decides.
CREATE TABLE burden_application (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_code      TEXT NOT NULL CHECK (county_code ~ '^[0-9]{6}000000$'),
  applicant_unit_id BIGINT NOT NULL,
  applicant_name   TEXT NOT NULL,
  item_code        TEXT NOT NULL,
  title            TEXT NOT NULL,
  work_type        TEXT NOT NULL CHECK (work_type IN ('LAWFUL_DUTY', 'LAWFUL_ASSIST')),
  legal_basis      TEXT NOT NULL CHECK (length(legal_basis) > 0),
  frequency        TEXT NOT NULL,
  funding          TEXT NOT NULL,
  forms_involved   TEXT NOT NULL,
  submitted_on     DATE NOT NULL,
  starts_on        DATE NOT NULL,
  ends_on          DATE,
  decide_by        DATE NOT NULL,
  deadline_note    TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('PENDING', 'ADMITTED', 'REFUSED')),
  reason           TEXT,
  decided_by       TEXT,
  decided_at       TIMESTAMPTZ,
  villages         INT NOT NULL DEFAULT 0,
  version          INT NOT NULL DEFAULT 0,
  created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX burden_application_county_idx ON burden_application (county_code, status);
CREATE INDEX burden_application_unit_idx ON burden_application (applicant_unit_id);

-- The province catalogue of certificates (民政部等六部门 2020 指导意见 and 取消证明事项清单).
CREATE TABLE burden_certificate (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  province_code TEXT NOT NULL DEFAULT '510000000000',
  name          TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  banned        BOOLEAN NOT NULL,
  lawful_route  TEXT NOT NULL,
  lawful_route_en TEXT NOT NULL,
  basis         TEXT NOT NULL,
  sort_order    INT NOT NULL,
  UNIQUE (province_code, name)
);

CREATE TABLE burden_certificate_issued (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code   TEXT NOT NULL CHECK (village_code ~ '^[0-9]{12}$'),
  certificate_id BIGINT NOT NULL REFERENCES burden_certificate (id),
  purpose        TEXT NOT NULL,
  issued_on      DATE NOT NULL,
  issued_by      TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX burden_certificate_issued_village_idx ON burden_certificate_issued (village_code text_pattern_ops);

-- 挂牌 (厅字〔2022〕28号): the province standard list, and every plaque hung at a village office.
CREATE TABLE burden_plaque_standard (
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  position  TEXT NOT NULL CHECK (position IN ('OUTSIDE', 'INSIDE')),
  title     TEXT NOT NULL,
  UNIQUE (position, title)
);
INSERT INTO burden_plaque_standard (position, title) VALUES
  ('OUTSIDE', '村（社区）党组织'), ('OUTSIDE', '村（居）民委员会'), ('OUTSIDE', '村（社区）党群服务中心'), ('OUTSIDE', '民兵连'),
  ('INSIDE', '新时代文明实践站'), ('INSIDE', '综治中心（网格化服务管理站）'), ('INSIDE', '村（社区）务监督委员会'), ('INSIDE', '便民服务站');

CREATE TABLE burden_campaign (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  title       TEXT NOT NULL,
  starts_on   DATE NOT NULL,
  ends_on     DATE NOT NULL CHECK (ends_on >= starts_on),
  created_by  TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE burden_plaque (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code   TEXT NOT NULL CHECK (village_code ~ '^[0-9]{12}$' AND village_code !~ '000$'),
  position       TEXT NOT NULL CHECK (position IN ('OUTSIDE', 'INSIDE')),
  title          TEXT NOT NULL,
  issuing_body   TEXT NOT NULL,
  standard_id    BIGINT REFERENCES burden_plaque_standard (id),
  photo          BYTEA,
  photo_type     TEXT,
  hung_by        TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  campaign_id    BIGINT REFERENCES burden_campaign (id),
  removed_on     DATE,
  removal_photo  BYTEA,
  removal_photo_type TEXT,
  removed_by     TEXT,
  version        INT NOT NULL DEFAULT 0
);
CREATE INDEX burden_plaque_village_idx ON burden_plaque (village_code text_pattern_ops);

-- 上下贯通: a form defined by a higher level, aimed at lower units.
CREATE TABLE burden_form (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_unit_id   BIGINT NOT NULL,
  owner_name      TEXT NOT NULL,
  owner_region    TEXT NOT NULL CHECK (owner_region ~ '^[0-9]{12}$'),
  title           TEXT NOT NULL,
  period          TEXT NOT NULL,
  target_root     TEXT NOT NULL CHECK (target_root ~ '^[0-9]{12}$'),
  target_level    TEXT NOT NULL CHECK (target_level IN ('TOWNSHIP', 'VILLAGE')),
  item_code       TEXT,
  opens_on        DATE NOT NULL,
  deadline        DATE NOT NULL,
  closes_on       DATE NOT NULL CHECK (closes_on >= deadline),
  minutes_per_field INT NOT NULL DEFAULT 3,
  status          TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
  targets         INT NOT NULL DEFAULT 0,
  reminded_on     DATE,
  overdue_noticed BOOLEAN NOT NULL DEFAULT FALSE,
  version         INT NOT NULL DEFAULT 0,
  created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX burden_form_owner_idx ON burden_form (owner_region text_pattern_ops);

CREATE TABLE burden_form_field (
  form_id     BIGINT NOT NULL REFERENCES burden_form (id) ON DELETE CASCADE,
  position    INT NOT NULL,
  key         TEXT NOT NULL,
  label       TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('INTEGER', 'DECIMAL', 'TEXT', 'DATE', 'CHOICE')),
  required    BOOLEAN NOT NULL,
  min_value   NUMERIC,
  max_value   NUMERIC,
  max_length  INT,
  choices     TEXT,
  prefill     TEXT,
  PRIMARY KEY (form_id, position),
  UNIQUE (form_id, key)
);

-- One row per target unit: where it stands, which submission version is current.
CREATE TABLE burden_form_target (
  form_id        BIGINT NOT NULL REFERENCES burden_form (id) ON DELETE CASCADE,
  region_code    TEXT NOT NULL CHECK (region_code ~ '^[0-9]{12}$'),
  status         TEXT NOT NULL CHECK (status IN ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
  current_version INT NOT NULL DEFAULT 0,
  submitted_at   TIMESTAMPTZ,
  comment        TEXT,
  prefilled      INT NOT NULL DEFAULT 0,
  PRIMARY KEY (form_id, region_code)
);
CREATE INDEX burden_form_target_region_idx ON burden_form_target (region_code text_pattern_ops, status);

CREATE TABLE burden_submission (
  form_id      BIGINT NOT NULL,
  region_code  TEXT NOT NULL,
  version      INT NOT NULL,
  submitted_by TEXT NOT NULL,
  submitted_at TIMESTAMPTZ NOT NULL,
  channel      TEXT NOT NULL CHECK (channel IN ('WEB', 'EXCEL', 'API')),
  returned_comment TEXT,
  PRIMARY KEY (form_id, region_code, version),
  FOREIGN KEY (form_id, region_code) REFERENCES burden_form_target (form_id, region_code) ON DELETE CASCADE
);

-- Values of every submission version; "current" marks the version in force, so the aggregate is one scan.
CREATE TABLE burden_value (
  form_id     BIGINT NOT NULL,
  region_code TEXT NOT NULL,
  version     INT NOT NULL,
  position    INT NOT NULL,
  num_value   NUMERIC,
  text_value  TEXT,
  prefilled   BOOLEAN NOT NULL DEFAULT FALSE,
  current     BOOLEAN NOT NULL,
  PRIMARY KEY (form_id, region_code, version, position),
  FOREIGN KEY (form_id, region_code, version) REFERENCES burden_submission (form_id, region_code, version) ON DELETE CASCADE
);
CREATE INDEX burden_value_current_idx ON burden_value (form_id, position, region_code) INCLUDE (num_value) WHERE current;

-- 乡镇（街道）对县级职能部门的评价 (townships assess departments): one rating per township, department and month.
CREATE TABLE burden_rating (
  township_code TEXT NOT NULL CHECK (township_code ~ '^[0-9]{9}000$'),
  department_id BIGINT NOT NULL,
  month         DATE NOT NULL,
  rating        INT NOT NULL CHECK (rating BETWEEN 1 AND 5),
  note          TEXT NOT NULL DEFAULT '',
  rated_by      TEXT NOT NULL,
  rated_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (township_code, department_id, month)
);

-- The 20 certificates villages/communities may not issue: 民政部、中央组织部、公安部、司法部、人力资源社会保障部、
-- 国家卫生健康委《关于改进和规范基层群众性自治组织出具证明工作的指导意见》(民发〔2020〕40号) and its 附件
-- 《基层群众性自治组织不应出具证明事项清单（第一批）》, each with the lawful route instead. Provinces extend the list.
INSERT INTO burden_certificate (name, name_en, banned, lawful_route, lawful_route_en, basis, sort_order) VALUES
 ('亲属关系证明', 'Kinship', TRUE, '凭户口簿、结婚证、出生医学证明等证明亲属关系；户籍档案可查的由公安机关户籍部门出具，确需证明的可申请公证', 'Household register, marriage certificate or birth medical certificate; the police household registry where its records show it; otherwise a notary', '民发〔2020〕40号 附件第1项', 1),
 ('居民身份信息证明', 'Resident identity information', TRUE, '凭居民身份证、户口簿；信息有误或需核实的由公安机关户籍部门核查出具', 'Resident identity card and household register; the police household registry verifies or corrects', '民发〔2020〕40号 附件第2项', 2),
 ('户口登记项目变更更正申请证明', 'Change or correction of household registration items', TRUE, '由公安机关依据户籍档案、出生医学证明、学籍档案等原始材料核实办理', 'The police verify against household files, birth medical certificates, school records and other original records', '民发〔2020〕40号 附件第3项；户口登记条例', 3),
 ('养犬证明', 'Dog keeping', TRUE, '向公安机关或当地养犬管理部门申请养犬登记', 'Register the dog with the police or the local dog management authority', '民发〔2020〕40号 附件第4项；动物防疫法§30', 4),
 ('无犯罪记录证明', 'No criminal record', TRUE, '向公安机关申请开具无犯罪记录证明（公安机关办理犯罪记录查询工作规定）', 'Apply to the police for a criminal record check (公安机关办理犯罪记录查询工作规定)', '民发〔2020〕40号 附件第5项', 5),
 ('戒毒康复情况证明', 'Drug rehabilitation status', TRUE, '由公安机关、司法行政部门戒毒机构或社区戒毒社区康复工作机构依职责出具', 'The police, the justice administration''s rehabilitation centre or the community rehabilitation body, as responsible', '民发〔2020〕40号 附件第6项；禁毒法', 6),
 ('人员失踪证明', 'Missing person', TRUE, '向公安机关报案取得报案回执；宣告失踪由利害关系人向人民法院申请', 'Report to the police and obtain the receipt; a declaration of disappearance is made by a people''s court on application', '民发〔2020〕40号 附件第7项；民法典§40', 7),
 ('婚姻状况证明', 'Marital status', TRUE, '凭结婚证、离婚证或离婚判决书；婚姻登记机关可查询婚姻登记档案；其他情形个人书面承诺', 'Marriage or divorce certificate or judgment; the marriage registry searches its files; otherwise a written personal declaration', '民发〔2020〕40号 附件第8项；婚姻登记条例', 8),
 ('出生证明', 'Birth', TRUE, '由助产医疗机构出具《出生医学证明》', 'The delivering hospital issues the Birth Medical Certificate (出生医学证明)', '民发〔2020〕40号 附件第9项；母婴保健法§23', 9),
 ('健在证明', 'Being alive', TRUE, '本人到场或通过人脸识别等方式进行待遇资格认证，不需开具证明', 'The person appears in person or is verified by face recognition for benefits; no certificate is needed', '民发〔2020〕40号 附件第10项', 10),
 ('死亡证明', 'Death', TRUE, '医疗机构出具《居民死亡医学证明（推断）书》；非正常死亡由公安机关出具；宣告死亡由人民法院判决', 'A medical institution issues the death medical certificate; the police for an unnatural death; a people''s court declares death', '民发〔2020〕40号 附件第11项；民法典§46', 11),
 ('疾病状况证明', 'Illness', TRUE, '由医疗机构出具诊断证明、病历等', 'A medical institution issues the diagnosis or records', '民发〔2020〕40号 附件第12项', 12),
 ('残疾状况证明', 'Disability', TRUE, '凭中华人民共和国残疾人证；评定由残联指定的医疗机构进行', 'The national disability card; assessment by a medical institution designated by the disabled persons'' federation', '民发〔2020〕40号 附件第13项；残疾人保障法', 13),
 ('婚育状况证明', 'Marriage and childbearing status', TRUE, '凭结婚证、出生医学证明或个人书面承诺；卫生健康部门可依职责核查', 'Marriage certificate, birth medical certificate or a written personal declaration; the health authority checks as responsible', '民发〔2020〕40号 附件第14项', 14),
 ('就业状况证明', 'Employment status', TRUE, '由人力资源社会保障部门依就业失业登记信息出具或查询', 'The human resources and social security authority issues or checks from employment/unemployment registration', '民发〔2020〕40号 附件第15项；就业促进法', 15),
 ('个人档案证明', 'Personal file', TRUE, '由保管人事档案的单位或公共就业人才服务机构出具', 'The body keeping the personnel file or the public employment and talent service', '民发〔2020〕40号 附件第16项', 16),
 ('财产证明', 'Property', TRUE, '不动产由不动产登记机构查询出具，存款由金融机构出具，车辆由公安交通管理部门出具', 'Real estate: the real estate registry; deposits: the bank; vehicles: the traffic police', '民发〔2020〕40号 附件第17项', 17),
 ('遗产继承权证明', 'Right of inheritance', TRUE, '由公证机构办理继承公证，或通过人民法院诉讼确认', 'A notary''s inheritance notarization, or a people''s court', '民发〔2020〕40号 附件第18项；民法典继承编', 18),
 ('市场主体住所（经营场所）证明', 'Business premises of a market entity', TRUE, '申请人提交住所（经营场所）使用证明或承诺，由市场监督管理部门依法登记', 'The applicant submits proof of use of the premises or a declaration; the market regulator registers', '民发〔2020〕40号 附件第19项；市场主体登记管理条例', 19),
 ('证件遗失证明', 'Loss of a document', TRUE, '向原发证机关申请补领，遗失声明由本人作出', 'Apply to the issuing authority for a replacement; the holder declares the loss', '民发〔2020〕40号 附件第20项', 20);
