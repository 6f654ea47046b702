package org.shegong.identity;

import org.shegong.Role;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.region.RegionCode;

class RoleGrantPolicyUnitTests {

    private static final RegionCode WUHOU = RegionCode.of("510107000000");
    private static final RegionCode YULIN = RegionCode.of("510107005000");

    @Test
    void countyAdministratorGrantsTownshipRolesButNotCityAdministratorOrAuditor() {
        StaffPrincipal county = StaffFixtures.countyAdmin(2, 2);
        assertThatCode(() -> RoleGrantPolicy.check(county, Set.of(Role.TOWNSHIP_STAFF), YULIN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleGrantPolicy.check(county, Set.of(Role.CITY_ADMIN), RegionCode.of("510100000000")))
                .hasMessageContaining("identity.role.notGrantable");
        assertThatThrownBy(() -> RoleGrantPolicy.check(county, Set.of(Role.AUDITOR), WUHOU))
                .hasMessageContaining("identity.role.notGrantable");
    }

    @Test
    void aRoleTiedToALevelNeedsAUnitAtThatLevel() {
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        assertThatCode(() -> RoleGrantPolicy.check(province, Set.of(Role.COUNTY_ADMIN), WUHOU)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleGrantPolicy.check(province, Set.of(Role.COUNTY_ADMIN), YULIN))
                .hasMessageContaining("identity.role.unitLevel");
    }

    @Test
    void staffWithoutAnAdministratorRoleGrantNothing() {
        StaffPrincipal township = StaffFixtures.townshipStaff(3, 3, "510107005000");
        assertThatThrownBy(() -> RoleGrantPolicy.check(township, Set.of(Role.GRID_WORKER), RegionCode.of("510107005001")))
                .hasMessageContaining("identity.role.notGrantable");
    }
}
