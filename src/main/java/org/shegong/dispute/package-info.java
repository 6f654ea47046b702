/**
 * 矛盾纠纷排查化解 and 人民调解 (人民调解法 2010; DOMAIN.md §7): screening rounds per grid assigned to grid workers, the
 * dispute register (parties with sealed identity numbers, source kept: screening, hotline demand, petition, walk-in,
 * care visit), people's mediation by the village/community committee (consent, sessions, agreement PDF, the 30-day
 * window for judicial confirmation, the one-month limit, failure notice, police report), escalation village → township
 * → county with the level each dispute was settled at ("小事不出村、大事不出镇、矛盾不上交"), and statistics.
 * <p>
 * Public API: {@link org.shegong.dispute.DisputeRegister} (register, find, list, and
 * {@link org.shegong.dispute.DisputeRegister#registerFromCareVisit} for {@code care}),
 * {@link org.shegong.dispute.Mediation} (every step of a dispute), {@link org.shegong.dispute.Screenings},
 * {@link org.shegong.dispute.Committees} and {@link org.shegong.dispute.DisputeStatistics}.
 * Depends on {@code calendar}, {@code identity}, {@code region}, {@code text}, and reads {@code demand} and
 * {@code petition} through their public APIs (never the reverse).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disputes (矛盾纠纷排查化解)")
@org.jspecify.annotations.NullMarked
package org.shegong.dispute;
