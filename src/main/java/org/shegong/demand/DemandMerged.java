package org.shegong.demand;

import java.time.Instant;

/** 并单: {@code childId} now follows {@code parentId}'s handling and counts once, as the parent, in the rates. */
public record DemandMerged(DemandId childId, DemandId parentId, double similarity, Instant at) {
}
