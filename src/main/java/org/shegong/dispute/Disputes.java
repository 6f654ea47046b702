package org.shegong.dispute;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispute rows: read whole, changed by named updates that check the version (409 for the loser). */
@Repository
class Disputes {

    private final JdbcClient jdbc;

    Disputes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One dispute row, as the permission decision and the view need it. */
    record Row(long id, int version, String caseNumber, DisputeKind kind, String facts, RegionCode region,
            @Nullable String place, Risk risk, DisputeSource source, @Nullable String sourceRef, boolean confidential,
            DisputeStatus status, Level holderLevel, RegionCode holderRegion, Instant registeredAt, String registeredBy,
            @Nullable Instant policeReportedAt, @Nullable String policeReport, @Nullable Long committeeId,
            @Nullable LocalDate mediationStartedOn, @Nullable LocalDate mediationDue, @Nullable String mediationDueNote,
            int extendedDays, @Nullable String agreementFacts, @Nullable String agreementTerms,
            @Nullable String performanceWay, @Nullable LocalDate performanceDue, @Nullable Instant agreedAt,
            @Nullable LocalDate effectiveOn, @Nullable LocalDate confirmationDue, @Nullable String confirmationDueNote,
            @Nullable LocalDate confirmationOn, @Nullable Instant performedAt, @Nullable String performanceNote,
            @Nullable Instant settledAt, @Nullable Level settledLevel, @Nullable Instant failedAt,
            @Nullable String failureNotice) {

        /** The petition a confidential dispute came from (its visibility governs the dispute's). */
        @Nullable
        Long petitionId() {
            return source == DisputeSource.PETITION && sourceRef != null ? Long.valueOf(sourceRef) : null;
        }
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT * FROM dispute WHERE id = :id").param("id", id).query(Disputes::row).optional();
    }

    /** The rows in a region (prefix), newest first, optionally only open ones. */
    List<Row> inRegion(String regionLike, boolean openOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM dispute WHERE region_code LIKE :like
                   AND (:open = FALSE OR status IN ('REGISTERED', 'MEDIATING', 'AGREED', 'EFFECTIVE'))
                 ORDER BY registered_at DESC, id DESC LIMIT :limit""")
                .param("like", regionLike).param("open", openOnly).param("limit", limit).query(Disputes::row).list();
    }

    List<DisputeView.PartyView> parties(long id) {
        return jdbc.sql("SELECT seq, name, id_masked, consent, consent_at FROM dispute_party WHERE dispute_id = :id ORDER BY seq")
                .param("id", id).query((rs, n) -> new DisputeView.PartyView(rs.getInt(1), rs.getString(2), rs.getString(3),
                        Consent.valueOf(rs.getString(4)), instant(rs, 5)))
                .list();
    }

    List<DisputeView.Session> sessions(long id) {
        return jdbc.sql("SELECT seq, held_on, mediators, notes FROM dispute_session WHERE dispute_id = :id ORDER BY seq")
                .param("id", id).query((rs, n) -> new DisputeView.Session(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    List<DisputeView.Event> timeline(long id) {
        return jdbc.sql("SELECT at, actor, step, note FROM dispute_event WHERE dispute_id = :id ORDER BY at, id")
                .param("id", id).query((rs, n) -> new DisputeView.Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    void event(long id, Instant at, String actor, DisputeStep step, String note) {
        jdbc.sql("INSERT INTO dispute_event (dispute_id, at, actor, step, note) VALUES (:id, :at, :actor, :step, :note)")
                .param("id", id).param("at", Timestamp.from(at)).param("actor", actor).param("step", step.name())
                .param("note", note).update();
    }

    /** Runs an update guarded by the version; {@code set} is a fixed SQL fragment, values are named parameters. */
    void update(Row d, String set, java.util.Map<String, ?> params) {
        int n = jdbc.sql("UPDATE dispute SET " + set + ", version = version + 1 WHERE id = :id AND version = :version")
                .params(params).param("id", d.id()).param("version", d.version()).update();
        if (n != 1) {
            throw new ConcurrentChange("dispute", d.id());
        }
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        String settled = rs.getString("settled_level");
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("case_number"),
                DisputeKind.valueOf(rs.getString("kind")), rs.getString("facts"), RegionCode.of(rs.getString("region_code")),
                rs.getString("place"), Risk.valueOf(rs.getString("risk")), DisputeSource.valueOf(rs.getString("source")),
                rs.getString("source_ref"), rs.getBoolean("confidential"), DisputeStatus.valueOf(rs.getString("status")),
                Level.valueOf(rs.getString("holder_level")), RegionCode.of(rs.getString("holder_region_code")),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"), instant(rs, "police_reported_at"),
                rs.getString("police_report"), rs.getObject("committee_id", Long.class),
                rs.getObject("mediation_started_on", LocalDate.class), rs.getObject("mediation_due", LocalDate.class),
                rs.getString("mediation_due_note"), rs.getInt("extended_days"), rs.getString("agreement_facts"),
                rs.getString("agreement_terms"), rs.getString("performance_way"),
                rs.getObject("performance_due", LocalDate.class), instant(rs, "agreed_at"),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("confirmation_due", LocalDate.class),
                rs.getString("confirmation_due_note"), rs.getObject("confirmation_on", LocalDate.class),
                instant(rs, "performed_at"), rs.getString("performance_note"), instant(rs, "settled_at"),
                settled == null ? null : Level.valueOf(settled), instant(rs, "failed_at"), rs.getString("failure_notice"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
