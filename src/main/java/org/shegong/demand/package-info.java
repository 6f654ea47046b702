/**
 * 接诉即办 — citizen demands from intake to reply (Beijing 接诉即办工作条例 2021; 国办函〔2025〕66号;
 * 四川省12345热线运行管理办法 2025). So far this module holds the domain core: the five kinds, the
 * time-limit classes and their configurable limits, and the demand / work-order lifecycle with its
 * rules (return and designation, extension, co-handling, 吹哨报到). Intake, routing, persistence,
 * the sweep and the pages build on it (issue 3).
 * Depends on {@code calendar} (deadline arithmetic) and {@code region} (codes). A demand of the kind 建议 is announced
 * as {@link org.shegong.demand.ProposalReceived} for 人民建议征集; a suggestion screened as a personal claim comes back
 * through {@link org.shegong.demand.DemandManagement#submitFromSuggestion}. This module never depends on {@code suggestion}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen demands (接诉即办)")
@org.jspecify.annotations.NullMarked
package org.shegong.demand;
