package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions stored in the shared session table before the principal's ids were typed (decision 0007) still sign in. */
@SpringBootTest
@AutoConfigureMockMvc
class StoredSessionIntegrationTests {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    private record Stored(String sessionId, String primaryId, byte[] attributeBytes) {
    }

    private Stored storedContextOf(String username) {
        return jdbc.sql("""
                select s.session_id, s.primary_id, a.attribute_bytes
                from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = :u and a.attribute_name = :name
                """).param("u", username).param("name", CONTEXT)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).single();
    }

    private Cookie signIn(String username, String password) throws Exception {
        Cookie session = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    @Test
    void aSessionStoredWithTheOldPrincipalStillSignsItsStaffMemberIn() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView wuhou = units.create(StaffFixtures.provinceAdmin(), "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000");
        AccountView a = accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("stored" + s, "旧会话" + s, wuhou.id(),
                Set.of(Role.COUNTY_ADMIN), "Sichuan#2026go", null, null));
        accounts.changeOwnPassword(new StaffPrincipal(a.id(), a.username(), a.displayName(), wuhou.id(), wuhou.name(),
                wuhou.kind(), wuhou.region(), Set.of(Role.COUNTY_ADMIN), true), "Sichuan#2026go", "Mine#Own2026x");
        Cookie cookie = signIn(a.username(), "Mine#Own2026x");

        Stored fresh = storedContextOf(a.username());
        assertThat(new String(fresh.attributeBytes(), StandardCharsets.ISO_8859_1))
                .as("a new sign-in is stored with typed ids").contains("Lorg/shegong/identity/AccountId;");
        Authentication signedIn = ((SecurityContext) new DeserializingConverter().convert(fresh.attributeBytes()))
                .getAuthentication();
        StaffPrincipal principal = (StaffPrincipal) signedIn.getPrincipal();
        assertThat(principal.accountId()).isEqualTo(a.id());
        assertThat(principal.unitId()).isEqualTo(wuhou.id());

        // the same sign-in as the deploy before this change stored it
        var token = UsernamePasswordAuthenticationToken.authenticated(SessionFixtures.before0007(principal), null,
                signedIn.getAuthorities());
        token.setDetails(signedIn.getDetails());
        byte[] old = SessionFixtures.storedBefore0007(new SecurityContextImpl(token));
        assertThatThrownBy(() -> new DeserializingConverter().convert(old)).as("Spring Session's own reader fails on it")
                .isInstanceOf(SerializationFailedException.class);
        jdbc.sql("update spring_session_attributes set attribute_bytes = :b where session_primary_id = :id and attribute_name = :name")
                .param("b", old).param("id", fresh.primaryId()).param("name", CONTEXT).update();
        assertThat(storedContextOf(a.username()).attributeBytes()).isEqualTo(old);

        Session found = sessions.findById(fresh.sessionId());
        SecurityContext loaded = found.getAttribute(CONTEXT);
        assertThat(loaded.getAuthentication().getPrincipal()).isEqualTo(principal);

        mvc.perform(get("/api/v1/me").cookie(cookie)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(a.username()))
                .andExpect(jsonPath("$.unitId").value(wuhou.id().value()));
        mvc.perform(get("/admin/units").cookie(cookie)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", fresh.sessionId())
                .query(Long.class).single()).as("the sign-in stands: its account and security version were read right")
                .isEqualTo(1);
    }
}
