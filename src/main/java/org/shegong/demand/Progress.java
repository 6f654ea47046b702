package org.shegong.demand;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen sees with the tracking code and the last four digits of the phone: the stage, the
 * dates and the reply, never staff names or units' internal notes.
 */
public record Progress(String trackingCode, DemandKind kind, DemandStatus status, Instant receivedAt,
        @Nullable Instant replyBy, @Nullable String reply, @Nullable Instant repliedAt, @Nullable String notice,
        List<Step> steps) {

    /** A step the citizen sees; {@code note} only where the rule says the citizen is told (an extension's reason). */
    public record Step(Instant at, String action, @Nullable String note) {
    }

    static Progress of(Demand d) {
        var lead = d.leadOrder();
        List<String> visible = List.of("received", "answeredOnSpot", "dispatched", "designated", "accepted",
                "extensionApproved", "replied", "closed", "excluded:EMERGENCY_TRANSFER", "excluded:LEGAL_CHANNEL",
                "excluded:REPEAT_WITHOUT_NEW_FACTS", "excluded:SECRET_OR_PRIVATE", "excluded:OUTSIDE_REMIT", "excluded:UNLAWFUL");
        return new Progress(d.intake().trackingCode(), d.kind(), d.status(), d.receivedAt(),
                lead.map(WorkOrder::replyBy).orElse(null),
                lead.map(WorkOrder::reply).orElse(null), lead.map(WorkOrder::repliedAt).orElse(null),
                // an on-the-spot answer or an exclusion's notice is what the citizen was told
                d.timeline().stream().filter(e -> e.action().equals("answeredOnSpot") || e.action().startsWith("excluded"))
                        .map(TimelineEntry::detail).reduce((a, b) -> b).orElse(null),
                d.timeline().stream().filter(e -> visible.contains(e.action()))
                        // 接诉即办工作条例 §15: the reason for an extension is told to the requester
                        .map(e -> new Step(e.at(), e.action(), e.action().equals("extensionApproved") ? e.detail() : null))
                        .toList());
    }
}
