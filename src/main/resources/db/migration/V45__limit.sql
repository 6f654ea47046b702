-- Rate limits and quotas (limit module). Bucket4j keeps each bucket's state here (its PostgreSQL backend,
-- SELECT ... FOR UPDATE), so every node sees the same counts.
CREATE TABLE limit_bucket (
    id         VARCHAR(300) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX limit_bucket_expires ON limit_bucket (expires_at);

-- One row per bucket that refused a request: what administrators see on /admin/limits and may lift.
CREATE TABLE limit_block (
    bucket_key    VARCHAR(300) PRIMARY KEY,
    route_group   VARCHAR(60)  NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    refusals      INTEGER      NOT NULL,
    first_refused TIMESTAMPTZ  NOT NULL,
    last_refused  TIMESTAMPTZ  NOT NULL,
    blocked_until TIMESTAMPTZ  NOT NULL
);
CREATE INDEX limit_block_until ON limit_block (blocked_until);
