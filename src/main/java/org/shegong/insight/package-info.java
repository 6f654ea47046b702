/**
 * Insight — the 三率 assessment of units per month (response, resolution, satisfaction; 接诉即办工作条例 §32)
 * with configurable weights, a minimum sample and 吹哨报到 dual scoring; appeals (核减申诉); scoped rankings
 * with drill-down and Excel export; hotspots (未诉先办, §§24–27) and the problem of the month (每月一题).
 * Everything is read from its own tables, maintained from the {@code demand} module's events by
 * an event projection.
 * Depends on {@code demand} (events), {@code identity} (units, audit log), {@code region} (scope, names).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight (三率, rankings, hotspots)")
@org.jspecify.annotations.NullMarked
package org.shegong.insight;
