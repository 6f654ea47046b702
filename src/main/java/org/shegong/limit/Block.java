package org.shegong.limit;

import java.time.Instant;

/**
 * A bucket that refused requests and is still (or was recently) empty: for the administrators' list.
 *
 * @param kind {@code ADDRESS} (a client address) or {@code TARGET} (a tracking code, a user name)
 */
public record Block(String key, String group, String kind, String subject, int refusals, Instant firstRefused,
        Instant lastRefused, Instant blockedUntil) {
}
