package org.shegong.demand;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen sees with the tracking code and the last four digits of the phone: the stage, the
 * dates and the reply, never staff names or units' internal notes. {@code archived}: the demand was finished in a year
 * no longer kept hot and is read from the archive (decision 0006 §5).
 */
public record Progress(String trackingCode, DemandKind kind, DemandStatus status, Instant receivedAt,
        @Nullable Instant replyBy, @Nullable String reply, @Nullable Instant repliedAt, @Nullable String notice,
        List<Step> steps, boolean archived) {

    /** A step the citizen sees ({@code action}: {@link TimelineEntry#action()}); {@code note} only where the rule says the citizen is told (an extension's reason). */
    public record Step(Instant at, String action, @Nullable String note) {
    }

    /** The steps a requester is told of (the action names of {@link TimelineEntry#action()}). */
    private static final Set<DemandStep> VISIBLE = EnumSet.of(DemandStep.SUBMIT, DemandStep.ANSWER_ON_SPOT,
            DemandStep.DISPATCH, DemandStep.ACCEPT, DemandStep.APPROVE_EXTENSION, DemandStep.REPLY, DemandStep.CLOSE,
            DemandStep.EXCLUDE);

    static Progress of(Demand d) {
        var lead = d.leadOrder();
        return new Progress(d.intake().trackingCode(), d.kind(), d.status(), d.receivedAt(),
                lead.map(WorkOrder::replyBy).orElse(null),
                lead.map(WorkOrder::reply).orElse(null), lead.map(WorkOrder::repliedAt).orElse(null),
                // an on-the-spot answer or an exclusion's notice is what the citizen was told
                d.timeline().stream().filter(e -> e.step() == DemandStep.ANSWER_ON_SPOT || e.step() == DemandStep.EXCLUDE)
                        .map(TimelineEntry::detail).reduce((a, b) -> b).orElse(null),
                d.timeline().stream().filter(e -> VISIBLE.contains(e.step()) && !TimelineEntry.CO_HANDLER.equals(e.variant()))
                        // 接诉即办工作条例 §15: the reason for an extension is told to the requester
                        .map(e -> new Step(e.at(), e.action(), e.step() == DemandStep.APPROVE_EXTENSION ? e.detail() : null))
                        .toList(), false);
    }

    /** The same progress, read from the archive. */
    Progress fromArchive() {
        return new Progress(trackingCode, kind, status, receivedAt, replyBy, reply, repliedAt, notice, steps, true);
    }
}
