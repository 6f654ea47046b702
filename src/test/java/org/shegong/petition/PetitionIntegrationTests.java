package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PetitionIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.shegong.identity.AccountManagement accounts;
    @Autowired
    PetitionSweep sweep;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.modulith.events.core.EventSerializer serializer;

    StaffPrincipal officer;
    StaffPrincipal handler;
    StaffPrincipal head;
    StaffPrincipal cityReviewer;
    StaffPrincipal provinceReviewer;
    StaffPrincipal accusedAdmin;
    StaffPrincipal countyAdmin;
    UnitView housing;
    UnitView cityHousing;
    UnitView provinceHousing;
    UnitView accused;
    String s;

    @BeforeEach
    void units() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView bureau = units.create(province, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        housing = units.create(province, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        cityHousing = units.create(province, "成都市住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510100000000");
        provinceHousing = units.create(province, "四川省住房和城乡建设厅" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510000000000");
        accused = units.create(province, "武侯区某街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView socialWork = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        officer = StaffFixtures.staff(9001, "xf" + s, bureau.id().value(), bureau.name(), UnitKind.GOVERNMENT, "510107000000",
                Role.PETITION_OFFICER);
        handler = StaffFixtures.staff(account("zj" + s, housing), "zj" + s, housing.id().value(), housing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        head = StaffFixtures.staff(account("jz" + s, housing), "jz" + s, housing.id().value(), housing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        cityReviewer = StaffFixtures.staff(account("cd" + s, cityHousing), "cd" + s, cityHousing.id().value(), cityHousing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510100000000", Role.DEPARTMENT_HANDLER);
        provinceReviewer = StaffFixtures.staff(account("sc" + s, provinceHousing), "sc" + s, provinceHousing.id().value(), provinceHousing.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, "510000000000", Role.DEPARTMENT_HANDLER);
        // the accused unit's staff, even with an administrator's and a petition officer's role over the whole township
        accusedAdmin = StaffFixtures.staff(9005, "jd" + s, accused.id().value(), accused.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF, Role.PETITION_OFFICER, Role.COUNTY_ADMIN);
        countyAdmin = StaffFixtures.staff(9006, "sg" + s, socialWork.id().value(), socialWork.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
    }

    /** A real account (assignment names real staff) with the handler role in that unit. */
    private long account(String username, UnitView unit) {
        return accounts.create(StaffFixtures.provinceAdmin(), new org.shegong.identity.NewAccount(username, username, unit.id(),
                java.util.Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null)).id().value();
    }

    /** The petition office assigns a staff member of the unit the case is with; only then do they see it. */
    private void assign(long id, StaffPrincipal who) throws Exception {
        ok(officer, id, "assignee", "{\"accountId\":" + who.accountId().value() + "}");
    }

    private String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long register(String json) throws Exception {
        String out = body(mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isCreated()));
        return ((Number) JsonPath.read(out, "$.id")).longValue();
    }

    private ResultActions step(StaffPrincipal who, long id, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/petitions/" + id + "/" + action).with(as(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions ok(StaffPrincipal who, long id, String action, String json) throws Exception {
        return step(who, id, action, json).andExpect(status().isOk());
    }

    private static final String DECISION = """
            {"outcome":"EXPLAIN","facts":"经查，电梯维保合同已到期","reasons":"物业公司已重新签约维保","legalBasis":"《特种设备安全法》第三十九条"}
            """;

    private long count() {
        return jdbc.sql("select count(*) from petition").query(Long.class).single();
    }

    /** Registers a route-6 claim and takes it to a handling decision. */
    private long decided(String rid, String matter) throws Exception {
        long id = register(PetitionTestData.register("CLAIM", matter, rid, "13800001234", ",\"route\":6"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + ",\"mode\":\"ASSIGN\"}");
        assign(id, handler);
        ok(handler, id, "accept", "{}");
        ok(handler, id, "decision", DECISION);
        return id;
    }

    @Test
    void aPetitionRunsFromRegistrationThroughDecisionReviewAndReReviewToConclusion() throws Exception {
        String rid = PetitionTestData.residentId();
        long id = register(PetitionTestData.register("CLAIM", "小区电梯停运三个月无人维修" + s, rid, "13800001234", ",\"route\":6"));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.petitioners[0].residentId").value(rid.substring(0, 6) + "********" + rid.substring(14)))
                .andExpect(jsonPath("$.limits[?(@.limit=='SORT')].explanation").isNotEmpty());
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(officer))))).as("the registration line reads as words")
                .contains("来信 / 申诉求决").doesNotContain("LETTER / CLAIM");
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + ",\"mode\":\"TRANSFER\"}")
                .andExpect(jsonPath("$.status").value("TRANSFERRED"))
                .andExpect(jsonPath("$.limits[?(@.limit=='OBJECT')].date").isNotEmpty());
        // the handling organ's staff see nothing until assigned to the case
        mvc.perform(get("/api/v1/petitions/" + id).with(as(handler))).andExpect(status().isNotFound());
        assign(id, handler);
        assign(id, head);
        ok(handler, id, "accept", "{}").andExpect(jsonPath("$.status").value("ACCEPTED"));
        ok(handler, id, "extension", "{\"days\":20,\"reason\":\"需要委托第三方检测\"}");
        // 信访工作条例 §34: the one who asked cannot approve — refused as a step not permitted to them, naming the rule
        step(handler, id, "extension-approval", "{\"head\":\"局长 王某\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("信访工作条例第三十四条")))
                .andExpect(jsonPath("$.code").value("petition.extension.selfApproval"));
        ok(head, id, "extension-approval", "{\"head\":\"局长 王某\"}").andExpect(jsonPath("$.extensionApprovedBy").value("局长 王某"));
        ok(handler, id, "decision", DECISION).andExpect(jsonPath("$.status").value("DECIDED"));
        // §35: not a township below the decider, only the organ one level up
        step(officer, id, "review-request", "{\"unitId\":" + accused.id() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition.review.higherOrgan"));
        ok(officer, id, "review-request", "{\"unitId\":" + cityHousing.id() + "}").andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        assign(id, cityReviewer);
        ok(cityReviewer, id, "review-decision", DECISION).andExpect(jsonPath("$.status").value("REVIEWED"));
        ok(officer, id, "re-review-request", "{\"unitId\":" + provinceHousing.id() + "}");
        assign(id, provinceReviewer);
        ok(provinceReviewer, id, "hearing", "{\"days\":3,\"note\":\"公开听证\"}").andExpect(jsonPath("$.hearingDays").value(3));
        String done = body(ok(provinceReviewer, id, "re-review-decision", DECISION).andExpect(jsonPath("$.status").value("CONCLUDED")));
        List<String> docs = JsonPath.read(done, "$.documents[*].kind");
        assertThat(docs).containsExactly("RECEIPT", "ACCEPTANCE", "EXTENSION_NOTICE", "HANDLING_DECISION", "REVIEW_DECISION",
                "RE_REVIEW_DECISION");
        List<String> steps = JsonPath.read(done, "$.timeline[*].step");
        assertThat(steps).contains("REGISTER", "CLASSIFY", "TRANSFER", "ASSIGN", "ACCEPT", "REQUEST_EXTENSION", "APPROVE_EXTENSION",
                "DECIDE", "REVIEW_REQUEST", "DECIDE_REVIEW", "RE_REVIEW_REQUEST", "RECORD_HEARING", "DECIDE_RE_REVIEW");
        // the timeline cannot be rewritten
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from petition_timeline where petition_id = :p")
                .param("p", id).update()).hasMessageContaining("append-only");
    }

    @Test
    void aConcludedMatterIsNotAcceptedAgainButANewMatterOfTheSamePetitionerIs() throws Exception {
        String rid = PetitionTestData.residentId();
        String matter = "小区电梯停运三个月无人维修，物业公司不作为" + s;
        long id = decided(rid, matter);
        ok(officer, id, "review-request", "{\"unitId\":" + cityHousing.id() + "}");
        assign(id, cityReviewer);
        ok(cityReviewer, id, "review-decision", DECISION);
        ok(officer, id, "re-review-request", "{\"unitId\":" + provinceHousing.id() + "}");
        assign(id, provinceReviewer);
        ok(provinceReviewer, id, "re-review-decision", DECISION);
        long before = count();
        mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", "物业公司不作为，小区电梯停运三个月一直无人维修！" + s, rid, "13800001234", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("第三十六条")))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString(
                        JsonPath.<String>read(body(mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))), "$.caseNumber"))));
        assertThat(count()).isEqualTo(before);
        register(PetitionTestData.register("CLAIM", "村道路灯损坏两个月，夜间出行不安全", rid, "13800001234", ""));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aSimilarMatterStillInProgressIsRegisteredWithAWarningNamingTheEarlierCase() throws Exception {
        String rid = PetitionTestData.residentId();
        long first = register(PetitionTestData.register("CLAIM", "拆迁安置房十年未办理产权证" + s, rid, "13800001234", ",\"route\":6"));
        String firstCase = JsonPath.read(body(mvc.perform(get("/api/v1/petitions/" + first).with(as(officer)))), "$.caseNumber");
        String second = body(mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(PetitionTestData.register("CLAIM", "拆迁安置房十年未办理产权证，请求尽快办理" + s, rid, "13800001234", "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.earlier[0].caseNumber").value(firstCase))
                .andExpect(jsonPath("$.earlier[0].concluded").value(false)));
        mvc.perform(get("/api/v1/petitions/" + JsonPath.read(second, "$.id")).with(as(officer)))
                .andExpect(jsonPath("$.timeline[?(@.step=='NOTE_REPEAT')].detail").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(firstCase))));
        mvc.perform(post("/api/v1/petitions/repeat-check").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"residentId\":\"" + rid + "\",\"matter\":\"拆迁安置房十年未办理产权证" + s + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].caseNumber").value(org.hamcrest.Matchers.hasItem(firstCase)));
    }

    @Test
    void sixRepresentativesOfAGroupVisitAreRefusedNamingTheRuleAndNothingIsStored() throws Exception {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            people.append(i == 0 ? "" : ",").append("{\"name\":\"代表").append(i).append("\",\"representative\":true}");
        }
        long before = count();
        mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel":"VISIT","groupVisit":true,"petitioners":[%s],"matter":"征地补偿款未足额发放","regionCode":"510107005000","category":"CLAIM"}
                        """.formatted(people)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("信访工作条例第十八条：多人走访应当推选代表，代表人数不得超过5人"))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("at most 5")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anExtensionBeyondThirtyDaysOrASecondOneIsRefusedNamingTheRule() throws Exception {
        long id = register(PetitionTestData.register("CLAIM", "供暖费退费纠纷" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        assign(id, handler);
        ok(handler, id, "accept", "{}");
        step(handler, id, "extension", "{\"days\":31,\"reason\":\"需要检测\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("信访工作条例第三十四条：延长期限不得超过30日"));
        ok(handler, id, "extension", "{\"days\":30,\"reason\":\"需要检测\"}");
        step(handler, id, "extension", "{\"days\":5,\"reason\":\"还需要检测\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("信访工作条例第三十四条：办理期限只能延长一次"));
        step(handler, id, "decision", "{\"outcome\":\"REJECT\",\"facts\":\"事实\",\"reasons\":\"理由\",\"legalBasis\":\" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("legalBasis"));
        // not the review organ's: refused as a step not permitted to the handler, naming the rule
        step(handler, id, "review-decision", DECISION).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("petition.rule.reviewer"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = register(PetitionTestData.register("CLAIM", "公交线路调整" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, id, "transfer", "{\"version\":1,\"unitId\":" + housing.id() + "}");
        step(officer, id, "major", "{\"version\":1,\"reason\":\"涉及人数多\"}").andExpect(status().isConflict());
    }

    @Test
    void routesOneToFiveGetAChannelNoticeAndNeverEnterTheTrack() throws Exception {
        for (int route = 1; route <= 5; route++) {
            long id = register(PetitionTestData.register("CLAIM", "劳动合同纠纷" + route + s, PetitionTestData.residentId(),
                    "13800001234", ",\"route\":" + route));
            step(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("第三十一条")));
            ok(officer, id, "channel", "{}").andExpect(jsonPath("$.status").value("CHANNELLED"))
                    .andExpect(jsonPath("$.documents[1].kind").value("CHANNEL_NOTICE"))
                    .andExpect(jsonPath("$.limits[?(@.limit=='DECIDE')]").isEmpty());
        }
    }

    @Test
    void aMajorMatterIsReportedUpAtOnceWithoutPetitionerData() throws Exception {
        long id = register(PetitionTestData.register("CLAIM", "重大" + s + "：百余名业主聚集", PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, id, "major", "{\"reason\":\"涉及人数众多，可能引发群体性事件\"}").andExpect(jsonPath("$.major").value(true));
        assertThat(events.stream(PetitionAlertRaised.class).filter(e -> e.petitionId().value() == id))
                .singleElement().satisfies(e -> assertThat(e.alert()).isEqualTo("MAJOR"));
        assertThat(jdbc.sql("select count(*) from petition_alert where petition_id = :p and alert = 'MAJOR'").param("p", id)
                .query(Long.class).single()).isEqualTo(1);
        step(officer, id, "major", "{\"reason\":\"再次标记\"}").andExpect(status().isBadRequest());
        step(handler, id, "major", "{\"reason\":\"承办单位无权标记\"}").andExpect(status().isForbidden());
    }

    /**
     * The alert is kept in the publication registry for notify's listener with the petition's id as the bare number it
     * was before the id had a type of its own (decision 0007), so publications stored before still read back.
     */
    @Test
    void aRaisedAlertIsStoredWithItsPetitionIdAsABareNumber() throws Exception {
        long id = register(PetitionTestData.register("CLAIM", "存储" + s + "：业主聚集", PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, id, "major", "{\"reason\":\"涉及人数众多\"}");
        List<String> stored = jdbc.sql("""
                select serialized_event from event_publication where event_type = :type and serialized_event like :id""")
                .param("type", PetitionAlertRaised.class.getName()).param("id", "%\"petitionId\":" + id + ",%")
                .query(String.class).list();
        assertThat(stored).isNotEmpty();
        assertThat(serializer.deserialize(stored.get(0), PetitionAlertRaised.class).petitionId()).isEqualTo(new PetitionId(id));
    }

    @Test
    void anUpheldDecisionIsSupervisedUntilCarriedOutAndOtherOutcomesNeedNoExecution() throws Exception {
        long explained = decided(PetitionTestData.residentId(), "解释说明" + s);
        step(handler, explained, "execution", "{\"note\":\"已落实\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("信访工作条例第三十二条")));
        long id = register(PetitionTestData.register("CLAIM", "支持" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, id, "transfer", "{\"unitId\":" + housing.id() + "}");
        assign(id, handler);
        ok(handler, id, "accept", "{}");
        ok(handler, id, "decision", DECISION.replace("EXPLAIN", "UPHOLD"))
                .andExpect(jsonPath("$.decision.outcome").value("UPHOLD"));
        // decision 0007: one row per decision, one column per part (no delimited text)
        assertThat(jdbc.sql("select outcome from petition_decision where petition_id = :p and stage = 'HANDLING'").param("p", id)
                .query(String.class).list()).containsExactly("UPHOLD");
        long before = JsonPath.<Integer>read(body(mvc.perform(get("/api/v1/petitions/statistics").with(as(officer)))), "$.upheldNotExecuted");
        step(officer, id, "execution", "{\"note\":\"已维修\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("petition.rule.handler"));
        ok(handler, id, "execution", "{\"note\":\"电梯已于本周修复并恢复运行\"}").andExpect(jsonPath("$.executedAt").isNotEmpty());
        mvc.perform(get("/api/v1/petitions/statistics").with(as(officer)))
                .andExpect(jsonPath("$.upheldNotExecuted").value((int) before - 1));
        step(handler, id, "execution", "{\"note\":\"再次\"}").andExpect(status().isBadRequest());
    }

    @Test
    void theCasePageAndWorkbenchRenderInChineseAndEnglishWithEveryLabel() throws Exception {
        long id = decided(PetitionTestData.residentId(), "双语" + s);
        for (String lang : new String[] { "zh_CN", "en" }) {
            for (String page : new String[] { "/petitions/" + id, "/petitions", "/petitions/new", "/petitions/statistics" }) {
                String html = body(mvc.perform(get(page).param("lang", lang).with(as(officer))).andExpect(status().isOk()));
                assertThat(html).as(page + " " + lang).doesNotContain("??");
            }
        }
        assertThat(body(mvc.perform(get("/petitions/" + id).param("lang", "en").with(as(officer))))).contains("Handling decision");
    }

    @Test
    void anOpinionIsForwardedWithAnEvent() throws Exception {
        long id = register(PetitionTestData.register("OPINION", "建议在玉林北路增设非机动车停车区" + s, PetitionTestData.residentId(),
                "13800001234", ""));
        ok(officer, id, "forward-opinion", "{}").andExpect(jsonPath("$.status").value("OPINION_FORWARDED"));
        assertThat(events.stream(PetitionOpinionReceived.class).filter(e -> e.petitionId().value() == id)).hasSize(1);
    }

    @Test
    void theAccuserIsHiddenFromTheAccusedUnitInPagesApiExportAndSearch() throws Exception {
        String marker = "检举" + s;
        long id = register(PetitionTestData.register("ACCUSATION", marker + "：街道某干部收受拆迁户好处费", PetitionTestData.residentId(),
                "13800001234", ",\"organs\":[" + accused.id() + "]"));
        long claim = register(PetitionTestData.register("CLAIM", "申诉" + s + "：街道未按时发放低保", PetitionTestData.residentId(),
                "13800001234", ",\"organs\":[" + accused.id() + "]"));
        // the accused unit: nothing, whatever its roles
        mvc.perform(get("/api/v1/petitions/" + id).with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id).with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/" + id + "/documents/0").with(as(accusedAdmin))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(marker).contains("申诉" + s);
        assertThat(body(mvc.perform(get("/api/v1/petitions/export.csv").with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(marker).contains("申诉" + s);
        assertThat(body(mvc.perform(get("/petitions").param("q", s).with(as(accusedAdmin))).andExpect(status().isOk())))
                .doesNotContain(marker).contains("申诉" + s);
        step(accusedAdmin, id, "supervision", "{\"note\":\"查看\"}").andExpect(status().isNotFound());
        step(officer, id, "transfer", "{\"unitId\":" + accused.id() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("第四十六条")));
        // anyone else in scope sees it
        mvc.perform(get("/api/v1/petitions/" + id).with(as(countyAdmin))).andExpect(status().isOk());
        assertThat(body(mvc.perform(get("/api/v1/petitions/export.csv").with(as(countyAdmin))))).contains(marker);
        mvc.perform(get("/api/v1/petitions/" + claim).with(as(accusedAdmin))).andExpect(status().isOk());
    }

    @Test
    void aStaffMemberNamedAsAccusedNoLongerSeesTheAccusationAndCannotBeAssignedToIt() throws Exception {
        String marker = "举报" + s;
        long id = register(PetitionTestData.register("ACCUSATION", marker + "：区住建局某科长索要好处费", PetitionTestData.residentId(),
                "13800001234", ""));
        var account = accounts.create(StaffFixtures.provinceAdmin(), new org.shegong.identity.NewAccount("kz" + s, "某科长",
                housing.id(), java.util.Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null));
        // with a region-wide view, so that only the naming can hide the case from them
        var named = StaffFixtures.staff(account.id().value(), account.username(), housing.id().value(), housing.name(),
                UnitKind.GOVERNMENT, "510107000000", Role.COUNTY_ADMIN);
        mvc.perform(get("/api/v1/petitions/" + id).with(as(named))).andExpect(status().isOk());

        ok(officer, id, "accused-person", "{\"accountId\":" + account.id() + "}");

        // 信访工作条例 §30 ¶3, §46: not in the page, the API, search or export, and never assigned
        mvc.perform(get("/api/v1/petitions/" + id).with(as(named))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id).with(as(named))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(named))))).doesNotContain(marker);
        assertThat(body(mvc.perform(get("/api/v1/petitions/export.csv").with(as(named))))).doesNotContain(marker);
        step(officer, id, "assignee", "{\"accountId\":" + account.id() + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("petition.recusal.cannotAssign"));
        // a claim names no accused person
        long claim = register(PetitionTestData.register("CLAIM", "诉求" + s, PetitionTestData.residentId(), "13800001234", ""));
        step(officer, claim, "accused-person", "{\"accountId\":" + account.id() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition.accusedPerson.accusationOnly"));
    }

    @Test
    void anOnlineAccusationClassifiedAgainstAUnitAndItsMaterialAreHiddenFromThatUnit() throws Exception {
        long id = register(PetitionTestData.register("ACCUSATION", "材料" + s + "：某单位虚报冒领补贴", PetitionTestData.residentId(),
                "13800001234", ""));
        // 信访工作条例 §30 ¶3: until the accused are named, only the registering organ's petition office sees it
        mvc.perform(get("/api/v1/petitions/" + id).with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(countyAdmin))).andExpect(status().isOk());
        ok(officer, id, "classify", "{\"category\":\"ACCUSATION\",\"organs\":[" + accused.id() + "]}")
                .andExpect(jsonPath("$.organs[0].id").value(accused.id().value()));
        byte[] png = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/petitions/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "证据<1>.png", "image/png", png)).with(as(officer)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments[0].contentType").value("image/png"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/petitions/" + id + "/attachments")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png", "<html>".getBytes())).with(as(officer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        mvc.perform(get("/api/v1/petitions/" + id + "/attachments/0").with(as(officer))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/petitions/" + id + "/attachments/0").with(as(accusedAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id + "/attachments/0").with(as(accusedAdmin))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", "材料" + s).with(as(accusedAdmin))))).isEqualTo("[]");
    }

    @Test
    void staffWhoRecuseCanNeitherSeeNorBeAssignedTheCase() throws Exception {
        long id = register(PetitionTestData.register("CLAIM", "宅基地纠纷" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        var colleagueAccount = accounts.create(StaffFixtures.provinceAdmin(), new org.shegong.identity.NewAccount("ts" + s, "同事甲",
                officer.unitId(), java.util.Set.of(Role.PETITION_OFFICER), "Sichuan#2026go", null, null));
        var otherAccount = accounts.create(StaffFixtures.provinceAdmin(), new org.shegong.identity.NewAccount("qt" + s, "同事乙",
                officer.unitId(), java.util.Set.of(Role.PETITION_OFFICER), "Sichuan#2026go", null, null));
        StaffPrincipal colleague = StaffFixtures.staff(colleagueAccount.id().value(), "ts" + s, officer.unitId().value(), officer.unitName(),
                UnitKind.GOVERNMENT, "510107000000", Role.PETITION_OFFICER);
        // the officer picks a handler from the unit's staff
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(officer))))).contains("同事甲（ts" + s + "）", "同事乙（qt" + s + "）");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(colleague))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/petitions/" + id + "/recusal").with(as(colleague)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"信访人是本人亲属\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/petitions/" + id).with(as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/" + id).with(as(colleague))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/petitions").param("q", s).with(as(colleague))))).doesNotContain("宅基地纠纷" + s);
        assertThat(body(mvc.perform(get("/api/v1/petitions/export.csv").with(as(colleague))))).doesNotContain("宅基地纠纷" + s);
        // no longer offered, and refused if asked for anyway
        assertThat(body(mvc.perform(get("/petitions/" + id).with(as(officer))))).doesNotContain("同事甲（ts" + s + "）");
        step(officer, id, "assignee", "{\"accountId\":" + colleagueAccount.id() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("第二十八条")));
        ok(officer, id, "assignee", "{\"accountId\":" + otherAccount.id() + "}")
                .andExpect(jsonPath("$.assigneeAccountId").value(otherAccount.id().value()))
                .andExpect(jsonPath("$.recusedUsers[0]").value("ts" + s));
    }

    @Test
    void theSweepRaisesEachAccountabilityAlertOnceWithoutPetitionerData() throws Exception {
        long late = register(PetitionTestData.register("CLAIM", "逾期未转送" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        long ext = register(PetitionTestData.register("CLAIM", "延期未批准" + s, PetitionTestData.residentId(), "13800001234", ",\"route\":6"));
        ok(officer, ext, "transfer", "{\"unitId\":" + housing.id() + "}");
        assign(ext, handler);
        ok(handler, ext, "accept", "{}");
        ok(handler, ext, "extension", "{\"days\":10,\"reason\":\"需要检测\"}");
        jdbc.sql("update petition_deadline set due_at = now() - interval '1 hour' where petition_id in (:a, :b)"
                + " and limit_kind in ('SORT', 'NOTICE', 'DECIDE', 'EXTENSION_APPROVAL')").param("a", late).param("b", ext).update();
        sweep.sweep();
        List<String> alerts = jdbc.sql("select petition_id || ':' || alert from petition_alert where petition_id in (:a, :b) order by 1")
                .param("a", late).param("b", ext).query(String.class).list();
        assertThat(alerts).contains(late + ":NOT_REGISTERED_IN_TIME", late + ":NOTICE_LATE", ext + ":OVERDUE",
                ext + ":EXTENSION_WITHOUT_APPROVAL");
        assertThat(events.stream(PetitionAlertRaised.class).filter(e -> e.petitionId().value() == late)).hasSize(2)
                .allSatisfy(e -> assertThat(e.caseNumber()).startsWith("XF510107"));
        sweep.sweep();
        assertThat(jdbc.sql("select count(*) from petition_alert where petition_id in (:a, :b)").param("a", late).param("b", ext)
                .query(Long.class).single()).isEqualTo(alerts.size());
        mvc.perform(get("/api/v1/petitions/alerts").with(as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.petitionId==" + late + ")]").isNotEmpty());
    }

    @Test
    void thePetitionerQueriesWithTheCodeAndLastFourDigitsAndRatesTheHandling() throws Exception {
        long id = decided(PetitionTestData.residentId(), "物业乱收费" + s);
        String code = jdbc.sql("select tracking_code from petition where id = :id").param("id", id).query(String.class).single();
        String wrong = body(mvc.perform(post("/public/petitions/track").param("code", code).param("lastFour", "9999").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())));
        assertThat(wrong).doesNotContain("物业乱收费" + s).contains("track-none");
        String right = body(mvc.perform(post("/public/petitions/track").param("code", code).param("lastFour", "1234").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())));
        assertThat(right).contains("物业乱收费" + s).contains("信访处理意见书");
        mvc.perform(post("/public/petitions/rate").param("code", code).param("lastFour", "1234").param("score", "1")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select rating from petition where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void statisticsCountByCategoryAndOrganWithinScope() throws Exception {
        register(PetitionTestData.register("CLAIM", "统计" + s, PetitionTestData.residentId(), "13800001234",
                ",\"route\":6,\"organs\":[" + housing.id() + "]"));
        mvc.perform(get("/api/v1/petitions/statistics").with(as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.byCategory.CLAIM").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.topOrgans['" + housing.name() + "']").value(1));
        mvc.perform(get("/api/v1/petitions/statistics").with(as(handler))).andExpect(status().isForbidden());
    }
}
