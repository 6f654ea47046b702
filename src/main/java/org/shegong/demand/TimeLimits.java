package org.shegong.demand;

import org.shegong.calendar.DeadlineRule;

/**
 * The three limits a demand runs under: dispatch by the hotline, acceptance (签收) by the unit, and
 * handling to a reply; plus the window in which a unit may return a misdirected order. {@code source}
 * names where the numbers come from, for the deadline explanation. {@code coHandling} is the co-handlers'
 * own limit to report to the lead, shorter than {@code handling} so the lead can answer in time.
 */
public record TimeLimits(DeadlineRule dispatch, DeadlineRule acceptance, DeadlineRule handling, DeadlineRule returnWindow,
        DeadlineRule coHandling, String source) {

    /** The co-handlers' default: two working days (or half the hours) before the lead's limit, at least one. */
    static DeadlineRule coHandlingFor(DeadlineRule handling) {
        return switch (handling.unit()) {
            case HOURS -> DeadlineRule.hours(Math.max(1, handling.amount() / 2));
            case WORKING_DAYS, CALENDAR_DAYS -> new DeadlineRule(handling.unit(), Math.max(1, handling.amount() - 2));
        };
    }
}
