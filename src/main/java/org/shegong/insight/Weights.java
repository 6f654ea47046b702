package org.shegong.insight;

import org.shegong.InvalidInput;

/**
 * How the three rates combine into a score (percent weights summing to 100), how much of a "basically
 * satisfied" counts ({@code basicCredit} %), and the minimum sample for a unit to be ranked.
 */
public record Weights(int response, int resolution, int satisfaction, int basicCredit, int minSample) {

    public Weights {
        if (response < 0 || resolution < 0 || satisfaction < 0) {
            throw new InvalidInput("response", "insight.weights.negative");
        }
        if (response + resolution + satisfaction != 100) {
            throw new InvalidInput("response", "insight.weights.sum", response + resolution + satisfaction);
        }
        if (basicCredit < 0 || basicCredit > 100) {
            throw new InvalidInput("basicCredit", "insight.weights.basicCredit");
        }
        if (minSample < 1 || minSample > 10_000) {
            throw new InvalidInput("minSample", "insight.weights.minSample");
        }
    }
}
