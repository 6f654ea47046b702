package org.shegong.partybuilding;

import org.shegong.region.RegionCode;

/** An operating unit the coverage does not reach as the rules want. */
public record Gap(OrganizationId organizationId, String name, CreditCode creditCode, RegionCode region, long competentUnitId,
        int fullMembers, Reason reason) {

    public enum Reason {
        /** ≥ 3 full members but no branch of its own (中国共产党章程 第三十条). */
        OWN_BRANCH_DUE,
        /** No party organization and no instructor or liaison: neither covered organizationally nor by work. */
        UNCOVERED
    }
}
