/**
 * 人民建议征集 — public suggestions (上海市人民建议征集若干规定 2021; 信访工作条例 §29): routine collection and
 * campaigns (专项征集), online and offline channels with collection points, screening of personal claims and legal
 * matters, grouping of repeats so an organ answers once, handling with a feedback deadline on the working calendar,
 * adoption and the public showcase.
 * <p>
 * Public API: {@link org.shegong.suggestion.SuggestionManagement}, {@link org.shegong.suggestion.CampaignManagement},
 * {@link org.shegong.suggestion.PointManagement} and the steps {@link org.shegong.suggestion.SuggestionStep}. Depends on
 * {@code identity} (units, PII vault), {@code region}, {@code calendar} (deadlines), {@code text} (similarity),
 * {@code notify} (overdue notices), {@code duty} (the category list a screener picks from) and {@code demand} (a personal
 * claim screened out is registered there through {@link org.shegong.demand.DemandManagement}); reacts to
 * {@code petition}'s {@link org.shegong.petition.PetitionOpinionReceived} and {@code demand}'s
 * {@link org.shegong.demand.ProposalReceived}. The demand module never depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public suggestions (人民建议征集)")
@org.jspecify.annotations.NullMarked
package org.shegong.suggestion;
