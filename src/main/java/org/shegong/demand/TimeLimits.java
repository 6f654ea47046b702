package org.shegong.demand;

import org.shegong.calendar.DeadlineRule;

/**
 * The three limits a demand runs under: dispatch by the hotline, acceptance (签收) by the unit, and
 * handling to a reply; plus the window in which a unit may return a misdirected order. {@code source}
 * names where the numbers come from, for the deadline explanation.
 */
public record TimeLimits(DeadlineRule dispatch, DeadlineRule acceptance, DeadlineRule handling, DeadlineRule returnWindow,
        String source) {
}
