package org.shegong.demand;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.DeadlineRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound from {@code shegong.demand.*}. {@code time-limits} overrides the default limits for a
 * region (code prefix; a region inherits its parent's setting) and optionally a category, kind or class,
 * e.g. {@code handling: WORKING_DAYS(10)}; see {@link TimeLimitPolicy}.
 */
@ConfigurationProperties("shegong.demand")
record DemandProperties(@DefaultValue("") String open311ApiKeys, @DefaultValue List<TimeLimit> timeLimits) {

    record TimeLimit(String regionPrefix, @Nullable String categoryCode, @Nullable DemandKind kind,
            @Nullable TimeLimitClass limitClass, @Nullable String dispatch, @Nullable String acceptance,
            @Nullable String handling, @Nullable String returnWindow, @Nullable String coHandling,
            @DefaultValue("本地规定") String source) {

        TimeLimitPolicy.Override toOverride() {
            if (regionPrefix == null || !regionPrefix.matches("\\d{2,12}")) {
                throw new IllegalStateException("shegong.demand.time-limits: region-prefix must be 2–12 digits: " + regionPrefix);
            }
            return new TimeLimitPolicy.Override(regionPrefix, categoryCode, kind, limitClass, rule(dispatch), rule(acceptance),
                    rule(handling), rule(returnWindow), rule(coHandling), source);
        }

        private static @Nullable DeadlineRule rule(@Nullable String text) {
            return text == null || text.isBlank() ? null : DeadlineRule.parse(text);
        }
    }

    TimeLimitPolicy policy() {
        return new TimeLimitPolicy(timeLimits.stream().map(TimeLimit::toOverride).toList());
    }
}
