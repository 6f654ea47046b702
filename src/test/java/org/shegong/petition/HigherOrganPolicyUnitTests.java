package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;

class HigherOrganPolicyUnitTests {

    private static UnitView unit(long id, UnitKind kind, String region) {
        return new UnitView(UnitId.of(id), "单位" + id, kind, RegionCode.of(region), true, 1);
    }

    private final UnitView wuhouHousing = unit(1, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
    private final UnitView wuhouGovernment = unit(2, UnitKind.GOVERNMENT, "510107000000");
    private final UnitView chengduHousing = unit(3, UnitKind.FUNCTIONAL_DEPARTMENT, "510100000000");
    private final UnitView wuhouPolice = unit(4, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
    private final UnitView yulinOffice = unit(5, UnitKind.TOWNSHIP_OFFICE, "510107005000");
    private final UnitView mianyangHousing = unit(6, UnitKind.FUNCTIONAL_DEPARTMENT, "510700000000");

    @Test
    void theCityDepartmentAndTheCountyGovernmentAreAboveACountyDepartment() {
        assertThat(HigherOrganPolicy.isAbove(chengduHousing, wuhouHousing)).isTrue();
        assertThat(HigherOrganPolicy.isAbove(wuhouGovernment, wuhouHousing)).isTrue();
        assertThat(HigherOrganPolicy.isAbove(wuhouGovernment, yulinOffice)).isTrue();
    }

    @Test
    void aPeerAnotherCitysOrganALowerOrganOrTheSameOrganIsNot() {
        assertThat(HigherOrganPolicy.isAbove(wuhouPolice, wuhouHousing)).isFalse();
        assertThat(HigherOrganPolicy.isAbove(mianyangHousing, wuhouHousing)).isFalse();
        assertThat(HigherOrganPolicy.isAbove(wuhouHousing, chengduHousing)).isFalse();
        assertThat(HigherOrganPolicy.isAbove(wuhouHousing, wuhouHousing)).isFalse();
        assertThat(HigherOrganPolicy.isAbove(wuhouHousing, wuhouGovernment)).isFalse();
    }
}
