package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.AccountView;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9, finding 8: API clients with a bearer token reach the OpenAPI document and the metrics like a browser. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiClientsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    private String tokenFor(Role role, UnitKind kind, String regionCode) throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        UnitView unit = units.create(province, "接口测试单位" + s, kind, regionCode);
        AccountView a = accounts.create(province, new NewAccount("api" + s, "接口客户端", unit.id(), Set.of(role),
                "Sichuan#2026go", null, null));
        accounts.changeOwnPassword(new StaffPrincipal(a.id(), a.username(), a.displayName(), unit.id(), unit.name(),
                unit.kind(), unit.region(), Set.of(role), true), "Sichuan#2026go", "Client#Api2026");
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + a.username() + "\",\"password\":\"Client#Api2026\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aBearerTokenReadsTheOpenApiDocumentWithTitleVersionSchemeAndModuleTags() throws Exception {
        String token = tokenFor(Role.TOWNSHIP_STAFF, UnitKind.TOWNSHIP_OFFICE, "510107012000");
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("社会工作服务综合平台 API / Shegong API"))
                .andExpect(jsonPath("$.info.version").value(Matchers.matchesPattern("\\d+\\.\\d+\\.\\d+.*")))
                .andExpect(jsonPath("$.info.description").value(Matchers.containsString("Bearer")))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer").isArray())
                .andExpect(jsonPath("$.tags[*].name").value(Matchers.hasItems("identity", "region", "calendar", "demand",
                        "petition")))
                .andExpect(jsonPath("$.tags[?(@.name == 'identity')].description").value(Matchers.hasItem(
                        Matchers.containsString("Identity"))))
                .andExpect(jsonPath("$.paths['/api/v1/units'].post.tags[0]").value("identity"))
                .andExpect(jsonPath("$.paths['/api/v1/calendar/deadline'].get.tags[0]").value("calendar"))
                // pages are not part of the API
                .andExpect(jsonPath("$.paths['/admin/units']").doesNotExist());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer forged" + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errorEn").value("Login or a valid token required"));
    }

    @Test
    void prometheusAnswersAnAdministratorsTokenAndRefusesOtherRoles() throws Exception {
        String admin = tokenFor(Role.COUNTY_ADMIN, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        String staff = tokenFor(Role.HOTLINE_OPERATOR, UnitKind.GOVERNMENT, "510107000000");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + staff)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void tryingOutAPostWithABearerTokenNeedsNoCsrfTokenButASessionWithoutOneIsToldWhy() throws Exception {
        String admin = tokenFor(Role.COUNTY_ADMIN, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        String s = UUID.randomUUID().toString().substring(0, 6);
        // Swagger UI sends the page's session cookie and the Authorization header; no CSRF token
        mvc.perform(post("/api/v1/units").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"试用单位" + s + "\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"510107000000\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("试用单位" + s));
        var session = StaffFixtures.provinceAdmin();
        var withoutCsrf = mvc.perform(post("/api/v1/units").with(as(session)).with(csrf().useInvalidToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"无令牌" + s + "\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"510107000000\"}"))
                .andReturn().getResponse();
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        assertThat(withoutCsrf.getContentAsString(StandardCharsets.UTF_8)).contains("bearer token");
    }
}
