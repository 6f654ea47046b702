package org.shegong.limit;

import java.time.Duration;

/** A quota is used up; answered with 429 and {@code Retry-After}. */
public class LimitExceeded extends RuntimeException {

    private final Duration retryAfter;

    LimitExceeded(Duration retryAfter) {
        super("limit exceeded, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
