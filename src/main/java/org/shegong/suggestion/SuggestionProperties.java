package org.shegong.suggestion;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shegong.suggestion}.
 *
 * @param feedbackDays calendar days from receipt to feedback (no national limit exists; *default* 30), moved off a
 *                     rest day onto the next working day
 * @param regionFeedbackDays a region's own number of days, keyed by region-code prefix ({@code "5101"} = 成都市 and
 *                     everything inside it); a region without one inherits the nearest ancestor's, else the default
 * @param groupThreshold similarity (0…1, {@code text} module) from which a suggestion joins an open one as a repeat
 */
@ConfigurationProperties("shegong.suggestion")
public record SuggestionProperties(@DefaultValue("30") int feedbackDays, @DefaultValue("0.6") double groupThreshold,
        @Nullable Map<String, Integer> regionFeedbackDays) {

    public SuggestionProperties {
        regionFeedbackDays = regionFeedbackDays == null ? Map.of() : Map.copyOf(regionFeedbackDays);
        for (var e : java.util.stream.Stream.concat(java.util.stream.Stream.of(Map.entry("default", feedbackDays)),
                regionFeedbackDays.entrySet().stream()).toList()) {
            if (e.getValue() < 1 || e.getValue() > 365) {
                throw new IllegalArgumentException("shegong.suggestion feedback days must be 1–365, was " + e.getValue()
                        + " for " + e.getKey());
            }
        }
        if (!regionFeedbackDays.keySet().stream().allMatch(k -> k.matches("51\\d{0,10}"))) {
            throw new IllegalArgumentException("shegong.suggestion.region-feedback-days keys are region-code prefixes (51…)");
        }
        if (groupThreshold <= 0 || groupThreshold > 1) {
            throw new IllegalArgumentException("shegong.suggestion.group-threshold must be in (0, 1], was " + groupThreshold);
        }
    }

    /** The number of feedback days for a region: the longest configured prefix of its code, else the default. */
    public int feedbackDaysFor(String regionCode) {
        String best = null;
        for (String prefix : regionFeedbackDays.keySet()) {
            if (regionCode.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? feedbackDays : regionFeedbackDays.get(best);
    }
}
