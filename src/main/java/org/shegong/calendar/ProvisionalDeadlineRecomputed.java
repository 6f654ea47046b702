package org.shegong.calendar;

import java.time.LocalDate;

/**
 * A deadline registered with {@link ProvisionalDeadlines} was recomputed because an administrator
 * loaded or edited a holiday schedule it depends on. The owner updates its stored deadline (end of
 * {@code newDate}, see {@link Deadline#endOf(LocalDate)}); when {@code provisional} is false the
 * deadline is final and no longer tracked.
 *
 * @param owner       the registering module's name, e.g. {@code demand}
 * @param referenceId the owner's id of the deadline (e.g. a work order id)
 * @param oldDate     the previously computed last day
 * @param newDate     the recomputed last day
 * @param provisional whether the new date still depends on a year without an official schedule
 */
public record ProvisionalDeadlineRecomputed(String owner, String referenceId, LocalDate oldDate, LocalDate newDate,
        boolean provisional) {
}
