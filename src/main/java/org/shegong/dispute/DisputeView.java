package org.shegong.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dispute as a staff member sees it: parties with masked identity numbers, the mediation and its limits (each with
 * how it was counted), the holder now, the settled level, the timeline and the steps the viewer may take now.
 * {@code sourceRef} is shown only to someone who may see the source record itself (a petition's accuser never
 * reaches anyone the petition module hides it from).
 */
public record DisputeView(DisputeId id, int version, String caseNumber, DisputeKind kind, String facts, String regionCode,
        String regionName, @Nullable String place, Risk risk, DisputeSource source, @Nullable String sourceRef,
        boolean confidential, DisputeStatus status, Level holderLevel, String holderRegionCode, String holderName,
        Instant registeredAt, String registeredBy, @Nullable Instant policeReportedAt, @Nullable String policeReport,
        @Nullable String committeeName, @Nullable List<String> committeeMembers, @Nullable LocalDate mediationStartedOn,
        @Nullable LocalDate mediationDue, @Nullable String mediationDueNote, int extendedDays,
        @Nullable String agreementFacts, @Nullable String agreementTerms, @Nullable String performanceWay,
        @Nullable LocalDate performanceDue, @Nullable Instant agreedAt, @Nullable LocalDate effectiveOn,
        @Nullable LocalDate confirmationDue, @Nullable String confirmationDueNote, @Nullable LocalDate confirmationOn,
        @Nullable Instant performedAt, @Nullable String performanceNote, @Nullable Instant settledAt,
        @Nullable Level settledLevel, @Nullable Instant failedAt, @Nullable String failureReason, List<PartyView> parties,
        List<Session> sessions, List<Event> timeline, Set<DisputeStep> allowed) {

    /** Whether the viewer may take the named step now; an unknown name fails the page. */
    public boolean may(String step) {
        return allowed.contains(DisputeStep.valueOf(step));
    }

    public record PartyView(int seq, String name, @Nullable String idMasked, Consent consent, @Nullable Instant consentAt) {
    }

    public record Session(int seq, LocalDate heldOn, String mediators, String notes) {
    }

    public record Event(Instant at, String actor, String step, String note) {
    }
}
