-- petition permissions (decision 0005): typed steps on the timeline, the staff assigned to a case, the registering
-- organ's region, and accused persons told apart from recusals.

-- 1. The timeline names its step with the PetitionStep enum. Old rows keep their action word (the timeline is
--    append-only); the step is derived once here, with the trigger lifted for this backfill only.
ALTER TABLE petition_timeline ADD COLUMN step TEXT;
ALTER TABLE petition_timeline ALTER COLUMN action DROP NOT NULL;
ALTER TABLE petition_timeline DISABLE TRIGGER petition_timeline_no_update;
UPDATE petition_timeline SET step = CASE action
    WHEN 'registered' THEN 'REGISTER'
    WHEN 'classified' THEN 'CLASSIFY'
    WHEN 'opinionForwarded' THEN 'FORWARD_OPINION'
    WHEN 'channelled' THEN 'CHANNEL'
    WHEN 'transferred' THEN 'TRANSFER'
    WHEN 'assigned' THEN 'TRANSFER'
    WHEN 'objected' THEN 'OBJECT'
    WHEN 'objectionAgreed' THEN 'AGREE_OBJECTION'
    WHEN 'objectionRefused' THEN 'REFUSE_OBJECTION'
    WHEN 'accepted' THEN 'ACCEPT'
    WHEN 'declined' THEN 'DECLINE'
    WHEN 'extensionRequested' THEN 'REQUEST_EXTENSION'
    WHEN 'extensionApproved' THEN 'APPROVE_EXTENSION'
    WHEN 'settled' THEN 'SETTLE'
    WHEN 'decided' THEN 'DECIDE'
    WHEN 'executed' THEN 'RECORD_EXECUTION'
    WHEN 'reviewRequested' THEN 'REVIEW_REQUEST'
    WHEN 'reviewDecided' THEN 'DECIDE_REVIEW'
    WHEN 'reReviewRequested' THEN 'RE_REVIEW_REQUEST'
    WHEN 'hearing' THEN 'RECORD_HEARING'
    WHEN 'reReviewDecided' THEN 'DECIDE_RE_REVIEW'
    WHEN 'recused' THEN 'RECUSE'
    WHEN 'accusedPersonNamed' THEN 'NAME_ACCUSED'
    WHEN 'assigneeSet' THEN 'ASSIGN'
    WHEN 'flaggedMajor' THEN 'MARK_MAJOR'
    WHEN 'supervised' THEN 'SUPERVISE'
    WHEN 'attached' THEN 'ATTACH'
    WHEN 'rated' THEN 'RATE'
    WHEN 'document' THEN 'ISSUE_DOCUMENT'
    WHEN 'repeatWarning' THEN 'NOTE_REPEAT'
  END;
ALTER TABLE petition_timeline ENABLE TRIGGER petition_timeline_no_update;
ALTER TABLE petition_timeline ALTER COLUMN step SET NOT NULL;

-- 2. 信访工作条例 §30 ¶3, §46: a staff member named in a 检举控告 is kept away like a recusal, but is told apart.
ALTER TABLE petition_recusal ADD COLUMN accused BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE petition_recusal SET accused = TRUE WHERE reason = '被检举控告人';

-- 3. The region of the registering organ: until the accused are named, a 检举控告 is the petition office's there.
ALTER TABLE petition ADD COLUMN receiving_region_code TEXT;
UPDATE petition p SET receiving_region_code = coalesce(
    (SELECT u.region_code FROM identity_unit u WHERE u.id = p.receiving_unit_id), p.region_code);
ALTER TABLE petition ALTER COLUMN receiving_region_code SET NOT NULL;

-- 4. The staff assigned to a case, each in one of the case's units (registering, handling, review, re-review):
--    besides the petition office they alone see the case.
CREATE TABLE petition_assignee (
  petition_id BIGINT NOT NULL REFERENCES petition (id),
  account_id  BIGINT NOT NULL,
  username    TEXT NOT NULL,
  unit_id     BIGINT NOT NULL,
  assigned_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (petition_id, account_id)
);
CREATE INDEX petition_assignee_account_idx ON petition_assignee (account_id);
INSERT INTO petition_assignee (petition_id, account_id, username, unit_id, assigned_at)
SELECT p.id, a.id, a.username, a.unit_id, now()
FROM petition p JOIN identity_account a ON a.id = p.assignee_account_id;
