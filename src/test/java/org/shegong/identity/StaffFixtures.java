package org.shegong.identity;

import org.shegong.Role;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.UUID;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Signed-in staff for MockMvc tests: {@code mvc.perform(get(...).with(as(provinceAdmin())))}. Every request checks
 * that its account exists, is enabled and has the security version it signed in with, so a fixture principal
 * becomes a real account (id as given, user name {@code fixture-<id>}, no password anyone knows) the first time it
 * makes a request. Accounts created by the application in tests start at id 1,000,000
 * ({@code db/test/afterMigrate.sql}), so fixture ids below that never meet them.
 */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    /** Signed in as {@code p} with a session, including the CSRF token a browser form would carry. */
    public static RequestPostProcessor as(StaffPrincipal p) {
        RequestPostProcessor auth = SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
        RequestPostProcessor csrf = SecurityMockMvcRequestPostProcessors.csrf();
        return request -> {
            ensureAccount(p, request.getServletContext());
            return csrf.postProcessRequest(auth.postProcessRequest(request));
        };
    }

    /** Makes {@code p}'s account real when no account has its id yet; an existing account is left as it is. */
    static void ensureAccount(StaffPrincipal p, ServletContext servletContext) {
        JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(JdbcClient.class);
        jdbc.sql("""
                insert into identity_account (id, username, display_name, unit_id, password_hash, security_version)
                overriding system value
                select :id, :username, :displayName,
                       coalesce((select id from identity_unit where id = :unitId), (select min(id) from identity_unit)),
                       :hash, :version
                on conflict do nothing
                """)
                .param("id", p.accountId().value()).param("username", "fixture-" + p.accountId().value())
                .param("displayName", p.displayName()).param("unitId", p.unitId().value())
                .param("hash", "{noop}" + UUID.randomUUID()).param("version", p.securityVersion())
                .update();
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
        return new StaffPrincipal(AccountId.of(accountId), username, username, UnitId.of(unitId), unitName, kind, RegionCode.of(regionCode),
                Set.of(roles), false);
    }
}
