package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageFiguresUnitTests {

    @Test
    void organizationalCoverageCountsOwnAndJointUnitsOverOperatingOnes() {
        // 7 operating: 2 with own branches, 3 in a joint branch, 1 with an instructor only, 1 uncovered
        CoverageFigures f = new CoverageFigures("5104", "攀枝花市", 7, 2, 3, 1);
        assertThat(f.organizationalRate()).isEqualTo(71.4); // 5/7 = 71.43 %
        assertThat(f.workRate()).isEqualTo(85.7); // 6/7 = 85.71 %
    }

    @Test
    void noOperatingUnitsMeansNoRate() {
        assertThat(new CoverageFigures("k", "k", 0, 0, 0, 0).organizationalRate()).isNull();
    }
}
