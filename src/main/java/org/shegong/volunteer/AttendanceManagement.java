package org.shegong.volunteer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance and hours. The organizer shows a signed, short-lived QR token; the volunteer's phone posts it to check in
 * and out; or the organizer enters attendance in bulk. Hours come from attendance and count only once the organizing
 * body confirms them (志愿服务记录与证明出具办法 §§6, 8: 谁组织谁记录、谁记录谁证明). A volunteer may ask for a correction,
 * which the organizer decides (§10). Every change is appended to the record's history.
 */
@Service
public class AttendanceManagement {

    /** A QR token to show, and when it stops working. */
    public record Qr(String token, Instant expiresAt) {
    }

    /** One line of bulk entry: a volunteer (by number) and their times. */
    @Schema(name = "AttendanceManagementEntry")
    public record Entry(String volunteerNumber, Instant checkInAt, Instant checkOutAt) {
    }

    private final JdbcClient jdbc;
    private final ActivityManagement activities;
    private final VolunteerPermissions permissions;
    private final QrTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceManagement(JdbcClient jdbc, ActivityManagement activities, VolunteerPermissions permissions, QrTokens tokens,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.permissions = permissions;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    private ActivityManagement.Facts shiftActivity(long shiftId) {
        long activityId = jdbc.sql("SELECT activity_id FROM volunteer_shift WHERE id = :id").param("id", shiftId)
                .query(Long.class).optional().orElseThrow(() -> new NotFound("shift", shiftId));
        return activities.facts(new ActivityId(activityId));
    }

    /** A fresh check-in ({@code checkIn}) or check-out token for the organizer's screen. */
    @Transactional(readOnly = true)
    public Qr qr(StaffPrincipal me, long shiftId, boolean checkIn) {
        permissions.require(me, shiftActivity(shiftId).organization(), VolunteerStep.RECORD_ATTENDANCE);
        return new Qr(tokens.issue(shiftId, checkIn ? QrTokens.Kind.IN : QrTokens.Kind.OUT), tokens.expiryOfNewToken());
    }

    /** What a token from the organizer's screen says, checked (for the volunteer's confirmation page). */
    public record Scanned(long shiftId, boolean checkIn, String activityTitle, String roleName, Instant expiresAt) {
    }

    @Transactional(readOnly = true)
    public Scanned scan(String token) {
        QrTokens.Claim c = tokens.check(token);
        return jdbc.sql("""
                SELECT a.title, s.role_name FROM volunteer_shift s JOIN volunteer_activity a ON a.id = s.activity_id
                WHERE s.id = :id""").param("id", c.shiftId()).query(Rows.of(TokenShift.class)).optional()
                .map(s -> new Scanned(c.shiftId(), c.kind() == QrTokens.Kind.IN, s.title(), s.roleName(), c.expiresAt()))
                .orElseThrow(() -> new InvalidInput("token", "volunteer.qr.forged"));
    }

    /** The shift a token names: its activity's title and the role. */
    private record TokenShift(String title, String roleName) {
    }

    /** The volunteer's phone posts the token it read: check-in, or check-out after a check-in. */
    @Transactional
    public AttendanceRow attend(VolunteerId volunteerId, String token) {
        QrTokens.Claim c = tokens.check(token);
        Long signupId = jdbc.sql("""
                SELECT id FROM volunteer_signup WHERE shift_id = :s AND volunteer_id = :v AND status = 'CONFIRMED' FOR UPDATE""")
                .param("s", c.shiftId()).param("v", volunteerId.value()).query(Long.class).optional()
                .orElseThrow(() -> new InvalidInput("token", "volunteer.attend.notSignedUp"));
        Instant now = clock.instant();
        Current cur = current(signupId);
        if (c.kind() == QrTokens.Kind.IN) {
            if (cur != null) {
                throw new InvalidInput("token", "volunteer.attend.already");
            }
            long id = jdbc.sql("""
                    INSERT INTO volunteer_attendance (signup_id, check_in_at, status) VALUES (:s, :at, 'RECORDED') RETURNING id""")
                    .param("s", signupId).param("at", Timestamp.from(now)).query(Long.class).single();
            history(id, "volunteer", "CHECK_IN", null, null);
        } else {
            if (cur == null || cur.checkInAt() == null) {
                throw new InvalidInput("token", "volunteer.attend.outBeforeIn");
            }
            if (cur.checkOutAt() != null || !cur.status().equals("RECORDED")) {
                throw new InvalidInput("token", "volunteer.attend.already");
            }
            int minutes = (int) Math.max(0, Duration.between(cur.checkInAt(), now).toMinutes());
            jdbc.sql("""
                    UPDATE volunteer_attendance SET check_out_at = :at, minutes = :m, version = version + 1 WHERE id = :id""")
                    .param("at", Timestamp.from(now)).param("m", minutes).param("id", cur.id()).update();
            history(cur.id(), "volunteer", "CHECK_OUT", minutes, null);
        }
        return row(signupId);
    }

    /** The organizer enters attendance for several volunteers of a shift at once; all lines or none. */
    @Transactional
    public List<AttendanceRow> enter(StaffPrincipal me, long shiftId, List<Entry> entries) {
        permissions.require(me, shiftActivity(shiftId).organization(), VolunteerStep.RECORD_ATTENDANCE);
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInput("entries", "volunteer.bulk.empty");
        }
        return entries.stream().map(e -> {
            if (e.checkInAt() == null || e.checkOutAt() == null || !e.checkOutAt().isAfter(e.checkInAt())
                    || Duration.between(e.checkInAt(), e.checkOutAt()).toHours() >= 24) {
                throw new InvalidInput("entries", "volunteer.bulk.times", e.volunteerNumber());
            }
            if (e.checkInAt().isAfter(clock.instant())) {
                throw new InvalidInput("entries", "volunteer.bulk.future", e.volunteerNumber());
            }
            Long signupId = jdbc.sql("""
                    SELECT g.id FROM volunteer_signup g JOIN volunteer_volunteer v ON v.id = g.volunteer_id
                    WHERE g.shift_id = :s AND v.number = :n AND g.status = 'CONFIRMED' FOR UPDATE OF g""")
                    .param("s", shiftId).param("n", e.volunteerNumber() == null ? "" : e.volunteerNumber().strip())
                    .query(Long.class).optional()
                    .orElseThrow(() -> new InvalidInput("entries", "volunteer.bulk.notSignedUp", e.volunteerNumber()));
            int minutes = (int) Duration.between(e.checkInAt(), e.checkOutAt()).toMinutes();
            Current cur = current(signupId);
            long id;
            if (cur == null) {
                id = jdbc.sql("""
                        INSERT INTO volunteer_attendance (signup_id, check_in_at, check_out_at, minutes, status)
                        VALUES (:s, :in, :out, :m, 'RECORDED') RETURNING id""")
                        .param("s", signupId).param("in", Timestamp.from(e.checkInAt())).param("out", Timestamp.from(e.checkOutAt()))
                        .param("m", minutes).query(Long.class).single();
            } else {
                if (cur.status().equals("CONFIRMED")) {
                    throw new InvalidInput("entries", "volunteer.hours.alreadyConfirmed", e.volunteerNumber());
                }
                id = cur.id();
                jdbc.sql("""
                        UPDATE volunteer_attendance SET check_in_at = :in, check_out_at = :out, minutes = :m, version = version + 1
                        WHERE id = :id""").param("in", Timestamp.from(e.checkInAt())).param("out", Timestamp.from(e.checkOutAt()))
                        .param("m", minutes).param("id", id).update();
            }
            history(id, me.username(), "BULK_ENTRY", minutes, null);
            return row(signupId);
        }).toList();
    }

