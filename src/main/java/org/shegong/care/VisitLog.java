package org.shegong.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits logged on a phone and the needs found on them. A visit moves the plan on: the next visit is due one interval
 * after it, and the overdue notice and escalation start afresh. A grid worker may log only in their own grids
 * ({@link CarePermissions}); a refused visit changes nothing.
 */
@Service
public class VisitLog {

    static final int MAX_PLACE = 200, MAX_SEEN = 2000, MAX_NEEDS = 1000;
    static final Duration MAX_BACKDATE = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final CareRegistry registry;
    private final CarePermissions permissions;
    private final Clock clock;

    VisitLog(JdbcClient jdbc, CareRegistry registry, CarePermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Logs a visit (with an optional photo already checked by {@link VisitPhoto#of}); answers the visit's id. */
    @Transactional
    public long log(StaffPrincipal me, PersonId personId, NewVisit cmd, @Nullable VisitPhoto photo) {
        CareRegistry.Facts f = registry.facts(personId);
        permissions.require(me, f.decision(), CareStep.LOG_VISIT);
        Instant now = clock.instant();
        Instant at = cmd.visitedAt() == null ? now : cmd.visitedAt();
        if (at.isAfter(now.plus(Duration.ofMinutes(5))) || at.isBefore(now.minus(MAX_BACKDATE))) {
            throw new InvalidInput("visitedAt", "care.visit.time", MAX_BACKDATE.toDays());
        }
        String place = text(cmd.place(), "place", "care.visit.place", MAX_PLACE, true);
        String seen = text(cmd.seen(), "seen", "care.visit.seen", MAX_SEEN, true);
        String needs = text(cmd.needs(), "needs", "care.visit.needs", MAX_NEEDS, false);
        String needDescription = text(cmd.needDescription(), "needDescription", "care.need.description", MAX_NEEDS, false);
        String visitorName = text(cmd.visitorName(), "visitorName", "care.visitor.name", CareRegistry.MAX_NAME, false);
        if (visitorName.isEmpty()) {
            visitorName = me.displayName();
        }
        boolean onTime = at.isBefore(f.nextDueAt());
        long visitId = jdbc.sql("""
                INSERT INTO care_visit (person_id, region_code, visited_at, place, seen, needs, visitor_name, logged_by, due_at,
                  on_time, photo, photo_type, created_at)
                VALUES (:p, :region, :at, :place, :seen, :needs, :visitor, :by, :due, :onTime, :photo, :type, :now) RETURNING id""")
                .param("p", personId.value()).param("region", f.gridCode()).param("at", Timestamp.from(at)).param("place", place)
                .param("seen", seen).param("needs", needs).param("visitor", visitorName).param("by", me.username())
                .param("due", Timestamp.from(f.nextDueAt())).param("onTime", onTime)
                .param("photo", photo == null ? null : photo.bytes()).param("type", photo == null ? null : photo.contentType())
                .param("now", Timestamp.from(now)).query(Long.class).single();
        Instant last = f.lastVisitAt() == null || at.isAfter(f.lastVisitAt()) ? at : f.lastVisitAt();
        jdbc.sql("""
                UPDATE care_person SET last_visit_at = :last, next_due_at = :due, notified_at = NULL, escalated_at = NULL,
                  version = version + 1 WHERE id = :id""")
                .param("last", Timestamp.from(last)).param("due", Timestamp.from(VisitSchedule.dueAfter(last, f.visitDays())))
                .param("id", personId.value()).update();
        if (!needDescription.isEmpty()) {
            insertNeed(me, f, visitId, needDescription, now);
        }
        return visitId;
    }

    /** Records a need found on a visit (or on the person's page without a visit); answers its id. */
    @Transactional
    public long raiseNeed(StaffPrincipal me, PersonId personId, @Nullable Long visitId, @Nullable String description) {
        CareRegistry.Facts f = registry.facts(personId);
        permissions.require(me, f.decision(), CareStep.RAISE_NEED);
        String d = text(description, "description", "care.need.description", MAX_NEEDS, true);
        if (visitId != null) {
            boolean ours = jdbc.sql("SELECT exists (SELECT 1 FROM care_visit WHERE id = :v AND person_id = :p)")
                    .param("v", visitId).param("p", personId.value()).query(Boolean.class).single();
            if (!ours) {
                throw new InvalidInput("visitId", "care.need.visit");
            }
        }
        return insertNeed(me, f, visitId, d, clock.instant());
    }

    private long insertNeed(StaffPrincipal me, CareRegistry.Facts f, @Nullable Long visitId, String description, Instant now) {
        return jdbc.sql("""
                INSERT INTO care_need (person_id, visit_id, region_code, description, status, created_by, created_at)
                VALUES (:p, :v, :region, :d, 'OPEN', :by, :now) RETURNING id""")
                .param("p", f.id().value()).param("v", visitId).param("region", f.gridCode()).param("d", description)
                .param("by", me.username()).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /**
     * Whether a visit exists and {@code me} may see its person — for other modules that refer to a visit (a
     * 社区综合服务体 hosting care visits). A visit outside {@code me}'s scope answers {@code false}, as an unknown one.
     */
    @Transactional(readOnly = true)
    public boolean visible(StaffPrincipal me, long visitId) {
        Long personId = jdbc.sql("SELECT person_id FROM care_visit WHERE id = :id").param("id", visitId).query(Long.class)
                .optional().orElse(null);
        if (personId == null) {
            return false;
        }
        try {
            registry.visibleFacts(me, new PersonId(personId));
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** A visit's photo, for those who may see the person. */
    @Transactional(readOnly = true)
    public VisitPhoto photo(StaffPrincipal me, long visitId) {
        record Row(PersonId personId, byte @Nullable [] photo, @Nullable String photoType) {
        }
        Row row = jdbc.sql("SELECT person_id, photo, photo_type FROM care_visit WHERE id = :id").param("id", visitId)
                .query(Rows.of(Row.class)).optional().orElseThrow(() -> new NotFound("visit", visitId));
        registry.visibleFacts(me, row.personId());
        if (row.photo() == null || row.photoType() == null) {
            throw new NotFound("photo", visitId);
        }
        return new VisitPhoto(row.photoType(), row.photo());
    }

    static String text(@Nullable String value, String field, String key, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new InvalidInput(field, key, max);
        }
        return v;
    }
}
