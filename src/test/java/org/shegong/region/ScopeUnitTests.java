package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeUnitTests {

    @Test
    void aCityScopeCoversItsCountiesTownshipsVillagesAndGrids() {
        Scope chengdu = Scope.of(RegionCode.of("510100000000"));
        assertThat(chengdu.covers(RegionCode.of("510107000000"))).isTrue();
        assertThat(chengdu.covers(RegionCode.of("510114000000"))).isTrue();
        assertThat(chengdu.covers(RegionCode.of("510107012001"))).isTrue();
        assertThat(chengdu.covers(RegionCode.of("510107012001003"))).isTrue();
        assertThat(chengdu.covers(RegionCode.of("510300000000"))).isFalse();
    }

    @Test
    void aCountyScopeNeverMatchesAnotherCountyWhoseCodeStartsWithTheSameDigits() {
        // 510101 would be a prefix of 5101010… but 510110 (another county) must not fall inside 510101
        Scope county = Scope.of(RegionCode.of("510104000000"));
        assertThat(county.regionLike()).isEqualTo("510104%");
        assertThat(county.covers(RegionCode.of("510104021000"))).isTrue();
        assertThat(county.covers(RegionCode.of("510114000000"))).isFalse();
        assertThat(county.covers(RegionCode.of("510140000000"))).isFalse();
    }

    @Test
    void aTownshipScopeUsesAllNineDigitsSoNeighbouringTownshipsStayApart() {
        Scope township = Scope.of(RegionCode.of("510107012000"));
        assertThat(township.regionLike()).isEqualTo("510107012%");
        assertThat(township.covers(RegionCode.of("510107012003"))).isTrue();
        assertThat(township.covers(RegionCode.of("510107001000"))).isFalse();
        assertThat(township.covers(RegionCode.of("510107120000"))).isFalse();
    }

    @Test
    void theProvinceScopeCoversEverythingInSichuanOnly() {
        assertThat(Scope.PROVINCE.covers(RegionCode.of("513400000000"))).isTrue();
        assertThat(Scope.PROVINCE.covers(RegionCode.of("500000000000"))).isFalse();
    }
}
