package org.shegong.demand;

import java.time.Instant;

/**
 * What an operator decided about a demand and another one offered as its repeat: merged into it, merged here, or
 * refused ("不是重复"); by whom and when. The repeat matcher never offers a decided pair again.
 */
public record PairDecision(Kind kind, DemandId otherId, String otherTrackingCode, String decidedBy, Instant at) {

    public enum Kind {
        /** This demand was merged into the other. */
        MERGED_INTO,
        /** The other was merged into this demand. */
        MERGED_HERE,
        /** An operator refused the other as a repeat of this one (either way round). */
        NOT_A_REPEAT
    }
}
