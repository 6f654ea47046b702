package org.shegong.petition;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A petition as staff see it: personal information masked, limits with their legal basis, the timeline, documents. */
public record PetitionView(PetitionId id, int version, String caseNumber, Channel channel, boolean groupVisit, String regionCode,
        String matter, Category category, @Nullable Integer route, PetitionStatus status, List<PetitionerView> petitioners,
        List<UnitRef> organs, UnitRef receivingUnit, @Nullable UnitRef handlingUnit, @Nullable TransferMode transferMode,
        @Nullable UnitRef reviewUnit, @Nullable UnitRef reReviewUnit, @Nullable Long assigneeAccountId, boolean major,
        @Nullable Integer extensionDays, @Nullable String extensionReason, @Nullable String extensionApprovedBy,
        int hearingDays, @Nullable Decision decision, @Nullable Decision reviewDecision, @Nullable Decision reReviewDecision,
        @Nullable String agreement, @Nullable String execution, @Nullable Instant executedAt, @Nullable Integer rating,
        Instant receivedAt, @Nullable Instant concludedAt,
        List<Due> limits, List<TimelineEntry> timeline, List<Document> documents, List<AttachmentRef> attachments,
        List<String> recusedUsers, List<String> assignees, boolean accusedNamed, Set<PetitionStep> allowed,
        Instant registeredAt, @Nullable String receiptConfirmedBy, String regionName) {

    /** Whole days between the day received and the day entered (信访工作条例 §22 counts from the former). */
    public long entryGapDays() {
        return org.shegong.calendar.ReceiptDates.gapDays(receivedAt, registeredAt);
    }

    /**
     * Whether the viewer may take the named step now (templates: {@code p.may('ACCEPT')}); an unknown name fails the
     * page, so a typo can neither hide nor show a form silently.
     */
    public boolean may(String step) {
        return allowed.contains(PetitionStep.valueOf(step));
    }

    public record PetitionerView(String name, @Nullable String phone, @Nullable String residentId, boolean representative) {
    }

    public record UnitRef(long id, String name) {
    }

    public record Document(int seq, String kind, Instant createdAt) {
    }

    public record AttachmentRef(int seq, String filename, String contentType, long size) {
    }

    public @Nullable Due limit(String name) {
        return limits.stream().filter(d -> d.limit().name().equals(name)).findFirst().orElse(null);
    }
}
