package org.shegong.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.demand.DeadlinesSwept;
import org.shegong.demand.DispatchDeadlineRecomputed;
import org.shegong.demand.WorkOrderDeadlineRecomputed;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each batch of the 接诉即办 deadline sweep into daily digest notices: for each handling unit the number of its
 * work orders that went overdue or became due soon today, for each supervising unit (督办) the number of its units'
 * overdue orders, and for the supervisor of each region the demands not dispatched in time. A batch costs one
 * statement per kind however many units it touches, so 200,000 overdue orders do not become 200,000 notices.
 */
@Component
class DeadlineNotices {

    /** Who supervises a unit changes rarely; remembered this long. */
    static final Duration REMEMBER = Duration.ofMinutes(5);

    private record Supervisor(Optional<Long> unitId, Instant until) {
    }

    private final Inbox inbox;
    private final UnitManagement units;
    private final Clock clock;
    private final Map<Long, Supervisor> supervisors = new ConcurrentHashMap<>();
    private final Map<String, Supervisor> regionSupervisors = new ConcurrentHashMap<>();

    DeadlineNotices(Inbox inbox, UnitManagement units, Clock clock) {
        this.inbox = inbox;
        this.units = units;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DeadlinesSwept swept) {
        SortedMap<Long, Integer> overdue = new TreeMap<>(swept.overdueByUnit());
        SortedMap<Long, Integer> supervised = new TreeMap<>();
        overdue.forEach((unit, n) -> supervisorOf(unit).ifPresent(sup -> supervised.merge(sup, n, Integer::sum)));
        inbox.tally("demand.overdue", overdue, "今日 %s 件工单超过答复期限", "%s work order(s) past their reply deadline today",
                "/demands/inbox");
        inbox.tally("demand.overdue.supervise", supervised, "督办：下级单位今日 %s 件工单超期未答复",
                "Supervision: %s work order(s) of your units overdue today", "/demands/board");
        inbox.tally("demand.dueSoon", new TreeMap<>(swept.dueSoonByUnit()), "今日 %s 件工单将在24小时内到期",
                "%s work order(s) due within 24 hours (today)", "/demands/inbox");
        SortedMap<Long, Integer> undispatched = new TreeMap<>();
        swept.undispatchedByRegion().forEach((region, n) ->
                supervisorFor(region).ifPresent(sup -> undispatched.merge(sup, n, Integer::sum)));
        inbox.tally("demand.dispatchOverdue", undispatched, "今日 %s 件诉求超过派单时限未派单",
                "%s demand(s) not dispatched in time (today)", "/demands/workbench");
    }

    /**
     * A work order's reply, acceptance or return deadline moved with the official holiday schedule: the unit holding the
     * order is told (no requester data).
     */
    @ApplicationModuleListener
    void on(WorkOrderDeadlineRecomputed moved) {
        String[] name = switch (moved.deadline() == null ? "REPLY" : moved.deadline()) {
            case "ACCEPT" -> new String[] {"签收期限", "acceptance deadline"};
            case "RETURN" -> new String[] {"申请退单期限", "deadline to return it"};
            default -> new String[] {"答复期限", "reply deadline"};
        };
        inbox.post(moved.unitId(), "demand.deadline", "工单（诉求 " + moved.demandId() + "）" + name[0] + "按正式节假日安排由 "
                + moved.oldDate() + " 调整为 " + moved.newDate(),
                "Work order (demand " + moved.demandId() + "): " + name[1] + " moved with the official holiday schedule from "
                        + moved.oldDate() + " to " + moved.newDate(),
                "/demands/" + moved.demandId());
    }

    /** A dispatch deadline moved: the unit supervising the demand's region (who answers for dispatch in time) is told. */
    @ApplicationModuleListener
    void on(DispatchDeadlineRecomputed moved) {
        supervisorFor(moved.regionCode()).ifPresent(unit -> inbox.post(unit, "demand.deadline", "诉求 " + moved.demandId()
                + " 派单期限按正式节假日安排由 " + moved.oldDate() + " 调整为 " + moved.newDate(),
                "Demand " + moved.demandId() + ": dispatch deadline moved with the official holiday schedule from "
                        + moved.oldDate() + " to " + moved.newDate(),
                "/demands/" + moved.demandId()));
    }

    private Optional<Long> supervisorOf(long unitId) {
        Instant now = clock.instant();
        Supervisor known = supervisors.get(unitId);
        if (known == null || !now.isBefore(known.until())) {
            Optional<Long> sup = units.byId(UnitId.of(unitId)).flatMap(u -> units.supervisorOf(u.id())).map(u -> u.id().value());
            known = new Supervisor(sup, now.plus(REMEMBER));
            supervisors.put(unitId, known);
        }
        return known.unitId();
    }

    private Optional<Long> supervisorFor(String regionCode) {
        Instant now = clock.instant();
        String county = RegionCode.of(regionCode).value().substring(0, 6);
        Supervisor known = regionSupervisors.get(county);
        if (known == null || !now.isBefore(known.until())) {
            known = new Supervisor(units.supervisorFor(RegionCode.of(regionCode)).map(u -> u.id().value()), now.plus(REMEMBER));
            regionSupervisors.put(county, known);
        }
        return known.unitId();
    }
}
