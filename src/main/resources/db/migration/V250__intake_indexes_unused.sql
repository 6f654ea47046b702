-- Issue 12, intake third round: two indexes every intake maintains that no statement reads.
--
-- demand_lesson_recent_idx (id DESC) repeats the primary key: PostgreSQL scans a B-tree in either direction, so the
-- one reader, IntakeJudgement's "order by l.id desc limit :max", walks demand_lesson_pkey backwards.
DROP INDEX IF EXISTS demand_lesson_recent_idx;

-- identity_audit_log_at_idx: no statement selects or orders audit rows by time (AuditLog reads by seq, and by actor
-- through identity_audit_log_actor_idx); each request's audit entry paid for it. The chain itself is untouched.
DROP INDEX IF EXISTS identity_audit_log_at_idx;
