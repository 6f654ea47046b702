-- demand (issue 9): the timeline stores each step by its DemandStep name (plus the outcome where one step has
-- several), so the events derived from it cannot silently stop when a step is renamed; who submitted each demand
-- (an account's username, or open311:<partner>) for Open311 partners and for Idempotency-Keys, which are now the
-- sender's own; the categories whose requests every Open311 partner may read (coarsened, without personal data).

ALTER TABLE demand_timeline ADD COLUMN variant TEXT;

-- the timeline is append-only; this one-time rename of its vocabulary is the only update it ever gets
ALTER TABLE demand_timeline DISABLE TRIGGER demand_timeline_no_update;
UPDATE demand_timeline SET
  variant = CASE
    WHEN action = 'designated' THEN 'DESIGNATED'
    WHEN action = 'coHandlerReplied' THEN 'CO_HANDLER'
    WHEN action LIKE 'excluded:%' THEN substr(action, 10)
    WHEN action = 'callBackNotReached' THEN 'NOT_REACHED'
    WHEN action = 'ratedOnline' THEN 'ONLINE'
    WHEN action = 'reopened' THEN 'APPROVED'
    WHEN action = 'reopenRejected' THEN 'REJECTED'
    WHEN action = 'mergedChild' THEN 'PARENT'
  END,
  action = CASE
    WHEN action = 'received' THEN 'SUBMIT'
    WHEN action = 'answeredOnSpot' THEN 'ANSWER_ON_SPOT'
    WHEN action IN ('dispatched', 'designated') THEN 'DISPATCH'
    WHEN action = 'accepted' THEN 'ACCEPT'
    WHEN action = 'returned' THEN 'RETURN'
    WHEN action = 'returnUpheld' THEN 'UPHOLD_RETURN'
    WHEN action = 'returnRefused' THEN 'REFUSE_RETURN'
    WHEN action = 'extensionRequested' THEN 'REQUEST_EXTENSION'
    WHEN action = 'extensionApproved' THEN 'APPROVE_EXTENSION'
    WHEN action = 'extensionRejected' THEN 'REJECT_EXTENSION'
    WHEN action = 'supervised' THEN 'SUPERVISE'
    WHEN action IN ('replied', 'coHandlerReplied') THEN 'REPLY'
    WHEN action = 'whistleBlown' THEN 'WHISTLE'
    WHEN action = 'reportedIn' THEN 'REPORT_IN'
    WHEN action = 'closed' THEN 'CLOSE'
    WHEN action LIKE 'excluded:%' THEN 'EXCLUDE'
    WHEN action IN ('callBackNotReached', 'calledBack', 'ratedOnline') THEN 'CALL_BACK'
    WHEN action IN ('reopened', 'reopenRejected') THEN 'DECIDE_REOPEN'
    WHEN action IN ('mergedInto', 'mergedChild') THEN 'MERGE'
    ELSE action
  END;
ALTER TABLE demand_timeline ENABLE TRIGGER demand_timeline_no_update;

ALTER TABLE demand ADD COLUMN submitted_by TEXT;
UPDATE demand d SET submitted_by = t.actor FROM demand_timeline t WHERE t.demand_id = d.id AND t.seq = 0;
CREATE INDEX demand_partner_idx ON demand (submitted_by, received_at) WHERE channel = 'PARTNER';

-- an Idempotency-Key belongs to the account (or Open311 partner) that sent it
ALTER TABLE demand_idempotency ADD COLUMN owner TEXT;
UPDATE demand_idempotency k SET owner = coalesce(d.submitted_by, '') FROM demand d WHERE d.id = k.demand_id;
ALTER TABLE demand_idempotency ALTER COLUMN owner SET NOT NULL;
ALTER TABLE demand_idempotency DROP CONSTRAINT demand_idempotency_pkey;
ALTER TABLE demand_idempotency ADD PRIMARY KEY (owner, idem_key);

CREATE TABLE demand_open311_category (
  category_code TEXT PRIMARY KEY,
  public        BOOLEAN NOT NULL,
  changed_by    TEXT NOT NULL,
  changed_at    TIMESTAMPTZ NOT NULL
);
