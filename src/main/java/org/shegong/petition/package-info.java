/**
 * 信访 under the rule of law (信访工作条例 2022): registration by channel, classification into the
 * legal routes, the statutory track with every limit computed by the working calendar, review and
 * re-review, the never-again rule, accuser confidentiality and recusal, documents as PDF,
 * accountability alerts, petitioner self-service and statistics.
 * <p>
 * Who may do what is decided once (decision 0005): every route names its {@link org.shegong.petition.PetitionStep};
 * {@code PetitionPermissions} decides per petition (state × role × scope × relation) and every transition calls it
 * first; staff reads use the one visibility predicate of {@code Viewer} — the petition office and the staff assigned
 * to the case, never an accused unit or person, never recused staff. The timeline records the same typed steps.
 * <p>
 * Public API: {@link org.shegong.petition.PetitionManagement} (every step),
 * {@link org.shegong.petition.PetitionQueries} (lists, search, export, statistics), and the events
 * {@link org.shegong.petition.PetitionAlertRaised} and {@link org.shegong.petition.PetitionOpinionReceived}.
 * Depends on {@code calendar} (deadlines), {@code identity} (units, PII vault) and {@code region}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions (信访)")
@org.jspecify.annotations.NullMarked
package org.shegong.petition;
