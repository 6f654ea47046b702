package org.shegong.insight;

import java.time.YearMonth;
import java.util.List;

/** A month's ranking of the units in a scope, with the weights it was computed with. */
public record Ranking(YearMonth month, String scopeRegion, Weights weights, List<RankedUnit> units) {
}
