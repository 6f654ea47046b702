package org.shegong.demand;

import java.time.Instant;
import java.util.List;

/** 吹哨: a township summoned departments on a demand (接诉即办工作条例 §16; both sides are assessed, §33). */
public record WhistleBlown(DemandId demandId, long townshipUnitId, String regionCode, String categoryCode, Instant at,
        List<Long> departmentUnitIds) {
}
