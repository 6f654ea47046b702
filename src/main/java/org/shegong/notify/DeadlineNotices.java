package org.shegong.notify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shegong.demand.DeadlinesSwept;
import org.shegong.demand.DispatchOverdue;
import org.shegong.demand.WorkOrderDueSoon;
import org.shegong.demand.WorkOrderOverdue;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each batch of the 接诉即办 deadline sweep into notices: one per handling unit ("N 件工单已超期"), one per
 * supervising unit for its units' overdue orders (督办), and one per supervising unit for demands the hotline has
 * not dispatched in time. Grouped so a unit with forty overdue orders gets one notice, not forty.
 */
@Component
class DeadlineNotices {

    /** How many demand numbers a notice names before "等". */
    static final int NAMED = 5;

    private final Inbox inbox;
    private final UnitManagement units;

    DeadlineNotices(Inbox inbox, UnitManagement units) {
        this.inbox = inbox;
        this.units = units;
    }

    @ApplicationModuleListener
    void on(DeadlinesSwept swept) {
        Map<Long, List<Long>> overdue = byUnit(swept.overdue(), WorkOrderOverdue::unitId, WorkOrderOverdue::demandId);
        overdue.forEach((unit, ids) -> {
            inbox.post(unit, "demand.overdue", ids.size() + " 件工单已超过答复期限：" + named(ids),
                    ids.size() + " work order(s) past their reply deadline: " + namedEn(ids), link(ids, "/demands/inbox"));
            units.byId(unit).flatMap(handling -> units.supervisorOf(handling.id()).map(sup -> {
                String name = handling.name();
                return inbox.post(sup.id(), "demand.overdue.supervise", name + " 有 " + ids.size() + " 件工单超期未答复：" + named(ids),
                        name + ": " + ids.size() + " work order(s) overdue: " + namedEn(ids), link(ids, "/demands/board"));
            }));
        });
        byUnit(swept.dueSoon(), WorkOrderDueSoon::unitId, WorkOrderDueSoon::demandId).forEach((unit, ids) ->
                inbox.post(unit, "demand.dueSoon", ids.size() + " 件工单将在24小时内到期：" + named(ids),
                        ids.size() + " work order(s) due within 24 hours: " + namedEn(ids), link(ids, "/demands/inbox")));
        Map<Long, List<Long>> undispatched = new TreeMap<>();
        for (DispatchOverdue d : swept.dispatchOverdue()) {
            units.supervisorFor(RegionCode.of(d.regionCode()))
                    .ifPresent(sup -> undispatched.computeIfAbsent(sup.id(), k -> new java.util.ArrayList<>()).add(d.demandId()));
        }
        undispatched.forEach((sup, ids) -> inbox.post(sup, "demand.dispatchOverdue",
                ids.size() + " 件诉求超过派单时限未派单：" + named(ids),
                ids.size() + " demand(s) not dispatched in time: " + namedEn(ids), link(ids, "/demands/workbench")));
    }

    private static <T> Map<Long, List<Long>> byUnit(List<T> rows, Function<T, Long> unit, Function<T, Long> demand) {
        return rows.stream().collect(Collectors.groupingBy(unit, TreeMap::new,
                Collectors.mapping(demand, Collectors.toList())));
    }

    /** One demand: its page; several: the list they are on. */
    private static String link(List<Long> ids, String list) {
        return ids.size() == 1 ? "/demands/" + ids.get(0) : list;
    }

    static String named(List<Long> ids) {
        return shown(ids, "、") + (ids.size() > NAMED ? " 等" : "");
    }

    static String namedEn(List<Long> ids) {
        return shown(ids, ", ") + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "");
    }

    private static String shown(List<Long> ids, String separator) {
        return ids.stream().sorted().limit(NAMED).map(id -> "#" + id).collect(Collectors.joining(separator));
    }
}
