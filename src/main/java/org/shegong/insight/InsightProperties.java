package org.shegong.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults bound from {@code shegong.insight.*}, used until a province administrator stores other weights.
 * No public source fixes the weights of the three rates (DOMAIN §2: configurable); these defaults weigh the
 * outcome above the speed of acceptance. {@code basicCredit}: how much of a "basically satisfied" counts as
 * satisfied, in percent. {@code minSample}: below this many dispatched and called-back work orders in a month
 * a unit is shown but not ranked. Hotspots: at least {@code hotspotMinimum} demands to be a candidate.
 */
@ConfigurationProperties("shegong.insight")
record InsightProperties(@DefaultValue("20") int responseWeight, @DefaultValue("40") int resolutionWeight,
        @DefaultValue("40") int satisfactionWeight, @DefaultValue("80") int basicCredit, @DefaultValue("5") int minSample,
        @DefaultValue("10") int hotspotMinimum) {

    InsightProperties {
        try {
            new Weights(responseWeight, resolutionWeight, satisfactionWeight, basicCredit, minSample);
        } catch (org.shegong.InvalidInput e) {
            throw new IllegalStateException("shegong.insight weights: " + e.messageKey() + " — the three weights must sum to 100", e);
        }
    }

    Weights weights() {
        return new Weights(responseWeight, resolutionWeight, satisfactionWeight, basicCredit, minSample);
    }
}
