package org.shegong.identity;

import org.shegong.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.region.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IdentityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    PiiVault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    StaffPrincipal province = StaffFixtures.provinceAdmin();
    String suffix;

    @BeforeEach
    void suffix() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    private UnitView unit(String name, UnitKind kind, String code) {
        return units.create(province, name + suffix, kind, code);
    }

    private StaffPrincipal principal(AccountView a, UnitView u, Role... roles) {
        return new StaffPrincipal(a.id(), a.username(), a.displayName(), u.id(), u.name(), u.kind(), u.region(),
                Set.of(roles), false);
    }

    private AccountView account(UnitView unit, String username, Role role) {
        return accounts.create(province, new NewAccount(username + suffix, "测试" + username, unit.id(), Set.of(role),
                "Sichuan#2026go", null, null));
    }

    @Test
    void bootstrapCreatedTheConfiguredProvinceAdministrator() {
        assertThat(jdbc.sql("select count(*) from identity_account a join identity_account_role r on r.account_id = a.id "
                + "where a.username = 'admin' and r.role = 'PROVINCE_ADMIN'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTownshipUserCannotReadAnotherTownshipsUnitButCanReadItsOwn() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        UnitView other = unit("另一街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107001000");
        AccountView staff = account(yulin, "jitouqiao", Role.TOWNSHIP_STAFF);
        StaffPrincipal me = principal(staff, yulin, Role.TOWNSHIP_STAFF);

        assertThat(units.find(me.scope(), yulin.id()).name()).isEqualTo(yulin.name());
        assertThat(units.search(me.scope(), "", 100)).extracting(UnitView::id).contains(yulin.id()).doesNotContain(other.id());
        // the unit API is for administrators; the scoped module API answers "not found" for the other township
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> units.find(me.scope(), other.id()))
                .isInstanceOf(org.shegong.NotFound.class);
        mvc.perform(get("/api/v1/units/" + other.id()).with(as(me))).andExpect(status().isForbidden());
    }

    @Test
    void aCountyAdministratorCannotSeeOrChangeAnotherCountysAccounts() throws Exception {
        UnitView wuhou = unit("武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        UnitView jinjiang = unit("锦江区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000");
        AccountView wuhouAdmin = account(wuhou, "whadmin", Role.COUNTY_ADMIN);
        AccountView jinjiangStaff = account(jinjiang, "jjstaff", Role.HOTLINE_OPERATOR);
        StaffPrincipal me = principal(wuhouAdmin, wuhou, Role.COUNTY_ADMIN);

        mvc.perform(get("/api/v1/accounts/" + jinjiangStaff.id()).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/accounts/" + jinjiangStaff.id()).with(as(me)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"改名\",\"roles\":[\"HOTLINE_OPERATOR\"],\"enabled\":false,\"version\":" + jinjiangStaff.version() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/" + jinjiangStaff.id() + "/password-reset").with(as(me))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Another#2026x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts").with(as(me))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + jinjiangStaff.id() + ")]").isEmpty())
                .andExpect(jsonPath("$[?(@.id == " + wuhouAdmin.id() + ")]").isNotEmpty());
        mvc.perform(post("/api/v1/accounts").with(as(me)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"intruder" + suffix + "\",\"displayName\":\"越权\",\"unitId\":" + jinjiang.id()
                        + ",\"roles\":[\"HOTLINE_OPERATOR\"],\"password\":\"Sichuan#2026go\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unitId"));
        assertThat(accounts.find(org.shegong.region.Scope.PROVINCE, jinjiangStaff.id()).displayName()).isEqualTo("测试jjstaff");
        assertThat(accounts.find(org.shegong.region.Scope.PROVINCE, jinjiangStaff.id()).enabled()).isTrue();
    }

    @Test
    void aCountyAdministratorCannotCreateAUnitInAnotherCounty() throws Exception {
        UnitView wuhou = unit("武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        StaffPrincipal me = principal(account(wuhou, "whadm2", Role.COUNTY_ADMIN), wuhou, Role.COUNTY_ADMIN);
        mvc.perform(post("/api/v1/units").with(as(me)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"锦江区某部门\",\"kind\":\"FUNCTIONAL_DEPARTMENT\",\"regionCode\":\"510104000000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("区划 510104000000 不在您的管辖范围内"))
                .andExpect(jsonPath("$.errorEn").value("Region 510104000000 is outside your jurisdiction"));
    }

    @Test
    void wrongPasswordsNeverLockTheAccountAndUnknownDisabledAndWrongAnswerAlike() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        AccountView a = account(yulin, "locky", Role.TOWNSHIP_STAFF);
        accounts.changeOwnPassword(principal(a, yulin, Role.TOWNSHIP_STAFF), "Sichuan#2026go", "Mine#Own2026");
        String good = "{\"username\":\"" + a.username() + "\",\"password\":\"Mine#Own2026\"}";
        String bad = "{\"username\":\"" + a.username() + "\",\"password\":\"wrong-one-1A\"}";
        String wrong = "";
        for (int i = 0; i < 8; i++) {
            wrong = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        String unknown = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody" + suffix + "\",\"password\":\"wrong-one-1A\"}"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).isEqualTo(wrong).contains("用户名或密码错误");
        // eight wrong passwords in a row (the old lock came at five) do not keep the owner out
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isOk());
        assertThat(accounts.find(org.shegong.region.Scope.PROVINCE, a.id()).locked()).isFalse();

        var form = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/login").param("username", "nobody" + suffix).param("password", "wrong-one-1A").with(form))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error=bad"));
        mvc.perform(post("/login").param("username", a.username()).param("password", "wrong-one-1A").with(form))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error=bad"));

        AccountView current = accounts.find(org.shegong.region.Scope.PROVINCE, a.id());
        accounts.update(province, a.id(), current.version(), current.displayName(), Set.of(Role.TOWNSHIP_STAFF), false, null);
        String disabled = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(disabled).isEqualTo(wrong);
        mvc.perform(post("/login").param("username", a.username()).param("password", "Mine#Own2026").with(form))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error=bad"));
        // the audit log still tells them apart for the auditors
        assertThat(audit.search(a.username(), "login.token", 50, 0)).extracting(AuditRecord::outcome)
                .contains("BAD_PASSWORD", "OK", "DISABLED").doesNotContain("LOCKED", "LOCKED_NOW");
    }

    @Test
    void anAnonymousVisitToAProtectedPageStoresNoSession() throws Exception {
        long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        var result = mvc.perform(get("/demands")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aTokenAuthenticatesApiCallsUntilRevokedAndAForgedOneDoesNot() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        AccountView a = account(yulin, "tokeny", Role.TOWNSHIP_STAFF);
        String body = "{\"username\":\"" + a.username() + "\",\"password\":\"Sichuan#2026go\"}";
        // an initial password must be changed before tokens are issued
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        accounts.changeOwnPassword(principal(a, yulin, Role.TOWNSHIP_STAFF), "Sichuan#2026go", "Mine#Own2026");
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Sichuan#2026go", "Mine#Own2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(a.username()))
                .andExpect(jsonPath("$.unitRegion").value("510107012000"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer forged" + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void personalInformationIsStoredEncryptedWithABlindIndexAndShownMasked() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        String first17 = "51010719850612442";
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        AccountView a = accounts.create(province, new NewAccount("pii" + suffix, "李四", yulin.id(),
                Set.of(Role.TOWNSHIP_STAFF), "Sichuan#2026go",
                "13912345678", idNumber));
        assertThat(a.phoneMasked()).isEqualTo("139****5678");
        assertThat(a.idNumberMasked()).isEqualTo("510107********" + idNumber.substring(14));

        var raw = jdbc.sql("select phone_cipher, phone_index, id_number_cipher from identity_account where id = :id")
                .param("id", a.id().value()).query((rs, n) -> new Object[] { rs.getBytes(1), rs.getString(2), rs.getBytes(3) }).single();
        String phoneBytes = new String((byte[]) raw[0], StandardCharsets.ISO_8859_1);
        assertThat(phoneBytes).doesNotContain("13912345678").doesNotContain("5678");
        assertThat(new String((byte[]) raw[2], StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
        assertThat(raw[1]).isEqualTo(vault.blindIndex(PiiKind.MOBILE, "139 1234 5678"));
        assertThat(accounts.findByPhone(org.shegong.region.Scope.PROVINCE, "13912345678")).extracting(AccountView::id).containsExactly(a.id());

        mvc.perform(get("/api/v1/accounts/" + a.id()).with(as(province))).andExpect(status().isOk())
                .andExpect(jsonPath("$.phoneMasked").value("139****5678"))
                .andExpect(jsonPath("$.phone").doesNotExist());
        mvc.perform(post("/api/v1/accounts/" + a.id() + "/reveal").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"MOBILE\",\"purpose\":\"联系核实网格事务\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value("13912345678"));
        assertThat(audit.search("admin", "pii.reveal", 10, 0)).anySatisfy(r -> {
            assertThat(r.target()).isEqualTo("account:" + a.id() + ":MOBILE");
            assertThat(r.detail()).isEqualTo("联系核实网格事务");
        });
        mvc.perform(post("/api/v1/accounts/" + a.id() + "/reveal").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"MOBILE\",\"purpose\":\"\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void aWrongCheckDigitOrAWeakPasswordIsRefusedWithBilingualFieldMessagesAndNothingIsStored() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        long before = jdbc.sql("select count(*) from identity_account").query(Long.class).single();
        mvc.perform(post("/api/v1/accounts").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"badid" + suffix + "\",\"displayName\":\"王五\",\"unitId\":" + yulin.id()
                                + ",\"roles\":[\"TOWNSHIP_STAFF\"],\"password\":\"Sichuan#2026go\",\"idNumber\":\"110105194912310021\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.error").value("身份证号校验码错误（GB 11643）"))
                .andExpect(jsonPath("$.errorEn").value("The resident id number's check digit is wrong (GB 11643)"));
        mvc.perform(post("/api/v1/accounts").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak" + suffix + "\",\"displayName\":\"王五\",\"unitId\":" + yulin.id()
                                + ",\"roles\":[\"TOWNSHIP_STAFF\"],\"password\":\"12345678\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.errorEn").value("A password must be 10 to 128 characters long"));
        // the unit is a typed id (decision 0007): a body without one is refused like an unknown unit, not a null
        mvc.perform(post("/api/v1/accounts").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nounit" + suffix + "\",\"displayName\":\"王五\""
                                + ",\"roles\":[\"TOWNSHIP_STAFF\"],\"password\":\"Sichuan#2026go\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitId"));
        assertThat(jdbc.sql("select count(*) from identity_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleVersionLosesWith409AndChangesNothing() throws Exception {
        UnitView yulin = unit("机投桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        AccountView a = account(yulin, "stale", Role.TOWNSHIP_STAFF);
        accounts.update(province, a.id(), a.version(), "第一次修改", Set.of(Role.TOWNSHIP_STAFF), true, null);
        mvc.perform(put("/api/v1/accounts/" + a.id()).with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"第二次修改\",\"roles\":[\"TOWNSHIP_STAFF\"],\"enabled\":true,\"version\":" + a.version() + "}"))
                .andExpect(status().isConflict());
        assertThat(accounts.find(org.shegong.region.Scope.PROVINCE, a.id()).displayName()).isEqualTo("第一次修改");
    }

    @Test
    void theAuditChainVerifiesAndDetectsAnEditedRow() {
        audit.record(new AuditEntry("tester", "测试单位", "test.action", "x:1", "OK", "第一条", "127.0.0.1"));
        audit.record(new AuditEntry("tester", "测试单位", "test.action", "x:2", "OK", "第二条", "127.0.0.1"));
        assertThat(audit.verify()).isEmpty();
        long seq = jdbc.sql("select max(seq) from identity_audit_log where target = 'x:1' and actor = 'tester'").query(Long.class).single();

        // the table refuses edits outright
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update identity_audit_log set outcome = 'DENIED' where seq = :s")
                .param("s", seq).update()).hasMessageContaining("append-only");

        // a superuser who switches the trigger off can edit, but the chain shows it
        jdbc.sql("alter table identity_audit_log disable trigger identity_audit_log_no_update").update();
        try {
            jdbc.sql("update identity_audit_log set outcome = 'DENIED' where seq = :s").param("s", seq).update();
            assertThat(audit.verify()).contains(seq);
            jdbc.sql("update identity_audit_log set outcome = 'OK' where seq = :s").param("s", seq).update();
        } finally {
            jdbc.sql("alter table identity_audit_log enable trigger identity_audit_log_no_update").update();
        }
        assertThat(audit.verify()).isEmpty();
    }

    private String tokenFor(AccountView a, UnitView u, Role role) throws Exception {
        accounts.changeOwnPassword(principal(a, u, role), "Sichuan#2026go", "Mine#Own2026");
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + a.username() + "\",\"password\":\"Mine#Own2026\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void tokensReadTogetherEachFindTheirOwnHolderAndAnEndedOneNone() throws Exception {
        // sixteen requests at once have their tokens read in shared statements: none may get another's account
        UnitView yulin = unit("玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107012000");
        UnitView hotline = unit("成都市12345热线", UnitKind.FUNCTIONAL_DEPARTMENT, "510100000000");
        AccountView clerk = account(yulin, "grpa", Role.TOWNSHIP_STAFF);
        AccountView operator = account(hotline, "grpb", Role.HOTLINE_OPERATOR);
        AccountView ended = account(yulin, "grpc", Role.TOWNSHIP_STAFF);
        String[] tokens = { tokenFor(clerk, yulin, Role.TOWNSHIP_STAFF), tokenFor(operator, hotline, Role.HOTLINE_OPERATOR),
                tokenFor(ended, yulin, Role.TOWNSHIP_STAFF), "forged" };
        assertThat(apiTokens.revoke(tokens[2])).isTrue();
        String[] expected = { clerk.username(), operator.username(), null, null };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        var done = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                int checked = 0;
                for (int i = 0; i < 40; i++) {
                    int which = (thread + i) % 4;
                    var holder = apiTokens.resolve(tokens[which]);
                    assertThat(holder.map(StaffPrincipal::username).orElse(null)).isEqualTo(expected[which]);
                    holder.ifPresent(p -> assertThat(p.roles()).containsExactly(which == 0 ? Role.TOWNSHIP_STAFF : Role.HOTLINE_OPERATOR));
                    checked++;
                }
                return checked;
            }));
        }
        start.countDown();
        int checked = 0;
        for (var f : done) {
            checked += f.get();
        }
        pool.shutdown();
        assertThat(checked).isEqualTo(640);
    }

    @Test
    void twoNodesAppendingInTurnKeepOneUnbrokenChain() throws Exception {
        // a second node on the same database: each node remembers the head it last wrote, and must notice the other's
        AuditLog other = new AuditLog(jdbc, java.time.Clock.systemUTC(), transactions);
        String run = UUID.randomUUID().toString().substring(0, 8);
        audit.record(new AuditEntry("a", "测试单位", "two.nodes", run + ":1", "OK", null, "127.0.0.1"));
        other.record(new AuditEntry("b", "测试单位", "two.nodes", run + ":2", "OK", null, "127.0.0.1"));
        audit.record(new AuditEntry("a", "测试单位", "two.nodes", run + ":3", "OK", null, "127.0.0.1"));
        other.record(new AuditEntry("b", "测试单位", "two.nodes", run + ":4", "OK", null, "127.0.0.1"));
        // in the order written, one after the other, each chained to the one before
        assertThat(jdbc.sql("select target from identity_audit_log where target like :r order by seq").param("r", run + ":%")
                .query(String.class).list()).containsExactly(run + ":1", run + ":2", run + ":3", run + ":4");
        assertThat(audit.verify()).isEmpty();
        var head = jdbc.sql("select last_seq, last_hash from identity_audit_head where id = 1").query().singleRow();
        var last = jdbc.sql("select seq, hash from identity_audit_log order by seq desc limit 1").query().singleRow();
        assertThat(head.get("last_seq")).isEqualTo(last.get("seq"));
        assertThat(head.get("last_hash")).isEqualTo(last.get("hash"));
    }

    @Test
    void concurrentAppendsAreGroupedYetEveryEntryIsCommittedOnceInAnUnbrokenChain() throws Exception {
        long before = jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single();
        String run = UUID.randomUUID().toString().substring(0, 8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    audit.record(new AuditEntry("t" + thread, "测试单位", "group.commit", run + ":" + thread + ":" + i, "OK",
                            null, "127.0.0.1"));
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single()).isEqualTo(before + 400);
        assertThat(jdbc.sql("select count(distinct target) from identity_audit_log where target like :r")
                .param("r", run + ":%").query(Long.class).single()).isEqualTo(400);
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void everyStateChangingRequestIsAuditedWithActorAndOutcome() throws Exception {
        mvc.perform(post("/api/v1/units").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"审计测试单位" + suffix + "\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"510107000000\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/units").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"坏\",\"kind\":\"GOVERNMENT\",\"regionCode\":\"5101\"}"))
                .andExpect(status().isBadRequest());
        assertThat(audit.search("admin", "POST /api/v1/units", 2, 0)).extracting(AuditRecord::outcome)
                .containsExactly("HTTP 400", "OK");
    }

    @Test
    void healthIsPublicButMetricsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(as(StaffFixtures.townshipStaff(9, 9, "510107012000"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedALoginAndUnknownPagesAnswer404() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/accounts").with(as(province))).andExpect(status().isOk());
        mvc.perform(get("/admin/units/999999").with(as(province))).andExpect(status().isNotFound());
        assertThat(RegionCode.of("510107012000").level()).isEqualTo(org.shegong.region.RegionLevel.TOWNSHIP);
    }
}
