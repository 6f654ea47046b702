package org.shegong.suggestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shegong.suggestion}.
 *
 * @param feedbackDays calendar days from receipt to feedback (no national limit exists; *default* 30), moved off a
 *                     rest day onto the next working day
 * @param groupThreshold similarity (0…1, {@code text} module) from which a suggestion joins an open one as a repeat
 */
@ConfigurationProperties("shegong.suggestion")
public record SuggestionProperties(@DefaultValue("30") int feedbackDays, @DefaultValue("0.6") double groupThreshold) {

    public SuggestionProperties {
        if (feedbackDays < 1 || feedbackDays > 365) {
            throw new IllegalArgumentException("shegong.suggestion.feedback-days must be 1–365, was " + feedbackDays);
        }
        if (groupThreshold <= 0 || groupThreshold > 1) {
            throw new IllegalArgumentException("shegong.suggestion.group-threshold must be in (0, 1], was " + groupThreshold);
        }
    }
}
