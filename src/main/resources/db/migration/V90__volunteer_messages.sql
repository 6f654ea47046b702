-- Messages to a volunteer about their sign-ups (a waiting-list place that became a confirmed one, an activity the
-- organizer cancelled). Volunteers are citizens without a staff unit, so the notify module's unit inbox does not
-- reach them; this is their inbox, shown on their own page.
CREATE TABLE volunteer_message (
  id           bigserial PRIMARY KEY,
  volunteer_id bigint NOT NULL REFERENCES volunteer_volunteer (id),
  kind         varchar(20) NOT NULL CHECK (kind IN ('PROMOTED', 'ACTIVITY_CANCELLED')),
  signup_id    bigint NOT NULL REFERENCES volunteer_signup (id),
  created_at   timestamptz NOT NULL,
  read_at      timestamptz
);
CREATE INDEX volunteer_message_volunteer ON volunteer_message (volunteer_id, id DESC);
