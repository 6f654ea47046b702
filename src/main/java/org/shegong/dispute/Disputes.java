package org.shegong.dispute;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
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

    /** One dispute row, as the permission decision and the view need it; read by column name (decision 0007). */
    record Row(DisputeId id, int version, String caseNumber, DisputeKind kind, String facts, String regionCode,
            @Nullable String place, Risk risk, DisputeSource source, @Nullable String sourceRef, boolean confidential,
            DisputeStatus status, Level holderLevel, String holderRegionCode, Instant registeredAt, String registeredBy,
            @Nullable Instant policeReportedAt, @Nullable String policeReport, @Nullable Long committeeId,
            @Nullable LocalDate mediationStartedOn, @Nullable LocalDate mediationDue, @Nullable String mediationDueNote,
            int extendedDays, @Nullable String agreementFacts, @Nullable String agreementTerms,
            @Nullable String performanceWay, @Nullable LocalDate performanceDue, @Nullable Instant agreedAt,
            @Nullable LocalDate effectiveOn, @Nullable LocalDate confirmationDue, @Nullable String confirmationDueNote,
            @Nullable LocalDate confirmationOn, @Nullable Instant performedAt, @Nullable String performanceNote,
            @Nullable Instant settledAt, @Nullable Level settledLevel, @Nullable Instant failedAt,
            @Nullable String failureNotice) {

        RegionCode region() {
            return RegionCode.of(regionCode);
        }

        /** The region of the level that holds the dispute now (it moves up on escalation). */
        RegionCode holderRegion() {
            return RegionCode.of(holderRegionCode);
        }

        /** The petition a confidential dispute came from (its visibility governs the dispute's). */
        @Nullable
        Long petitionId() {
            return source == DisputeSource.PETITION && sourceRef != null ? Long.valueOf(sourceRef) : null;
        }
    }

    Optional<Row> find(DisputeId id) {
        return jdbc.sql("SELECT * FROM dispute WHERE id = :id").param("id", id.value()).query(Rows.of(Row.class)).optional();
    }

    /** The rows in a region (prefix), newest first, optionally only open ones. */
    List<Row> inRegion(String regionLike, boolean openOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM dispute WHERE region_code LIKE :like
                   AND (:open = FALSE OR status IN ('REGISTERED', 'MEDIATING', 'AGREED', 'EFFECTIVE'))
                 ORDER BY registered_at DESC, id DESC LIMIT :limit""")
                .param("like", regionLike).param("open", openOnly).param("limit", limit).query(Rows.of(Row.class)).list();
    }

    List<DisputeView.PartyView> parties(DisputeId id) {
        return jdbc.sql("SELECT seq, name, id_masked, consent, consent_at FROM dispute_party WHERE dispute_id = :id ORDER BY seq")
                .param("id", id.value()).query(Rows.of(DisputeView.PartyView.class)).list();
    }

    List<DisputeView.Session> sessions(DisputeId id) {
        return jdbc.sql("SELECT seq, held_on, mediators, notes FROM dispute_session WHERE dispute_id = :id ORDER BY seq")
                .param("id", id.value()).query(Rows.of(DisputeView.Session.class)).list();
    }

    List<DisputeView.Event> timeline(DisputeId id) {
        return jdbc.sql("SELECT at, actor, step, note FROM dispute_event WHERE dispute_id = :id ORDER BY at, id")
                .param("id", id.value()).query(Rows.of(DisputeView.Event.class)).list();
    }

    void event(DisputeId id, Instant at, String actor, DisputeStep step, String note) {
        jdbc.sql("INSERT INTO dispute_event (dispute_id, at, actor, step, note) VALUES (:id, :at, :actor, :step, :note)")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("actor", actor).param("step", step.name())
                .param("note", note).update();
    }

    /** Runs an update guarded by the version; {@code set} is a fixed SQL fragment, values are named parameters. */
    void update(Row d, String set, java.util.Map<String, ?> params) {
        int n = jdbc.sql("UPDATE dispute SET " + set + ", version = version + 1 WHERE id = :id AND version = :version")
                .params(params).param("id", d.id().value()).param("version", d.version()).update();
        if (n != 1) {
            throw new ConcurrentChange("dispute", d.id());
        }
    }
}
