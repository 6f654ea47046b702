/**
 * The working-day calendar: the official holiday schedule per year (national, with per-region
 * overlays for ethnic-minority holidays), a provisional calendar computed from the statutory
 * holidays for years without a published schedule, and deadline arithmetic with explanations.
 * <p>
 * Public API: {@link org.shegong.calendar.WorkingCalendar} (arithmetic),
 * {@link org.shegong.calendar.ProvisionalDeadlines} (register deadlines that must be recomputed
 * once an official schedule is loaded; {@link org.shegong.calendar.ProvisionalDeadlineRecomputed}
 * is published then) and {@link org.shegong.calendar.CalendarManagement} (administration).
 * Upstream: depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
@org.jspecify.annotations.NullMarked
package org.shegong.calendar;
