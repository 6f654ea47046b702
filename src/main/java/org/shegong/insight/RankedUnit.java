package org.shegong.insight;

import org.jspecify.annotations.Nullable;

/**
 * A unit's three rates and score in percent (null when there is nothing to divide by) and its place, or no
 * place when its sample is below the minimum.
 */
public record RankedUnit(UnitFigures figures, @Nullable Double response, @Nullable Double resolution,
        @Nullable Double satisfaction, @Nullable Double score, @Nullable Integer rank) {

    public boolean ranked() {
        return rank != null;
    }
}
