package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 9, finding 7: sessions and tokens end with the account's rights, and a pending password change blocks
 * every write; finding 9: audit entries state exactly what was disclosed, why, and from where.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountRightsIntegrationTests {

    private static final String INITIAL = "Sichuan#2026go";
    private static final String OWN = "Mine#Own2026x";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String s;
    UnitView wuhou;

    @BeforeEach
    void unit() {
        s = UUID.randomUUID().toString().substring(0, 6);
        wuhou = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
    }

    /** A county administrator who has already replaced the initial password. */
    private AccountView countyAdmin(String name) {
        AccountView a = accounts.create(province, new NewAccount(name + s, "测试" + name, wuhou.id(),
                Set.of(Role.COUNTY_ADMIN), INITIAL, null, null));
        accounts.changeOwnPassword(new StaffPrincipal(a.id(), a.username(), a.displayName(), wuhou.id(), wuhou.name(),
                wuhou.kind(), wuhou.region(), Set.of(Role.COUNTY_ADMIN), true), INITIAL, OWN);
        return accounts.find(Scope.PROVINCE, a.id());
    }

    /** The account as stored now (a sign-in changes its version: last login). */
    private AccountView current(AccountView a) {
        return accounts.find(Scope.PROVINCE, a.id());
    }

    /** Signs in through the login form like a browser; the answer is the session cookie. */
    private Cookie signIn(String username, String password) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        Cookie session = r.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private String token(String username, String password) throws Exception {
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private String unitBody(String name) {
        return "{\"name\":\"" + name + s + "\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"510107000000\"}";
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnceSoItCreatesNothing() throws Exception {
        AccountView a = countyAdmin("off");
        Cookie session = signIn(a.username(), OWN);
        mvc.perform(get("/admin/units").cookie(session)).andExpect(status().isOk());
        assertThat(sessionsOf(a.username())).isEqualTo(1);

        accounts.update(province, a.id(), current(a).version(), a.displayName(), Set.of(Role.COUNTY_ADMIN), false, null);

        mvc.perform(post("/admin/units").cookie(session).with(csrf()).param("name", "停用后" + s)
                        .param("kind", "GOVERNMENT").param("regionCode", "510107000000"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(units.search(Scope.PROVINCE, "停用后" + s, 10)).isEmpty();
        assertThat(sessionsOf(a.username())).as("the session is gone from the shared store").isZero();
        mvc.perform(get("/admin/units").cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(audit.search(a.username(), "session.ended", 5, 0)).singleElement()
                .satisfies(r -> assertThat(r.clientIp()).isEqualTo("127.0.0.1"));
    }

    @Test
    void aDemotedSessionLosesItsOldRolesAtOnceOnPagesAndApi() throws Exception {
        AccountView a = countyAdmin("demoted");
        Cookie session = signIn(a.username(), OWN);
        mvc.perform(post("/api/v1/units").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(unitBody("降级前"))).andExpect(status().isCreated());

        accounts.update(province, a.id(), current(a).version(), a.displayName(), Set.of(Role.HOTLINE_OPERATOR), true, null);

        mvc.perform(post("/api/v1/units").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(unitBody("降级后")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(units.search(Scope.PROVINCE, "降级后" + s, 10)).isEmpty();
        // signing in again gives the new roles only
        Cookie again = signIn(a.username(), OWN);
        mvc.perform(post("/api/v1/units").cookie(again).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(unitBody("降级后"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").cookie(again)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("HOTLINE_OPERATOR"));
    }

    @Test
    void aPasswordResetEndsTheAccountsTokensAndSessions() throws Exception {
        AccountView a = countyAdmin("reset");
        String token = token(a.username(), OWN);
        Cookie session = signIn(a.username(), OWN);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        accounts.resetPassword(province, a.id(), "Reset#Pass2026");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(unitBody("重置后"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
        assertThat(units.search(Scope.PROVINCE, "重置后" + s, 10)).isEmpty();
    }

    @Test
    void aTokenEndsWhenItsAccountIsDisabledOrDemoted() throws Exception {
        AccountView a = countyAdmin("tokdem");
        String token = token(a.username(), OWN);
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        AccountView demoted = accounts.update(province, a.id(), current(a).version(), a.displayName(), Set.of(Role.HOTLINE_OPERATOR),
                true, null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

        // re-promoting does not bring the old token back: it ended with the rights it was issued under
        accounts.update(province, a.id(), demoted.version(), a.displayName(), Set.of(Role.COUNTY_ADMIN), true, null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSignInOfAnAccountThatDoesNotExistIsRefused() throws Exception {
        StaffPrincipal ghost = new StaffPrincipal(AccountId.of(987_654_321L), "ghost", "幽灵", wuhou.id(), wuhou.name(), wuhou.kind(),
                wuhou.region(), Set.of(Role.PROVINCE_ADMIN), false);
        var auth = authentication(UsernamePasswordAuthenticationToken.authenticated(ghost, null, ghost.authorities()));
        mvc.perform(get("/api/v1/units").with(auth)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/units").with(auth).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(unitBody("幽灵"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/units").with(auth)).andExpect(status().is3xxRedirection());
        assertThat(units.search(Scope.PROVINCE, "幽灵" + s, 10)).isEmpty();
    }

    @Test
    void aPendingPasswordChangeBlocksEveryWriteAndApiCallUntilTheChange() throws Exception {
        AccountView a = accounts.create(province, new NewAccount("pending" + s, "待改密", wuhou.id(),
                Set.of(Role.COUNTY_ADMIN), INITIAL, null, null));
        Cookie session = signIn(a.username(), INITIAL);

        mvc.perform(post("/api/v1/units").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(unitBody("改密前")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("请先修改")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("Change your initial or reset password first")));
        mvc.perform(post("/admin/units").cookie(session).with(csrf()).param("name", "改密前" + s)
                        .param("kind", "GOVERNMENT").param("regionCode", "510107000000"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString("请先修改")));
        mvc.perform(get("/api/v1/units").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units").cookie(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
        assertThat(units.search(Scope.PROVINCE, "改密前" + s, 10)).isEmpty();
        assertThat(audit.search(a.username(), "refused POST /api/v1/units", 5, 0)).singleElement()
                .satisfies(r -> assertThat(r.clientIp()).isEqualTo("127.0.0.1"));

        MvcResult changed = mvc.perform(post("/api/v1/me/password").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + INITIAL + "\",\"newPassword\":\"" + OWN + "\"}"))
                .andExpect(status().isNoContent()).andReturn();
        Cookie renewed = changed.getResponse().getCookie("SESSION");
        assertThat(renewed).as("the session that changed the password goes on under a new id").isNotNull();
        mvc.perform(post("/api/v1/units").cookie(renewed).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(unitBody("改密后"))).andExpect(status().isCreated());
    }

    @Test
    void changingTheOwnPasswordOnThePageKeepsThatSessionAndEndsTheOthers() throws Exception {
        AccountView a = countyAdmin("own");
        Cookie here = signIn(a.username(), OWN);
        Cookie elsewhere = signIn(a.username(), OWN);
        MvcResult changed = mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", OWN)
                        .param("newPassword", "Second#Own2026").param("confirmPassword", "Second#Own2026"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie renewed = changed.getResponse().getCookie("SESSION");
        assertThat(renewed).isNotNull();
        mvc.perform(get("/admin/units").cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/admin/units").cookie(elsewhere)).andExpect(status().is3xxRedirection());
    }

    @Test
    void revealingAResidentIdUnderAnotherFieldNameIsRefusedAndEveryRevealNamesItsFieldPurposeAndAddress() throws Exception {
        String first17 = "51010719850612442";
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        AccountView a = accounts.create(province, new NewAccount("reveal" + s, "李四", wuhou.id(),
                Set.of(Role.HOTLINE_OPERATOR), INITIAL, "13912345678", idNumber));

        mvc.perform(post("/api/v1/accounts/" + a.id() + "/reveal").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"TEXT\",\"purpose\":\"核实身份\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("field"))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("only MOBILE or RESIDENT_ID")))
                .andExpect(jsonPath("$.value").doesNotExist());
        mvc.perform(post("/admin/accounts/" + a.id() + "/reveal").with(as(province)).param("field", "TEXT")
                        .param("purpose", "核实身份"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.not(Matchers.containsString(idNumber))));
        assertThat(audit.search("admin", "pii.reveal", 100, 0))
                .noneMatch(r -> r.target() != null && r.target().startsWith("account:" + a.id() + ":"));

        mvc.perform(post("/api/v1/accounts/" + a.id() + "/reveal").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"RESIDENT_ID\",\"purpose\":\"核实身份" + s + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(idNumber));
        assertThat(audit.search("admin", "pii.reveal", 100, 0))
                .filteredOn(r -> r.target() != null && r.target().startsWith("account:" + a.id() + ":"))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("account:" + a.id() + ":RESIDENT_ID");
                    assertThat(r.detail()).isEqualTo("核实身份" + s);
                    assertThat(r.clientIp()).isEqualTo("127.0.0.1");
                });
        mvc.perform(get("/admin/audit").param("action", "pii.reveal").with(as(province)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("说明（含查看用途）")))
                .andExpect(content().string(Matchers.containsString("核实身份" + s)));
    }
}
