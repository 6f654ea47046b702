package org.shegong.demand;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duplicate detection (并单), bound from {@code shegong.demand.merge.*}: how far back to look for a repeat,
 * how near a map point counts as the same place, the similarity from which a demand is suggested, and how
 * many candidates are compared at most.
 */
@ConfigurationProperties("shegong.demand.merge")
record MergeProperties(@DefaultValue("30d") Duration window, @DefaultValue("300") int nearbyMetres,
        @DefaultValue("0.4") double threshold, @DefaultValue("300") int maxCandidates) {

    MergeProperties {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalStateException("shegong.demand.merge.threshold must be in (0, 1]: " + threshold);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalStateException("shegong.demand.merge.window must be positive: " + window);
        }
    }
}
