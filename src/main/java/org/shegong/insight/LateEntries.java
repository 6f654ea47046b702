package org.shegong.insight;

/**
 * Demands received in a month (by letter or in person) but entered on a later day (decision 0006): how many, and the
 * average gap in days between the day received and the day entered. Their limits counted from receipt all the same.
 */
public record LateEntries(long count, double averageGapDays) {
}