    /**
     * The organizing body confirms the hours of a record (optionally setting the minutes, with a note). Staff of any
     * other unit are refused: hours are proven only by whoever organized and recorded them.
     */
    @Transactional
    public AttendanceRow confirm(StaffPrincipal me, long attendanceId, @Nullable Integer minutes, @Nullable String note) {
        Current cur = lockAttendance(attendanceId);
        permissions.require(me, activities.facts(cur.activityId()).organization(), VolunteerStep.CONFIRM_HOURS);
        if (cur.status().equals("CONFIRMED")) {
            throw new InvalidInput("attendanceId", "volunteer.hours.alreadyConfirmed", "");
        }
        if (minutes == null && cur.checkOutAt() == null) {
            throw new InvalidInput("minutes", "volunteer.hours.noCheckOut");
        }
        int m = minutes == null ? cur.minutes() : minutes;
        if (m < 0 || m > 24 * 60) {
            throw new InvalidInput("minutes", "volunteer.hours.range");
        }
        if (minutes != null && minutes != cur.minutes() && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "volunteer.hours.reason");
        }
        jdbc.sql("""
                UPDATE volunteer_attendance SET minutes = :m, status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at,
                  version = version + 1 WHERE id = :id""")
                .param("m", m).param("by", me.username()).param("at", Timestamp.from(clock.instant())).param("id", attendanceId)
                .update();
        history(attendanceId, me.username(), "CONFIRM", m, note == null || note.isBlank() ? null : note.strip());
        return row(cur.signupId());
    }

    /** The volunteer asks the organizer to correct a record of theirs. */
    @Transactional
    public long requestCorrection(VolunteerId volunteerId, long attendanceId, int minutes, String reason) {
        Current cur = lockAttendance(attendanceId);
        if (!cur.volunteerId().equals(volunteerId)) {
            throw new NotFound("attendance", attendanceId);
        }
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidInput("minutes", "volunteer.hours.range");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 400) {
            throw new InvalidInput("reason", "volunteer.correction.reason");
        }
        if (jdbc.sql("SELECT count(*) FROM volunteer_correction WHERE attendance_id = :a AND status = 'PENDING'")
                .param("a", attendanceId).query(Long.class).single() > 0) {
            throw new InvalidInput("attendanceId", "volunteer.correction.pending");
        }
        long id = jdbc.sql("""
                INSERT INTO volunteer_correction (attendance_id, volunteer_id, requested_minutes, reason, status, requested_at)
                VALUES (:a, :v, :m, :r, 'PENDING', :at) RETURNING id""")
                .param("a", attendanceId).param("v", volunteerId.value()).param("m", minutes).param("r", r)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        history(attendanceId, "volunteer", "CORRECTION_REQUESTED", minutes, r);
        return id;
    }

    /** The organizer accepts (the record takes the requested minutes, confirmed) or rejects a correction, with a note. */
    @Transactional
    public AttendanceRow decideCorrection(StaffPrincipal me, long correctionId, boolean accept, @Nullable String note) {
        record Correction(long attendanceId, int requestedMinutes, String status) {
        }
        Correction c = jdbc.sql("SELECT attendance_id, requested_minutes, status FROM volunteer_correction WHERE id = :id FOR UPDATE")
                .param("id", correctionId).query(Rows.of(Correction.class)).optional()
                .orElseThrow(() -> new NotFound("correction", correctionId));
        Current cur = lockAttendance(c.attendanceId());
        permissions.require(me, activities.facts(cur.activityId()).organization(), VolunteerStep.DECIDE_CORRECTION);
        if (!c.status().equals("PENDING")) {
            throw new InvalidInput("correctionId", "volunteer.correction.decided");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "volunteer.correction.rejectReason");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE volunteer_correction SET status = :s, decided_by = :by, decided_at = :at, decision_note = :note WHERE id = :id""")
                .param("s", accept ? "ACCEPTED" : "REJECTED").param("by", me.username()).param("at", now)
                .param("note", note == null ? null : note.strip()).param("id", correctionId).update();
        if (accept) {
            jdbc.sql("""
                    UPDATE volunteer_attendance SET minutes = :m, status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at,
                      version = version + 1 WHERE id = :id""")
                    .param("m", c.requestedMinutes()).param("by", me.username()).param("at", now).param("id", c.attendanceId())
                    .update();
        }
        history(c.attendanceId(), me.username(), accept ? "CORRECTION_ACCEPTED" : "CORRECTION_REJECTED",
                accept ? c.requestedMinutes() : cur.minutes(), note == null || note.isBlank() ? null : note.strip());
        return row(cur.signupId());
    }

    /** Everyone signed up for the activity's shifts, with attendance, for its organizer. */
    @Transactional(readOnly = true)
    public List<AttendanceRow> roster(StaffPrincipal me, ActivityId activityId) {
        ActivityManagement.Facts a = activities.facts(activityId);
        if (!permissions.visible(me, a.organization())) {
            throw new NotFound("activity", activityId);
        }
        return jdbc.sql(ROW + " WHERE s.activity_id = :a AND g.status <> 'CANCELLED' ORDER BY g.shift_id, g.status, g.id")
                .param("a", activityId.value()).query(Rows.of(AttendanceRow.class)).list();
    }

    /** The history of an attendance record, for its volunteer ({@code volunteerId}) or its organizer. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyFor(VolunteerId volunteerId, long attendanceId) {
        if (!current(attendanceId, true).volunteerId().equals(volunteerId)) {
            throw new NotFound("attendance", attendanceId);
        }
        return history(attendanceId);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> historyFor(StaffPrincipal me, long attendanceId) {
        Current cur = current(attendanceId, true);
        if (!permissions.visible(me, activities.facts(cur.activityId()).organization())) {
            throw new NotFound("attendance", attendanceId);
        }
        return history(attendanceId);
    }

    private List<HistoryEntry> history(long attendanceId) {
        return jdbc.sql("SELECT at, actor, action, minutes, note FROM volunteer_attendance_history WHERE attendance_id = :a ORDER BY id")
                .param("a", attendanceId).query(Rows.of(HistoryEntry.class)).list();
    }

    /**
     * The organizer reports a task made from a demand as done: every volunteer who attended has confirmed hours. The
     * demand's timeline hears of it through {@link VolunteerTaskCompleted}.
     */
    @Transactional
    public ActivityView completeTask(StaffPrincipal me, ActivityId activityId) {
        ActivityManagement.Facts a = activities.facts(activityId);
        permissions.require(me, a.organization(), VolunteerStep.CONFIRM_HOURS);
        record Task(@Nullable Long demandId, @Nullable Instant demandReportedAt, String organization,
                @Nullable String sourceKind, @Nullable String sourceRef, @Nullable String sourceLink) {
        }
        Task t = jdbc.sql("""
                SELECT a.demand_id, a.demand_reported_at, o.name AS organization, a.source_kind, a.source_ref, a.source_link
                FROM volunteer_activity a
                JOIN volunteer_organization o ON o.id = a.organization_id WHERE a.id = :id FOR UPDATE OF a""")
                .param("id", activityId.value()).query(Rows.of(Task.class)).single();
        if (t.demandId() == null && t.sourceKind() == null) {
            throw new InvalidInput("activityId", "volunteer.task.notATask");
        }
        if (t.demandReportedAt() != null) {
            throw new InvalidInput("activityId", "volunteer.task.reported");
        }
        record Served(long volunteers, long minutes, long unconfirmed) {
        }
        Served s = jdbc.sql("""
                SELECT count(DISTINCT g.volunteer_id) FILTER (WHERE t.status = 'CONFIRMED') AS volunteers,
                  coalesce(sum(t.minutes) FILTER (WHERE t.status = 'CONFIRMED'), 0) AS minutes,
                  count(*) FILTER (WHERE t.status <> 'CONFIRMED') AS unconfirmed
                FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id JOIN volunteer_shift s ON s.id = g.shift_id
                WHERE s.activity_id = :a""").param("a", activityId.value()).query(Rows.of(Served.class)).single();
        if (s.volunteers() == 0 || s.unconfirmed() > 0) {
            throw new InvalidInput("activityId", "volunteer.task.unconfirmed");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE volunteer_activity SET demand_reported_at = :at, status = 'FINISHED' WHERE id = :id")
                .param("at", Timestamp.from(now)).param("id", activityId.value()).update();
        events.publishEvent(new VolunteerTaskCompleted(t.demandId(), activityId, t.organization(), (int) s.volunteers(),
                s.minutes(), now, t.sourceKind() == null ? null : new TaskSource(t.sourceKind(), t.sourceRef(), t.sourceLink())));
        return activities.view(activityId, permissions.allowed(me, a.organization()));
    }

    private void history(long attendanceId, String actor, String action, @Nullable Integer minutes, @Nullable String note) {
        jdbc.sql("""
                INSERT INTO volunteer_attendance_history (attendance_id, at, actor, action, minutes, note)
                VALUES (:a, :at, :actor, :action, :m, :note)""")
                .param("a", attendanceId).param("at", Timestamp.from(clock.instant())).param("actor", actor)
                .param("action", action).param("m", minutes).param("note", note).update();
    }

    private record Current(long id, long signupId, VolunteerId volunteerId, ActivityId activityId, @Nullable Instant checkInAt,
            @Nullable Instant checkOutAt, int minutes, String status) {
    }

    private static final String CURRENT = """
            SELECT t.id, t.signup_id, g.volunteer_id, s.activity_id, t.check_in_at, t.check_out_at, t.minutes, t.status
            FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id JOIN volunteer_shift s ON s.id = g.shift_id""";

    private @Nullable Current current(long signupId) {
        return jdbc.sql(CURRENT + " WHERE t.signup_id = :s FOR UPDATE OF t").param("s", signupId).query(Rows.of(Current.class))
                .optional().orElse(null);
    }

    private Current current(long attendanceId, boolean byId) {
        return jdbc.sql(CURRENT + " WHERE t.id = :id").param("id", attendanceId).query(Rows.of(Current.class)).optional()
                .orElseThrow(() -> new NotFound("attendance", attendanceId));
    }

    private Current lockAttendance(long attendanceId) {
        return jdbc.sql(CURRENT + " WHERE t.id = :id FOR UPDATE OF t").param("id", attendanceId).query(Rows.of(Current.class)).optional()
                .orElseThrow(() -> new NotFound("attendance", attendanceId));
    }

    private static final String ROW = """
            SELECT g.id AS signup_id, g.shift_id, v.number AS volunteer_number, v.name AS volunteer_name, g.status AS signup_status,
              t.id AS attendance_id, t.check_in_at, t.check_out_at, coalesce(t.minutes, 0) AS minutes, t.status,
              c.id AS correction_id, c.requested_minutes AS correction_minutes, c.reason AS correction_reason
            FROM volunteer_signup g JOIN volunteer_volunteer v ON v.id = g.volunteer_id JOIN volunteer_shift s ON s.id = g.shift_id
            LEFT JOIN volunteer_attendance t ON t.signup_id = g.id
            LEFT JOIN volunteer_correction c ON c.attendance_id = t.id AND c.status = 'PENDING'""";

    private AttendanceRow row(long signupId) {
        return jdbc.sql(ROW + " WHERE g.id = :id").param("id", signupId).query(Rows.of(AttendanceRow.class)).single();
    }
}
