package org.shegong.insight;

import org.jspecify.annotations.Nullable;

/**
 * A category in an area over a month: how many demands, how many the month before, the growth in percent
 * (null when the previous month had none) and, if it was adopted as a problem of the month, its id.
 */
public record Hotspot(String categoryCode, String areaCode, String areaName, long count, long previous,
        @Nullable Double growth, @Nullable Long problemId) {

    /** Frequency weighted by growth: what makes a problem of the month (每月一题). */
    public double weight() {
        return count * (1 + Math.max(0, growth == null ? 1.0 : growth / 100.0));
    }
}
