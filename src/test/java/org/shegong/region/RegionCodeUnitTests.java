package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class RegionCodeUnitTests {

    private static RegionCode code(String value) {
        return RegionCode.of(value);
    }

    @Test
    void derivesTheLevelFromTheZeroSegments() {
        assertThat(code("510000000000").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(code("510100000000").level()).isEqualTo(RegionLevel.CITY);
        assertThat(code("510107000000").level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(code("510107005000").level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(code("510107005001").level()).isEqualTo(RegionLevel.VILLAGE);
        assertThat(code("510107005001001").level()).isEqualTo(RegionLevel.GRID);
    }

    @Test
    void prefixHoldsOnlyTheSignificantDigits() {
        assertThat(code("510000000000").prefix()).isEqualTo("51");
        assertThat(code("510100000000").prefix()).isEqualTo("5101");
        assertThat(code("510110000000").prefix()).isEqualTo("510110");
        assertThat(code("510107005000").prefix()).isEqualTo("510107005");
    }

    @Test
    void containsIsLevelAwareNotABareStringPrefix() {
        assertThat(code("510100000000").contains(code("510110000000"))).isTrue();
        assertThat(code("510101000000").contains(code("510110000000"))).isFalse();
        assertThat(code("510110000000").contains(code("510101000000"))).isFalse();
        assertThat(code("510000000000").contains(code("510107005001001"))).isTrue();
        assertThat(code("510107005001").contains(code("510107005001001"))).isTrue();
        assertThat(code("510107005001").contains(code("510107005002001"))).isFalse();
        assertThat(code("510107005000").contains(code("510107005000"))).isTrue();
        assertThat(code("510107005001").contains(code("510107005000"))).isFalse();
    }

    @Test
    void walksUpThroughParentsAndAncestors() {
        RegionCode grid = code("510107005001001");
        assertThat(grid.parent()).isEqualTo(code("510107005001"));
        assertThat(grid.ancestorAt(RegionLevel.TOWNSHIP)).isEqualTo(code("510107005000"));
        assertThat(grid.ancestorAt(RegionLevel.CITY)).isEqualTo(code("510100000000"));
        assertThat(code("510000000000").parent()).isNull();
        assertThat(code("510100000000").ancestorAt(RegionLevel.VILLAGE)).isEqualTo(code("510100000000"));
    }

    @Test
    void refusesMalformedCodes() {
        assertThatThrownBy(() -> code("5101")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> code("51010000000x")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> code("5101070050010")).isInstanceOf(InvalidInput.class);
        assertThat(RegionCode.isWellFormed("510107005001001")).isTrue();
    }

    @Test
    void scopeCoversOnlyItsOwnSubtree() {
        Scope chengdu = Scope.of(code("510100000000"));
        assertThat(chengdu.covers(code("510107005001"))).isTrue();
        assertThat(chengdu.covers(code("510300000000"))).isFalse();
        assertThat(chengdu.regionLike()).isEqualTo("5101%");
    }

    @Test
    void derivesShortNamesPeopleWrite() {
        assertThat(DivisionNames.shortName("阿坝藏族羌族自治州", RegionLevel.CITY)).isEqualTo("阿坝");
        assertThat(DivisionNames.shortName("凉山彝族自治州", RegionLevel.CITY)).isEqualTo("凉山");
        assertThat(DivisionNames.shortName("北川羌族自治县", RegionLevel.COUNTY)).isEqualTo("北川");
        assertThat(DivisionNames.shortName("东区", RegionLevel.COUNTY)).isEqualTo("东区");
        assertThat(DivisionNames.shortName("玉林街道", RegionLevel.TOWNSHIP)).isEqualTo("玉林");
        assertThat(DivisionNames.shortName("玉林北路社区居委会", RegionLevel.VILLAGE)).isEqualTo("玉林北路社区");
        assertThat(DivisionNames.shortName("九如村社区居委会", RegionLevel.VILLAGE)).isEqualTo("九如村社区");
        assertThat(DivisionNames.shortName("光明村村民委员会", RegionLevel.VILLAGE)).isEqualTo("光明村");
    }
}
