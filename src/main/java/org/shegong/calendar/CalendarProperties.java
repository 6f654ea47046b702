package org.shegong.calendar;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings bound from {@code shegong.calendar.*}.
 *
 * @param refreshInterval how often each node reloads the schedules from the database, so that an
 *                        edit made on another node is seen within this interval (default 1 minute)
 */
@ConfigurationProperties("shegong.calendar")
record CalendarProperties(@Nullable Duration refreshInterval) {

    CalendarProperties {
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
            refreshInterval = Duration.ofMinutes(1);
        }
    }
}
