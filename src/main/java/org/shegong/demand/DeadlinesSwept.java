package org.shegong.demand;

import java.time.Instant;
import java.util.List;

/**
 * One batch of the deadline sweep: the work orders it found overdue or due soon and the demands not dispatched
 * in time. Published once per batch rather than once per row, so that a backlog of 200,000 overdue orders is a
 * few hundred events, and listeners (notifications, statistics) can act on a unit's orders together.
 */
public record DeadlinesSwept(Instant at, List<WorkOrderOverdue> overdue, List<WorkOrderDueSoon> dueSoon,
        List<DispatchOverdue> dispatchOverdue) {

    public boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return overdue.size() + dueSoon.size() + dispatchOverdue.size();
    }
}
