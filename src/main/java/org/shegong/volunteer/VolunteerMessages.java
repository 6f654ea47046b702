package org.shegong.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's own inbox: what changed in their sign-ups without them doing it — a waiting-list place promoted to
 * a confirmed one, an activity the organizer cancelled. Written in the same transaction as the change, so a
 * promotion is never without its message; read on the volunteer's page, where viewing marks them read.
 */
@Service
public class VolunteerMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What happened to a sign-up. */
    public enum Kind {
        PROMOTED, ACTIVITY_CANCELLED
    }

    void tell(long signupId, Kind kind) {
        jdbc.sql("""
                INSERT INTO volunteer_message (volunteer_id, kind, signup_id, created_at)
                SELECT volunteer_id, :k, id, :now FROM volunteer_signup WHERE id = :id""")
                .param("k", kind.name()).param("id", signupId).param("now", Timestamp.from(clock.instant())).update();
    }

    /** Tells everyone still signed up (confirmed or waiting) for any shift of the activity. */
    void tellAllSignedUp(ActivityId activityId, Kind kind) {
        jdbc.sql("""
                INSERT INTO volunteer_message (volunteer_id, kind, signup_id, created_at)
                SELECT g.volunteer_id, :k, g.id, :now FROM volunteer_signup g JOIN volunteer_shift s ON s.id = g.shift_id
                WHERE s.activity_id = :a AND g.status IN ('CONFIRMED', 'WAITLISTED')""")
                .param("k", kind.name()).param("a", activityId.value()).param("now", Timestamp.from(clock.instant())).update();
    }

    /** The volunteer's latest messages, newest first, and marks the unread ones read. */
    @Transactional
    public List<Message> readLatest(VolunteerId volunteerId, int limit) {
        List<Message> latest = jdbc.sql("""
                SELECT m.id, m.kind, m.created_at, m.read_at, a.id AS activity_id, a.title, s.role_name, s.starts_at
                FROM volunteer_message m JOIN volunteer_signup g ON g.id = m.signup_id
                JOIN volunteer_shift s ON s.id = g.shift_id JOIN volunteer_activity a ON a.id = s.activity_id
                WHERE m.volunteer_id = :v ORDER BY m.id DESC LIMIT :n""")
                .param("v", volunteerId.value()).param("n", limit).query(Rows.of(Message.class)).list();
        jdbc.sql("UPDATE volunteer_message SET read_at = :now WHERE volunteer_id = :v AND read_at IS NULL")
                .param("v", volunteerId.value()).param("now", Timestamp.from(clock.instant())).update();
        return latest;
    }

    /** One message as the volunteer reads it: the kind names the message text, the rest fills it in. */
    public record Message(long id, Kind kind, Instant createdAt, @Nullable Instant readAt, ActivityId activityId,
            String title, String roleName, Instant startsAt) {

        public boolean unread() {
            return readAt == null;
        }
    }
}
