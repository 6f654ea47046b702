package org.shegong.suggestion;

import java.time.Instant;

/**
 * Screening found a personal claim, not a suggestion (上海市人民建议征集若干规定 §10): the 接诉即办 intake may register
 * it as a demand; the suggestion keeps the link by its tracking code. Carries the matter and the region, never the
 * proposer's contact (the demand side asks the suggestion module through the tracking code if it must call back).
 */
public record SuggestionTurnedIntoDemand(long suggestionId, String trackingCode, String regionCode, String matter, Instant at) {
}
