package org.shegong.demand;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A demand as staff see it: the requester's phone masked, every work order and the whole timeline. */
public record DemandView(long id, String trackingCode, DemandKind kind, TimeLimitClass limitClass, Channel channel,
        DemandStatus status, String regionCode, String categoryCode, String matter, @Nullable String address,
        @Nullable String contactName, String phoneMasked, Instant receivedAt, Instant dispatchBy,
        @Nullable String dispatchNote, @Nullable String dispatchNoteEn, int failedDispatches,
        boolean extended, @Nullable Instant requestedExtension, @Nullable String exclusion, List<Order> orders,
        List<Summoned> summoned, List<TimelineEntry> timeline, int version) {

    public record Order(long unitId, String role, boolean designated, String status, Instant dispatchedAt,
            Instant acceptBy, Instant replyBy, Instant returnBy, @Nullable Instant acceptedAt, @Nullable Instant repliedAt,
            @Nullable String reply, @Nullable String returnReason, String deadlineNote, String deadlineNoteEn) {
    }

    public record Summoned(long unitId, Instant reportBy, @Nullable Instant reportedAt, @Nullable String action,
            boolean late) {
    }

    static DemandView of(Demand d) {
        Intake in = d.intake();
        return new DemandView(d.id() == null ? 0 : d.id(), in.trackingCode(), d.kind(), d.limitClass(), in.channel(),
                d.status(), d.region().value(), d.categoryCode(), in.matter(), in.address(), in.contactName(),
                in.phone().masked(), d.receivedAt(), d.dispatchBy(), d.dispatchNote(), d.dispatchNoteEn(), d.failedDispatches(), d.extended(),
                d.requestedExtension(), d.exclusion().map(Enum::name).orElse(null),
                d.orders().stream().map(o -> new Order(o.unitId(), o.role().name(), o.designated(), o.status().name(),
                        o.dispatchedAt(), o.acceptBy(), o.replyBy(), o.returnBy(), o.acceptedAt(), o.repliedAt(), o.reply(),
                        o.returnReason(), o.deadlineNote(), o.deadlineNoteEn())).toList(),
                d.summoned().values().stream().map(s -> new Summoned(s.unitId(), s.reportBy(), s.reportedAt(), s.action(),
                        s.reportedLate())).toList(),
                d.timeline(), d.version());
    }
}
