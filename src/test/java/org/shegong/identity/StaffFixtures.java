package org.shegong.identity;

import org.shegong.Role;
import java.util.Set;
import org.shegong.region.RegionCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for MockMvc tests: {@code mvc.perform(get(...).with(as(provinceAdmin())))}. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    /** Signed in as {@code p} with a session, including the CSRF token a browser form would carry. */
    public static RequestPostProcessor as(StaffPrincipal p) {
        RequestPostProcessor auth = SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
        RequestPostProcessor csrf = SecurityMockMvcRequestPostProcessors.csrf();
        return request -> csrf.postProcessRequest(auth.postProcessRequest(request));
    }

    public static StaffPrincipal provinceAdmin() {
        return staff(1, "admin", 1, "四川省委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510000000000",
                Role.PROVINCE_ADMIN, Role.AUDITOR);
    }

    /** 成都市武侯区 (510107) county administrator. */
    public static StaffPrincipal countyAdmin(long accountId, long unitId) {
        return staff(accountId, "wuhou-admin", unitId, "武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
    }

    public static StaffPrincipal townshipStaff(long accountId, long unitId, String townshipCode) {
        return staff(accountId, "township-" + accountId, unitId, "街道办事处", UnitKind.TOWNSHIP_OFFICE, townshipCode,
                Role.TOWNSHIP_STAFF);
    }

    public static StaffPrincipal staff(long accountId, String username, long unitId, String unitName, UnitKind kind,
            String regionCode, Role... roles) {
        return new StaffPrincipal(accountId, username, username, unitId, unitName, kind, RegionCode.of(regionCode),
                Set.of(roles), false);
    }
}
