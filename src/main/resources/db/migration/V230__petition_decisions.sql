-- petition (decision 0007): the three written decisions (信访工作条例 §32 信访处理意见书, §35 复查意见, §36 复核意见)
-- were kept as one text each, their parts joined by U+001F, and counted with `decision LIKE 'UPHOLD%'`. They become
-- rows of one child table, one column per part, so that a statistic asks for the outcome by its column.
CREATE TABLE petition_decision (
  petition_id  BIGINT NOT NULL REFERENCES petition (id),
  stage        TEXT NOT NULL CHECK (stage IN ('HANDLING', 'REVIEW', 'RE_REVIEW')),
  outcome      TEXT NOT NULL CHECK (outcome IN ('UPHOLD', 'EXPLAIN', 'REJECT')),
  facts        TEXT NOT NULL CHECK (char_length(facts) BETWEEN 1 AND 5000),
  reasons      TEXT NOT NULL CHECK (char_length(reasons) BETWEEN 1 AND 5000),
  legal_basis  TEXT NOT NULL CHECK (char_length(legal_basis) BETWEEN 1 AND 2000),
  decided_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (petition_id, stage)
);
-- 信访工作条例 §32: upheld decisions are supervised until executed (the statistics count those not yet executed)
CREATE INDEX petition_decision_upheld_idx ON petition_decision (petition_id) WHERE stage = 'HANDLING' AND outcome = 'UPHOLD';

-- the stored texts: outcome, facts, reasons, legal basis, decided at (an ISO-8601 instant), joined by chr(31)
INSERT INTO petition_decision (petition_id, stage, outcome, facts, reasons, legal_basis, decided_at)
SELECT p.id, d.stage, split_part(d.text, chr(31), 1), split_part(d.text, chr(31), 2), split_part(d.text, chr(31), 3),
       split_part(d.text, chr(31), 4), split_part(d.text, chr(31), 5)::timestamptz
FROM petition p
CROSS JOIN LATERAL (VALUES ('HANDLING', p.decision), ('REVIEW', p.review_decision), ('RE_REVIEW', p.re_review_decision))
  AS d (stage, text)
WHERE d.text IS NOT NULL;

ALTER TABLE petition DROP COLUMN decision, DROP COLUMN review_decision, DROP COLUMN re_review_decision;
