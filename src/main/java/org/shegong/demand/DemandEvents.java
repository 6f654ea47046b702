package org.shegong.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The public events a saved change publishes, derived from the timeline entries it appended — so every
 * step that reaches the record is announced exactly once, in the same transaction as the change
 * (Spring Data's "domain events on save"). The entries are matched by their {@link DemandStep}, not by a
 * string, so renaming a step cannot silently stop its event. Events carry ids and facts only, never the
 * requester's contact.
 */
final class DemandEvents {

    private DemandEvents() {
    }

    static List<Object> of(Demand d, List<TimelineEntry> fresh) {
        DemandId id = Objects.requireNonNull(d.id());
        String region = d.region().value();
        String category = d.categoryCode();
        List<Object> events = new ArrayList<>();
        for (TimelineEntry e : fresh) {
            switch (e.step()) {
                case SUBMIT -> {
                    events.add(new DemandReceived(id, region, category, d.kind(), d.receivedAt(), e.at()));
                    if (d.kind() == DemandKind.PROPOSAL) {
                        events.add(new ProposalReceived(id, d.intake().trackingCode(), region, d.intake().matter(), e.at()));
                    }
                }
                case DISPATCH -> d.orders().stream()
                        .filter(o -> o.dispatchedAt().equals(e.at()) && o.status() != WorkOrder.Status.WITHDRAWN)
                        .forEach(o -> events.add(new DemandDispatched(id, o.unitId(), o.role() == WorkOrder.Role.LEAD,
                                region, category, d.kind(), o.dispatchedAt(), o.acceptBy(), o.replyBy())));
                case ACCEPT -> order(d, e).ifPresent(o -> events.add(new WorkOrderAccepted(id, o.unitId(),
                        o.role() == WorkOrder.Role.LEAD, region, category, o.dispatchedAt(), e.at(),
                        !e.at().isAfter(o.acceptBy()))));
                case REPLY -> order(d, e).ifPresent(o -> events.add(new WorkOrderReplied(id,
                        o.unitId(), o.role() == WorkOrder.Role.LEAD, region, category, o.dispatchedAt(), e.at(),
                        !e.at().isAfter(o.replyBy()))));
                case WHISTLE -> events.add(new WhistleBlown(id, e.actorUnitId() == null ? 0 : e.actorUnitId(),
                        region, category, e.at(), d.summoned().keySet().stream().toList()));
                case REPORT_IN -> {
                    Demand.Summons s = d.summoned().get(e.actorUnitId());
                    if (s != null) {
                        java.time.Instant summonedAt = d.timeline().stream().filter(t -> t.step() == DemandStep.WHISTLE)
                                .map(TimelineEntry::at).filter(t -> !t.isAfter(e.at())).reduce((a, b) -> b).orElse(e.at());
                        events.add(new ReportedIn(id, s.unitId(), region, category, summonedAt, e.at(), !s.reportedLate()));
                    }
                }
                case CLOSE -> events.add(new DemandClosed(id, e.at()));
                case DECIDE_REOPEN -> {
                    if (TimelineEntry.APPROVED.equals(e.variant())) {
                        d.leadOrder().ifPresent(o -> events.add(new DemandReopened(id, o.unitId(), e.at(), o.replyBy())));
                    }
                }
                // announced by their own services (CallBackRecorded, DemandMerged) or not announced at all
                default -> {
                }
            }
        }
        return events;
    }

    private static java.util.Optional<WorkOrder> order(Demand d, TimelineEntry e) {
        return d.orders().stream()
                .filter(o -> e.actorUnitId() != null && o.unitId() == e.actorUnitId() && o.status() != WorkOrder.Status.WITHDRAWN)
                .reduce((a, b) -> b);
    }
}
