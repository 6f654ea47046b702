package org.shegong.demand;

import java.time.Instant;
import java.util.Map;

/**
 * One batch of the deadline sweep, counted where the counts are used: per handling unit the work orders that went
 * overdue or became due within a day, and per region code the demands not dispatched in time. The rows themselves
 * stay in the database (the sweep counts them there, {@code group by}), so a batch of 10,000 orders is an event of
 * at most one entry per unit, and a backlog of 200,000 is a few dozen small events (issue 12).
 */
public record DeadlinesSwept(Instant at, Map<Long, Integer> overdueByUnit, Map<Long, Integer> dueSoonByUnit,
        Map<String, Integer> undispatchedByRegion) {

    /** A kind the batch did not sweep is an empty map (also when an older publication lacks the field). */
    public DeadlinesSwept {
        overdueByUnit = overdueByUnit == null ? Map.of() : Map.copyOf(overdueByUnit);
        dueSoonByUnit = dueSoonByUnit == null ? Map.of() : Map.copyOf(dueSoonByUnit);
        undispatchedByRegion = undispatchedByRegion == null ? Map.of() : Map.copyOf(undispatchedByRegion);
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The rows this batch announced. */
    public int size() {
        return sum(overdueByUnit) + sum(dueSoonByUnit) + sum(undispatchedByRegion);
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
