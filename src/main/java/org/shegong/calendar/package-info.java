/**
 * The working-day calendar: the official holiday schedule per year (national, with per-region
 * overlays for ethnic-minority holidays), a provisional calendar computed from the statutory
 * holidays for years without a published schedule, and deadline arithmetic with explanations.
 * <p>
 * Public API: {@link org.shegong.calendar.WorkingCalendar} (arithmetic),
 * {@link org.shegong.calendar.ProvisionalDeadlines} (register deadlines that must be recomputed
 * once an official schedule is loaded; {@link org.shegong.calendar.ProvisionalDeadlineRecomputed}
 * is published then) and {@link org.shegong.calendar.CalendarManagement} (administration).
 * Upstream: the rules depend on no other module; only the admin page ({@code web}) asks {@code region} for place
 * names, so its regional-holiday form offers cities and counties by name (region depends on no module: no cycle).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
@org.jspecify.annotations.NullMarked
package org.shegong.calendar;
