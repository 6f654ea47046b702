package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.identity.AccountManagement;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The leaks found in acceptance testing (issue 9), each closed at its edge: who sees petitions at all, accuser
 * confidentiality before and after the accused are named, the repeat check and its timeline note under the same
 * visibility as the lists, review requests dated before the decision, and page forms shown only when allowed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PetitionAccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionSweep sweep;

    String s;
    UnitView bureau;
    UnitView housing;
    UnitView cityHousing;
    UnitView accusedUnit;
    StaffPrincipal officer;
    StaffPrincipal handler;
    StaffPrincipal head;
    StaffPrincipal hotline;
    StaffPrincipal township;
    StaffPrincipal townshipOfficer;
    StaffPrincipal countyAdmin;
    StaffPrincipal accusedAdmin;

    @BeforeEach
    void units() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        bureau = units.create(province, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        housing = units.create(province, "武侯区住建局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        cityHousing = units.create(province, "成都市住建局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510100000000");
        accusedUnit = units.create(province, "武侯区某街道" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView hotlineCentre = units.create(province, "武侯区12345热线" + s, UnitKind.GOVERNMENT, "510107000000");
        UnitView otherTownship = units.create(province, "武侯区另一街道" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView socialWork = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        officer = staff("xf" + s, bureau, UnitKind.GOVERNMENT, "510107000000", Role.PETITION_OFFICER);
        handler = staff("zj" + s, housing, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);
        head = staff("jz" + s, housing, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);
        hotline = staff("rx" + s, hotlineCentre, UnitKind.GOVERNMENT, "510107000000", Role.HOTLINE_OPERATOR);
        township = staff("jd" + s, otherTownship, UnitKind.TOWNSHIP_OFFICE, "510107005000", Role.TOWNSHIP_STAFF);
        townshipOfficer = staff("jx" + s, otherTownship, UnitKind.TOWNSHIP_OFFICE, "510107005000", Role.PETITION_OFFICER);
        countyAdmin = staff("sg" + s, socialWork, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
        // the accused unit's staff, with an administrator's and a petition officer's role over the township
        accusedAdmin = staff("bj" + s, accusedUnit, UnitKind.TOWNSHIP_OFFICE, "510107005000", Role.TOWNSHIP_STAFF,
                Role.PETITION_OFFICER, Role.COUNTY_ADMIN);
    }

    /** A real account (assignment and naming pick real staff, by name); the session carries the roles under test. */
    private StaffPrincipal staff(String username, UnitView unit, UnitKind kind, String region, Role... roles) {
        long id = accounts.create(StaffFixtures.provinceAdmin(), new NewAccount(username, "姓名" + username, unit.id(),
                Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null)).id().value();
        return StaffFixtures.staff(id, username, unit.id().value(), unit.name(), kind, region, roles);
    }

    private String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long register(StaffPrincipal who, String json) throws Exception {
        String out = body(mvc.perform(post("/api/v1/petitions").with(as(who)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()));
        return ((Number) JsonPath.read(out, "$.id")).longValue();
    }

    private ResultActions step(StaffPrincipal who, long id, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/petitions/" + id + "/" + action).with(as(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions ok(StaffPrincipal who, long id, String action, String json) throws Exception {
        return step(who, id, action, json).andExpect(status().isOk());
    }

    private String caseNumber(long id) {
        return jdbc.sql("select case_number from petition where id = :id").param("id", id).query(String.class).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("p", id).query(Long.class).single();
    }

    private static MockMultipartFile png() {
        return new MockMultipartFile("file", "证据.png", "image/png",
                new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 });
    }

    private static final String DECISION = """
            {"outcome":"EXPLAIN","facts":"经查，电梯维保合同已到期","reasons":"物业公司已重新签约维保","legalBasis":"《特种设备安全法》第三十九条"}
            """;

    /** Finding 3: a hotline operator and a township staff member without a petition role, not assigned, see nothing. */
    @Test
    void staffWithoutAPetitionRoleAndNotAssignedSeeNothingAndCanNeitherAttachNorRecuse() throws Exception {
        String marker = "电梯" + s;
        long id = register(officer, PetitionTestData.register("CLAIM", marker + "停运三个月无人维修", PetitionTestData.residentId(),
                "13800001234", ",\"route\":6"));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(png()).with(as(officer))).andExpect(status().isCreated());
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        for (StaffPrincipal nobody : List.of(hotline, township, handler)) {
            String who = nobody.username();
            mvc.perform(get("/api/v1/petitions/" + id).with(as(nobody))).andExpect(status().isNotFound());
            mvc.perform(get("/petitions/" + id).with(as(nobody))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/petitions/" + id + "/attachments/0").with(as(nobody))).andExpect(status().isNotFound());
            mvc.perform(get("/petitions/" + id + "/attachments/0").with(as(nobody))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/petitions/" + id + "/documents/0").with(as(nobody))).andExpect(status().isNotFound());
            assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(nobody))).andExpect(status().isOk())))
                    .as(who).isEqualTo("[]");
            assertThat(body(mvc.perform(get("/petitions").param("q", s).with(as(nobody))).andExpect(status().isOk())))
                    .as(who).doesNotContain(marker);
            assertThat(body(mvc.perform(get("/api/v1/petitions/export.csv").with(as(nobody))).andExpect(status().isOk())))
                    .as(who).doesNotContain(marker);
            mvc.perform(get("/api/v1/petitions/statistics").with(as(nobody))).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(png()).with(as(nobody)))
                    .andExpect(status().isNotFound());
            mvc.perform(multipart("/petitions/" + id + "/attachments").file(png()).with(as(nobody))).andExpect(status().isNotFound());
            step(nobody, id, "recusal", "{\"reason\":\"探查\"}").andExpect(status().isNotFound());
            mvc.perform(post("/petitions/" + id + "/recusal").param("reason", "探查").with(as(nobody))).andExpect(status().isNotFound());
            mvc.perform(post("/petitions/" + id + "/accept").with(as(nobody))).andExpect(status().isNotFound());
        }
        assertThat(count("select count(*) from petition_attachment where petition_id = :p", id)).isEqualTo(1);
        assertThat(count("select count(*) from petition_recusal where petition_id = :p", id)).isZero();
        // the handling organ's staff member, once assigned, sees it and takes the organ's steps
        ok(officer, id, "assignee", "{\"accountId\":" + handler.accountId().value() + "}");
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(handler))))).contains(marker);
        ok(handler, id, "accept", "{}").andExpect(jsonPath("$.status").value("ACCEPTED"));
        // the county administrator sees the petitions of the county; the navigation offers registration to the office only
        mvc.perform(get("/api/v1/petitions/" + id).with(as(countyAdmin))).andExpect(status().isOk());
        assertThat(body(mvc.perform(get("/petitions").with(as(hotline))))).doesNotContain("href=\"/petitions/new\"");
        assertThat(body(mvc.perform(get("/petitions").with(as(officer))))).contains("href=\"/petitions/new\"");
    }

    /** Finding 4: the accused are named at registration, by name within scope; they never see the case. */
    @Test
    void theAccusedArePickedByNameAtRegistrationAndNeverSeeTheCase() throws Exception {
        StaffPrincipal accused = staff("kz" + s, housing, UnitKind.GOVERNMENT, "510107000000", Role.COUNTY_ADMIN);
        UnitView elsewhere = units.create(StaffFixtures.provinceAdmin(), "锦江区某局" + s, UnitKind.GOVERNMENT, "510104000000");
        StaffPrincipal outOfScope = staff("kw" + s, elsewhere, UnitKind.GOVERNMENT, "510104000000", Role.COUNTY_ADMIN);
        // found by name, within the officer's scope only
        String found = body(mvc.perform(get("/api/v1/petitions/accused-candidates").param("q", "姓名kz" + s).with(as(officer)))
                .andExpect(status().isOk()));
        assertThat(JsonPath.<List<Integer>>read(found, "$.staff[*].id")).containsExactly((int) accused.accountId().value());
        assertThat(body(mvc.perform(get("/api/v1/petitions/accused-candidates").param("q", "姓名kw" + s).with(as(officer)))))
                .doesNotContain("kw" + s);
        assertThat(body(mvc.perform(get("/petitions/accused-candidates").param("q", "姓名kz" + s).with(as(officer)))
                .andExpect(status().isOk()))).contains("姓名kz" + s).contains("value=\"" + accused.accountId().value() + "\"");
        mvc.perform(get("/petitions/accused-candidates").param("q", "kz").with(as(hotline))).andExpect(status().isForbidden());

        long before = jdbc.sql("select count(*) from petition").query(Long.class).single();
        mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("ACCUSATION", "检举" + s, PetitionTestData.residentId(), "13800001234",
                                ",\"accusedPersons\":[" + outOfScope.accountId().value() + "]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("petition.account.unknown"))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", "诉求" + s, PetitionTestData.residentId(), "13800001234",
                                ",\"accusedPersons\":[" + accused.accountId().value() + "]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("petition.accusedPerson.accusationOnly"));
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(before);

        String marker = "举报" + s;
        long id = register(officer, PetitionTestData.register("ACCUSATION", marker + "：区住建局某科长索要好处费",
                PetitionTestData.residentId(), "13800001234", ",\"accusedPersons\":[" + accused.accountId().value() + "]"));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(accused))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id).with(as(accused))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(accused))))).doesNotContain(marker);
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.recusedUsers[0]").value("kz" + s))
                .andExpect(jsonPath("$.timeline[?(@.step=='NAME_ACCUSED')]").isNotEmpty());
        step(officer, id, "assignee", "{\"accountId\":" + accused.accountId().value() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition.recusal.cannotAssign"));

        // the page form: the accused unit and the accused person picked in the registration form
        String page = mvc.perform(post("/petitions").with(as(officer)).param("channel", "LETTER").param("names", "王某")
                        .param("phones", "13800005678").param("residentIds", PetitionTestData.residentId())
                        .param("matter", "页面" + s + "：街道干部虚报冒领补贴").param("regionCode", "510107005000")
                        .param("category", "ACCUSATION").param("organs", String.valueOf(accusedUnit.id()))
                        .param("accusedPersons", String.valueOf(accused.accountId().value())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long pageId = Long.parseLong(page.replaceAll("^/petitions/(\\d+).*$", "$1"));
        // a form sent back with an error keeps the accused picked, so the naming is not silently lost
        String again = body(mvc.perform(post("/petitions").with(as(officer)).param("channel", "LETTER").param("names", "王某")
                        .param("matter", "").param("regionCode", "510107005000").param("category", "ACCUSATION")
                        .param("accusedPersons", String.valueOf(accused.accountId().value())))
                .andExpect(status().isBadRequest()));
        assertThat(again).contains("姓名kz" + s).containsPattern("value=\"" + accused.accountId().value() + "\"[^>]*checked");
        mvc.perform(get("/api/v1/petitions/" + pageId).with(as(accused))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/" + pageId).with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/" + pageId).with(as(townshipOfficer))).andExpect(status().isOk());
    }

    /** 信访工作条例 §30 ¶3: until the accused are named, the registering organ's office and the assigned handler only. */
    @Test
    void anAccusationWithoutNamedAccusedIsTheRegisteringOfficesAndTheAssignedHandlersOnly() throws Exception {
        long id = register(officer, PetitionTestData.register("ACCUSATION", "未具名" + s + "：某干部吃拿卡要",
                PetitionTestData.residentId(), "13800001234", ""));
        // the township's petition officer covers the matter's township but not the registering organ's region
        mvc.perform(get("/api/v1/petitions/" + id).with(as(townshipOfficer))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(townshipOfficer))))).isEqualTo("[]");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(countyAdmin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.accusedNamed").value(false));
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(officer))))).contains("accused-hint");
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(handler))).andExpect(status().isNotFound());
        ok(officer, id, "assignee", "{\"accountId\":" + handler.accountId().value() + "}");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(handler))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(head))).andExpect(status().isNotFound());
        // naming the accused afterwards (by the office, found by name) opens it to the township office, never to the accused
        ok(officer, id, "accused-person", "{\"accountId\":" + accusedAdmin.accountId().value() + "}");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(townshipOfficer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.accusedNamed").value(true));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(accusedAdmin))).andExpect(status().isNotFound());
        step(handler, id, "accused-person", "{\"accountId\":" + township.accountId().value() + "}").andExpect(status().isForbidden());
    }

    /** Finding 4: the repeat check and the registration-time note apply the visibility of the lists. */
    @Test
    void theRepeatCheckNeverNamesCountsOrHintsAtACaseHiddenFromTheCaller() throws Exception {
        String rid = PetitionTestData.residentId();
        String matter = "街道" + s + "某干部收受拆迁户好处费并克扣补偿款";
        long accusation = register(officer, PetitionTestData.register("ACCUSATION", matter, rid, "13800001234",
                ",\"organs\":[" + accusedUnit.id() + "]"));
        String secret = caseNumber(accusation);
        String query = "{\"residentId\":\"" + rid + "\",\"matter\":\"" + matter + "\"}";
        // the accused unit's officer and administrator: nothing, not even an empty hint beyond the empty list
        assertThat(body(mvc.perform(post("/api/v1/petitions/repeat-check").with(as(accusedAdmin))
                .contentType(MediaType.APPLICATION_JSON).content(query)).andExpect(status().isOk()))).isEqualTo("[]");
        // the petition office still sees the match
        mvc.perform(post("/api/v1/petitions/repeat-check").with(as(officer)).contentType(MediaType.APPLICATION_JSON).content(query))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].caseNumber").value(org.hamcrest.Matchers.hasItem(secret)));

        // a probe registration by the accused unit writes nothing about the accusation into a case it can read
        String probe = body(mvc.perform(post("/api/v1/petitions").with(as(accusedAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", matter + "，请求调查", rid, "13800001234", "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.earlier").isEmpty()));
        long probeId = ((Number) JsonPath.read(probe, "$.id")).longValue();
        assertThat(probe).doesNotContain(secret);
        assertThat(body(mvc.perform(get("/api/v1/petitions/" + probeId).with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(secret).doesNotContain("NOTE_REPEAT");
        assertThat(count("select count(*) from petition_timeline where petition_id = :p and step = 'NOTE_REPEAT'", probeId)).isZero();

        // the office's own registration notes the match; a reader who may not see the accusation never reads the note
        String second = body(mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", matter + "，要求退还", rid, "13800001234", ",\"route\":6")))
                .andExpect(status().isCreated()));
        long secondId = ((Number) JsonPath.read(second, "$.id")).longValue();
        assertThat(JsonPath.<List<String>>read(second, "$.earlier[*].caseNumber")).contains(secret);
        mvc.perform(get("/api/v1/petitions/" + secondId).with(as(officer)))
                .andExpect(jsonPath("$.timeline[?(@.step=='NOTE_REPEAT')].detail")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(secret))));
        assertThat(body(mvc.perform(get("/api/v1/petitions/" + secondId).with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(secret);
        assertThat(body(mvc.perform(get("/petitions/" + secondId).with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(secret);
    }

    private long decided() throws Exception {
        long id = register(officer, PetitionTestData.register("CLAIM", "物业" + s + "乱收费", PetitionTestData.residentId(),
                "13800001234", ",\"route\":6"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        ok(officer, id, "assignee", "{\"accountId\":" + handler.accountId().value() + "}");
        ok(handler, id, "accept", "{}");
        ok(handler, id, "decision", DECISION);
        return id;
    }

    /**
     * 信访工作条例 §36 online: a concluded matter is not accepted again, but the public page never names the earlier case
     * (anyone may type a resident id); a hidden concluded case does not stop or hint to staff who may not see it.
     */
    @Test
    void aConcludedMatterIsRefusedOnlineWithoutNamingTheCaseAndIsNeverHintedToStaffWhoMayNotSeeIt() throws Exception {
        String rid = PetitionTestData.residentId();
        String matter = "街道" + s + "干部挪用低保资金数万元";
        long id = register(officer, PetitionTestData.register("ACCUSATION", matter, rid, "13800001234",
                ",\"organs\":[" + accusedUnit.id() + "]"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        ok(officer, id, "assignee", "{\"accountId\":" + handler.accountId().value() + "}");
        ok(handler, id, "accept", "{}");
        ok(handler, id, "settle", "{\"agreement\":\"已退还挪用资金\"}").andExpect(jsonPath("$.status").value("SETTLED"));
        String secret = caseNumber(id);
        String page = body(mvc.perform(post("/public/petitions").param("name", "王某").param("phone", "13900001234")
                        .param("residentId", rid).param("matter", matter + "！").param("regionCode", "510107005000")
                        .param("category", "ACCUSATION")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("第三十六条").doesNotContain(secret);
        // the office is refused naming the case; the accused unit is neither refused nor told
        mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", matter, rid, "13800001234", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString(secret)));
        assertThat(body(mvc.perform(post("/api/v1/petitions").with(as(accusedAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", matter, rid, "13800001234", "")))
                .andExpect(status().isCreated()))).doesNotContain(secret);
    }

    /** Finding 5: a review requested before the decision is refused (bilingual 400), nothing changes, no alert. */
    @Test
    void aReviewRequestDatedBeforeTheDecisionIsRefusedAndRaisesNoAlert() throws Exception {
        long id = decided();
        LocalDate today = LocalDate.now(Deadline.ZONE);
        step(officer, id, "review-request", "{\"unitId\":" + cityHousing.id() + ",\"requestedOn\":\"" + today.minusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("petition.review.beforeDecision"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("信访工作条例第三十五条")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("before the decision")));
        mvc.perform(post("/petitions/" + id + "/review-request").with(as(officer)).param("unitId", String.valueOf(cityHousing.id()))
                        .param("requestedOn", today.minusDays(30).toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer))).andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.limits[?(@.limit=='REVIEW_DECIDE')]").isEmpty());
        sweep.sweep();
        assertThat(count("select count(*) from petition_alert where petition_id = :p", id)).isZero();
        // on the decision's own day it is accepted
        ok(officer, id, "review-request", "{\"unitId\":" + cityHousing.id() + ",\"requestedOn\":\"" + today + "\"}")
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        sweep.sweep();
        assertThat(count("select count(*) from petition_alert where petition_id = :p", id)).isZero();
    }

    /** Finding 1 for petitions: the page shows a form only when the step is allowed, and a forged post is refused. */
    @Test
    void aFormIsShownOnlyWhenTheStepIsAllowedAndAForgedPostIsRefused() throws Exception {
        long id = register(officer, PetitionTestData.register("CLAIM", "供暖" + s, PetitionTestData.residentId(), "13800001234",
                ",\"route\":6"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        ok(officer, id, "assignee", "{\"accountId\":" + handler.accountId().value() + "}");
        ok(officer, id, "assignee", "{\"accountId\":" + head.accountId().value() + "}");
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(officer))))).doesNotContain("accept-submit")
                .contains("assign-form");
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(handler))))).contains("accept-submit")
                .doesNotContain("transfer-form").doesNotContain("assign-form");
        mvc.perform(post("/petitions/" + id + "/accept").with(as(officer))).andExpect(status().isForbidden());
        mvc.perform(post("/petitions/" + id + "/accept").with(as(handler))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/petitions/" + id + "/extension").with(as(handler)).param("days", "10").param("reason", "需要检测"))
                .andExpect(status().is3xxRedirection());
        // 信访工作条例 §34: the requester sees no approval form, and a forged post is refused without effect
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(handler))))).doesNotContain("extension-approval-form");
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(head))))).contains("extension-approval-form");
        mvc.perform(post("/petitions/" + id + "/extension-approval").with(as(handler)).param("head", "局长 王某"))
                .andExpect(status().isForbidden());
        step(handler, id, "extension-approval", "{\"head\":\"局长 王某\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("petition.extension.selfApproval"));
        assertThat(count("select count(*) from petition where id = :p and extension_approved_by is not null", id)).isZero();
        mvc.perform(post("/petitions/" + id + "/extension-approval").with(as(head)).param("head", "局长 王某"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer))).andExpect(jsonPath("$.extensionApprovedBy").value("局长 王某"))
                .andExpect(jsonPath("$.allowed").value(org.hamcrest.Matchers.hasItem("SUPERVISE")));
    }
}
