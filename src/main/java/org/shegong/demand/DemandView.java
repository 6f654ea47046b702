package org.shegong.demand;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A demand as staff see it: the requester's phone masked, every work order and the whole timeline, and the
 * steps the viewer may take on it now ({@link DemandPermissions}).
 */
public record DemandView(DemandId id, String trackingCode, DemandKind kind, TimeLimitClass limitClass, Channel channel,
        DemandStatus status, String regionCode, String categoryCode, String matter, @Nullable String address,
        @Nullable String contactName, String phoneMasked, Instant receivedAt, Instant dispatchBy,
        @Nullable String dispatchNote, @Nullable String dispatchNoteEn, int failedDispatches,
        boolean extended, @Nullable Instant requestedExtension, @Nullable String exclusion, List<Order> orders,
        List<Summoned> summoned, List<TimelineEntry> timeline, int version, Set<DemandStep> allowed) {

    public DemandView {
        allowed = allowed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    /** Whole days between the day received and the day entered (a letter or walk-in entered later; 0 otherwise). */
    public long entryGapDays() {
        return timeline.stream().filter(e -> e.step() == DemandStep.SUBMIT).findFirst()
                .map(e -> org.shegong.calendar.ReceiptDates.gapDays(receivedAt, e.at())).orElse(0L);
    }

    /**
     * Whether the viewer may take the named step on this demand now (for templates: {@code d.may('APPROVE_EXTENSION')}).
     * An unknown name fails the page, so a typo cannot silently hide or show a form.
     */
    public boolean may(String step) {
        return allowed.contains(DemandStep.valueOf(step));
    }

    public record Order(long unitId, String role, boolean designated, String status, Instant dispatchedAt,
            Instant acceptBy, Instant replyBy, Instant returnBy, @Nullable Instant acceptedAt, @Nullable Instant repliedAt,
            @Nullable String reply, @Nullable String returnReason, String deadlineNote, String deadlineNoteEn) {
    }

    public record Summoned(long unitId, Instant reportBy, @Nullable Instant reportedAt, @Nullable String action,
            boolean late) {
    }

    /** As seen by someone who may take none of its steps (a partner system, a reader). */
    static DemandView of(Demand d) {
        return of(d, Set.of());
    }

    static DemandView of(Demand d, Set<DemandStep> allowed) {
        Intake in = d.intake();
        return new DemandView(d.id() == null ? new DemandId(0) : d.id(), in.trackingCode(), d.kind(), d.limitClass(), in.channel(),
                d.status(), d.region().value(), d.categoryCode(), in.matter(), in.address(), in.contactName(),
                in.phone().masked(), d.receivedAt(), d.dispatchBy(), d.dispatchNote(), d.dispatchNoteEn(), d.failedDispatches(), d.extended(),
                d.requestedExtension(), d.exclusion().map(Enum::name).orElse(null),
                d.orders().stream().map(o -> new Order(o.unitId(), o.role().name(), o.designated(), o.status().name(),
                        o.dispatchedAt(), o.acceptBy(), o.replyBy(), o.returnBy(), o.acceptedAt(), o.repliedAt(), o.reply(),
                        o.returnReason(), o.deadlineNote(), o.deadlineNoteEn())).toList(),
                d.summoned().values().stream().map(s -> new Summoned(s.unitId(), s.reportBy(), s.reportedAt(), s.action(),
                        s.reportedLate())).toList(),
                d.timeline(), d.version(), allowed);
    }
}
