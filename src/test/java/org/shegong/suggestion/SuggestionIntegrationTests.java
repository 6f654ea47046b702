package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.petition.PetitionId;
import org.shegong.demand.DemandId;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.petition.PetitionOpinionReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SuggestionIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SuggestionSweep sweep;
    @Autowired
    PointManagement points;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.shegong.demand.DemandManagement demands;
    @Autowired
    SuggestionManagement suggestionManagement;

    String s;
    StaffPrincipal office;
    StaffPrincipal handler;
    StaffPrincipal otherHandler;
    StaffPrincipal otherCounty;
    UnitView housing;

    @BeforeEach
    void units() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView socialWork = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        housing = units.create(province, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView traffic = units.create(province, "武侯区交通运输局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView jinjiang = units.create(province, "锦江区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000");
        office = StaffFixtures.staff(9101, "jy" + s, socialWork.id().value(), socialWork.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
        handler = StaffFixtures.staff(9102, "zj" + s, housing.id().value(), housing.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        otherHandler = StaffFixtures.staff(9103, "jt" + s, traffic.id().value(), traffic.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        otherCounty = StaffFixtures.staff(9104, "jj" + s, jinjiang.id().value(), jinjiang.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510104000000", Role.COUNTY_ADMIN);
    }

    static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions api(StaffPrincipal who, String path, String json) throws Exception {
        return mvc.perform(post(path).with(as(who)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long campaign(boolean publish) throws Exception {
        LocalDateTime now = LocalDateTime.now(Deadline.ZONE).truncatedTo(ChronoUnit.MINUTES);
        String json = """
                {"topic":"老旧小区改造%s","background":"征集老旧小区改造的意见建议","field":"城市建设","organUnitId":%d,
                 "opensAt":"%s","closesAt":"%s"}""".formatted(s, housing.id().value(), now.minusHours(1), now.plusDays(2));
        long id = ((Number) JsonPath.read(body(api(office, "/api/v1/suggestions/campaigns", json)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.campaign.status").value("DRAFT"))), "$.campaign.id"))
                .longValue();
        if (publish) {
            api(office, "/api/v1/suggestions/campaigns/" + id + "/publish", "{}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.statusNow").value("PUBLISHED")).andExpect(jsonPath("$.open").value(true));
        }
        return id;
    }

    MvcResult submit(Object... params) throws Exception {
        var req = post("/public/suggestions").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf());
        for (int i = 0; i < params.length; i += 2) {
            req.param((String) params[i], String.valueOf(params[i + 1]));
        }
        return mvc.perform(req).andReturn();
    }

    String submitted(MvcResult r) {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getErrorMessage()).isEqualTo(302);
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/public/suggestions/done?code=JY");
        return location.substring(location.indexOf("code=") + 5);
    }

    long idOf(String code) {
        return jdbc.sql("select id from suggestion where tracking_code = :c").param("c", code).query(Long.class).single();
    }

    int count() {
        return jdbc.sql("select count(*) from suggestion").query(Integer.class).single();
    }

    @Test
    void aCampaignSuggestionIsGroupedWithItsRepeatAnsweredOnceAndEveryProposerReadsAnswerAndFeedback() throws Exception {
        long campaign = campaign(true);
        String first = submitted(submit("campaignId", campaign, "topic", "建议加快老旧小区加装电梯", "measures",
                "简化老旧小区加装电梯审批流程，加大财政补贴力度，协调低层住户意见", "name", "张三", "phone", "13800001234",
                "anonymous", "false"));
        String second = submitted(submit("campaignId", campaign, "topic", "老旧小区加装电梯的建议", "measures",
                "希望简化加装电梯的审批流程，提高财政补贴，做好低层住户协调", "name", "李四", "phone", "139 0000 5678",
                "anonymous", "true"));
        String other = submitted(submit("campaignId", campaign, "topic", "老旧小区停车难", "measures",
                "利用小区周边空地建设立体停车场，错时开放机关单位停车位", "name", "王五", "phone", "13700009999"));
        long a = idOf(first);
        long b = idOf(second);
        assertThat(jdbc.sql("select group_id from suggestion where id = :id").param("id", b).query(Long.class).single()).isEqualTo(a);
        assertThat(jdbc.sql("select group_id from suggestion where id = :id").param("id", idOf(other)).query(Long.class)
                .optional()).isEmpty();
        // the mobile is sealed: neither the number nor its digits in clear
        assertThat(jdbc.sql("select phone_masked from suggestion where id = :id").param("id", b).query(String.class).single())
                .isEqualTo("139****5678");
        byte[] name = jdbc.sql("select name_cipher from suggestion where id = :id").param("id", a).query(byte[].class).single();
        assertThat(new String(name, StandardCharsets.UTF_8)).doesNotContain("张三");
        assertThat(jdbc.sql("select count(*) from suggestion where id = :id and (topic || measures) like '%13800001234%'")
                .param("id", a).query(Integer.class).single()).isZero();

        mvc.perform(get("/api/v1/suggestions/" + a).with(as(office))).andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("ONLINE")).andExpect(jsonPath("$.groupSize").value(2))
                .andExpect(jsonPath("$.proposer").value("张**")).andExpect(jsonPath("$.phoneMasked").value("138****1234"))
                .andExpect(jsonPath("$.feedbackDueDate").isNotEmpty()).andExpect(jsonPath("$.steps").value(
                        org.hamcrest.Matchers.containsInAnyOrder("ACCEPT", "SCREEN")));
        // the organ sees nothing before the transfer
        mvc.perform(get("/api/v1/suggestions/" + a).with(as(handler))).andExpect(status().isNotFound());

        api(office, "/api/v1/suggestions/" + a + "/accept", "{\"version\":1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        api(office, "/api/v1/suggestions/" + a + "/transfer", "{\"unitId\":" + housing.id() + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRANSFERRED"));
        mvc.perform(get("/api/v1/suggestions/" + b).with(as(handler))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRANSFERRED")).andExpect(jsonPath("$.steps[0]").value("ANSWER"));
        assertThat(JsonPath.<java.util.List<Object>>read(body(mvc.perform(get("/api/v1/suggestions").with(as(handler)))),
                "$[*].id")).containsExactlyInAnyOrder((int) a, (int) b);
        // another department neither sees nor answers it
        mvc.perform(get("/api/v1/suggestions/" + a).with(as(otherHandler))).andExpect(status().isNotFound());
        api(otherHandler, "/api/v1/suggestions/" + a + "/answer", "{\"answer\":\"x\"}").andExpect(status().isNotFound());
        // the office cannot answer for the organ
        api(office, "/api/v1/suggestions/" + a + "/answer", "{\"answer\":\"x\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("suggestion.rule.organ"));
        api(handler, "/api/v1/suggestions/" + a + "/answer", "{\"answer\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answer")).andExpect(jsonPath("$.errorEn").value("Enter the answer"));

        api(handler, "/api/v1/suggestions/" + a + "/answer", "{\"answer\":\"已纳入明年加装电梯补贴政策\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        assertThat(jdbc.sql("select answer from suggestion where id in (:a, :b)").param("a", a).param("b", b)
                .query(String.class).list()).containsOnly("已纳入明年加装电梯补贴政策");
        assertThat(jdbc.sql("select step from suggestion_timeline where suggestion_id = :b order by seq").param("b", b)
                .query(String.class).list()).containsExactly("RECEIVE", "GROUP", "ACCEPT", "TRANSFER", "ANSWER");
        // the step taken on the lead is noted on the repeat as taken with its group, not on the lead itself
        for (String step : java.util.List.of("ACCEPT", "ANSWER")) {
            assertThat(jdbc.sql("select note from suggestion_timeline where suggestion_id = :id and step = :step")
                    .param("id", a).param("step", step).query(String.class).list()).as(step).containsExactly((String) null);
            assertThat(jdbc.sql("select note from suggestion_timeline where suggestion_id = :id and step = :step")
                    .param("id", b).param("step", step).query(String.class).list()).as(step).containsExactly("随组 " + first);
        }
        // a group is named by its lead's id, a number in JSON
        mvc.perform(get("/api/v1/suggestions/" + b).with(as(handler))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(b)).andExpect(jsonPath("$.groupId").value(a));

        api(office, "/api/v1/suggestions/campaigns/" + campaign + "/feedback", "{\"feedback\":\"x\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("suggestion.rule.campaignState"));
        api(office, "/api/v1/suggestions/campaigns/" + campaign + "/close", "{}").andExpect(jsonPath("$.statusNow").value("CLOSED"));
        api(office, "/api/v1/suggestions/campaigns/" + campaign + "/feedback", "{\"feedback\":\"共收到建议3条，采纳2条<b>\"}")
                .andExpect(jsonPath("$.statusNow").value("FEEDBACK_PUBLISHED"));

        String track = mvc.perform(post("/public/suggestions/track").with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.csrf()).param("code", second).param("lastFour", "5678"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(track).contains("已纳入明年加装电梯补贴政策").contains("共收到建议3条，采纳2条&lt;b&gt;");
        String wrong = mvc.perform(post("/public/suggestions/track").with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.csrf()).param("code", second).param("lastFour", "1234"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).doesNotContain("已纳入明年加装电梯补贴政策").contains("track-none");
        String page = mvc.perform(get("/public/suggestions/campaigns/" + campaign)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("campaign-feedback").contains("共收到建议3条");
        String index = mvc.perform(get("/public/suggestions")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(index.substring(index.indexOf("campaigns-past"))).contains("老旧小区改造" + s).contains("共收到建议3条");
        mvc.perform(get("/api/v1/public/suggestions/campaigns/" + campaign)).andExpect(status().isOk())
                .andExpect(jsonPath("$.feedback").value("共收到建议3条，采纳2条<b>")).andExpect(jsonPath("$.createdBy").doesNotExist());
    }

    @Test
    void badInputIsRefusedWithAReasonInBothLanguagesAndNothingIsStored() throws Exception {
        long draft = campaign(false);
        long open = campaign(true);
        int before = count();
        Object[] good = { "topic", "建议增设社区食堂", "measures", "在社区服务综合体开设老年食堂", "name", "赵六",
                "phone", "13800001111", "regionCode", "510107000000" };
        record Case(String key, Object[] params) {
        }
        var cases = java.util.List.of(
                new Case("suggestion.topic.empty", with(good, "topic", " ")),
                new Case("suggestion.measures.empty", with(good, "measures", "")),
                new Case("suggestion.text.tooLong", with(good, "topic", "长".repeat(201))),
                new Case("suggestion.text.tooLong", with(good, "measures", "长".repeat(5001))),
                new Case("identity.phone.format", with(good, "phone", "12345")),
                new Case("suggestion.name.empty", with(good, "name", "")),
                new Case("suggestion.campaign.unpublished", with(good, "campaignId", draft)),
                new Case("suggestion.campaign.unknown", with(good, "campaignId", 987654321L)),
                new Case("suggestion.point.forged", with(good, "point", 1, "sig", "000000000000000000000000")),
                new Case("suggestion.region.invalid", with(good, "regionCode", "110101000000")));
        for (Case c : cases) {
            MvcResult r = submit(c.params());
            assertThat(r.getResponse().getStatus()).as(c.key()).isEqualTo(400);
            assertThat(r.getModelAndView().getModel().get("errorKey")).as(c.key()).isEqualTo(c.key());
        }
        api(office, "/api/v1/suggestions/campaigns/" + open + "/close", "{}").andExpect(status().isOk());
        MvcResult closed = submit(with(good, "campaignId", open));
        assertThat(closed.getResponse().getStatus()).isEqualTo(400);
        assertThat(closed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("这项专项征集已经截止");
        api(office, "/api/v1/suggestions", """
                {"channel":"LETTER","topic":"","measures":"x","name":"钱七"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("上海市人民建议征集若干规定第十条")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.startsWith("Provisions §10")));
        api(office, "/api/v1/suggestions", """
                {"channel":"LETTER","topic":"题","measures":"措施","name":"钱七","campaignId":%d}""".formatted(open))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.campaign.closed"));
        assertThat(count()).isEqualTo(before);
        mvc.perform(get("/public/suggestions/new").param("point", "1").param("sig", "forged"))
                .andExpect(status().isBadRequest());
    }

    static Object[] with(Object[] base, Object... overrides) {
        java.util.Map<Object, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < base.length; i += 2) {
            m.put(base[i], base[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            m.put(overrides[i], overrides[i + 1]);
        }
        return m.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }

    @Test
    void staffEnterOfflineSuggestionsOnceEvenWhenTheApiCallIsRetried() throws Exception {
        String json = """
                {"channel":"VISIT","topic":"社区增设充电桩%s","measures":"在小区停车场增设电动自行车充电桩","name":"孙八",
                 "phone":"13600002222","regionCode":"510107005000"}""".formatted(s);
        String key = "retry-" + s;
        long id = ((Number) JsonPath.read(body(mvc.perform(post("/api/v1/suggestions").with(as(office))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.channel").value("VISIT"))), "$.id")).longValue();
        long again = ((Number) JsonPath.read(body(mvc.perform(post("/api/v1/suggestions").with(as(office))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json))), "$.id")).longValue();
        assertThat(again).isEqualTo(id);
        // a county outside the region neither sees nor lists it
        mvc.perform(get("/api/v1/suggestions/" + id).with(as(otherCounty))).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/api/v1/suggestions").with(as(otherCounty))))).doesNotContain("社区增设充电桩" + s);
        // a department handler may not register
        api(handler, "/api/v1/suggestions", json).andExpect(status().isForbidden());
        // nor a staff member outside the region enter one there
        api(otherCounty, "/api/v1/suggestions", json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("suggestion.region.invalid"));
        String page = mvc.perform(get("/suggestions/" + id).with(as(office))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("accept-submit").contains("screen-submit").contains("screen-category")
                .contains("value=\"ZF-01\"").doesNotContain("answer-submit")
                .doesNotContain("13600002222");
    }

    int demandsFrom(String suggestionCode) {
        return jdbc.sql("""
                select count(*) from demand_timeline where action = 'SUBMIT' and detail like :d""")
                .param("d", "%人民建议 " + suggestionCode).query(Integer.class).single();
    }

    @Test
    void screeningRegistersAPersonalClaimAsOneLinkedDemandAndTellsTheProposerOfTheLegalChannel() throws Exception {
        String claim = submitted(submit("topic", "我家楼上漏水", "measures", "请物业尽快维修我家楼上的漏水管道", "name", "周九",
                "phone", "13500003333", "regionCode", "510107000000"));
        String legal = submitted(submit("topic", "劳动合同纠纷", "measures", "公司拖欠我三个月工资，要求赔偿", "name", "吴十",
                "phone", "13500004444", "regionCode", "510107000000"));
        // without a category the claim cannot be registered: refused in both languages, nothing changed
        api(office, "/api/v1/suggestions/" + idOf(claim) + "/screen", "{\"outcome\":\"PERSONAL_CLAIM\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("categoryCode"))
                .andExpect(jsonPath("$.error").value("转为接诉即办诉求时请选择诉求分类"))
                .andExpect(jsonPath("$.errorEn").value("Choose the demand category to register the personal claim as a 12345 demand"));
        // an unknown category is the demand intake's refusal, and the screening is rolled back with it
        api(office, "/api/v1/suggestions/" + idOf(claim) + "/screen", "{\"outcome\":\"PERSONAL_CLAIM\",\"categoryCode\":\"XX\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.category.unknown"));
        assertThat(jdbc.sql("select status from suggestion where tracking_code = :c").param("c", claim).query(String.class)
                .single()).isEqualTo("REGISTERED");
        assertThat(demandsFrom(claim)).isZero();

        api(office, "/api/v1/suggestions/" + idOf(claim) + "/screen", "{\"outcome\":\"PERSONAL_CLAIM\",\"categoryCode\":\"ZF-01\"}")
                .andExpect(jsonPath("$.status").value("REDIRECTED")).andExpect(jsonPath("$.screening").value("PERSONAL_CLAIM"));
        // exactly one demand, carrying the proposer's sealed mobile and the suggestion's code on its intake entry
        assertThat(demandsFrom(claim)).isEqualTo(1);
        var demand = jdbc.sql("""
                select d.id, d.tracking_code, d.kind, d.category_code, d.region_code, d.matter, d.phone_index, d.phone_masked
                from demand d join demand_timeline t on t.demand_id = d.id
                where t.action = 'SUBMIT' and t.detail like :d""").param("d", "%人民建议 " + claim).query().singleRow();
        String demandCode = (String) demand.get("tracking_code");
        assertThat(demandCode).startsWith("SC");
        assertThat(demand.get("kind")).isEqualTo("HELP");
        assertThat(demand.get("category_code")).isEqualTo("ZF-01");
        assertThat(demand.get("region_code")).isEqualTo("510107000000");
        assertThat((String) demand.get("matter")).contains("漏水");
        assertThat((String) demand.get("phone_masked")).endsWith("3333");
        assertThat(demand.get("phone_index")).isEqualTo(jdbc.sql("select phone_index from suggestion where tracking_code = :c")
                .param("c", claim).query(String.class).single());
        // the suggestion keeps the demand's code on its timeline, and the proposer reads it when tracking
        assertThat(jdbc.sql("select note from suggestion_timeline where suggestion_id = :id and step = 'DEMAND'")
                .param("id", idOf(claim)).query(String.class).single()).startsWith(demandCode);
        String claimTrack = mvc.perform(post("/public/suggestions/track").with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.csrf()).param("code", claim).param("lastFour", "3333"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(claimTrack).contains("12345接诉即办").contains(demandCode);
        // with that code and the same last four digits the proposer follows the demand itself
        assertThat(demands.track(demandCode, "3333")).isPresent();
        // screening again is refused (no longer a step of a redirected suggestion) and registers no second demand
        api(office, "/api/v1/suggestions/" + idOf(claim) + "/screen", "{\"outcome\":\"PERSONAL_CLAIM\",\"categoryCode\":\"ZF-01\"}")
                .andExpect(status().isForbidden());
        assertThat(demandsFrom(claim)).isEqualTo(1);

        api(office, "/api/v1/suggestions/" + idOf(legal) + "/screen", "{\"outcome\":\"LEGAL_CHANNEL\",\"note\":\"可申请劳动仲裁\"}")
                .andExpect(jsonPath("$.status").value("REDIRECTED"));
        assertThat(demandsFrom(legal)).isZero();
        String track = mvc.perform(post("/public/suggestions/track").with(org.springframework.security.test.web.servlet
                .request.SecurityMockMvcRequestPostProcessors.csrf()).param("code", legal).param("lastFour", "4444"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(track).contains("诉讼、仲裁、行政复议").contains("可申请劳动仲裁");
        api(office, "/api/v1/suggestions/" + idOf(legal) + "/transfer", "{\"unitId\":" + housing.id() + "}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonalClaimWithoutTheProposersMobileCannotBecomeADemand() throws Exception {
        long id = ((Number) JsonPath.read(body(api(office, "/api/v1/suggestions", """
                {"channel":"LETTER","topic":"我家门口路灯坏了%s","measures":"请修好我家门口的路灯","name":"郑一",
                 "regionCode":"510107000000"}""".formatted(s)).andExpect(status().isCreated())), "$.id")).longValue();
        String code = jdbc.sql("select tracking_code from suggestion where id = :id").param("id", id).query(String.class).single();
        api(office, "/api/v1/suggestions/" + id + "/screen", "{\"outcome\":\"PERSONAL_CLAIM\",\"categoryCode\":\"CJ-02\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("outcome"))
                .andExpect(jsonPath("$.code").value("suggestion.screening.noContact"));
        assertThat(jdbc.sql("select status from suggestion where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("REGISTERED");
        assertThat(demandsFrom(code)).isZero();
    }

    @Test
    void aHotlineDemandOfTheKindProposalBecomesOneAnonymousSuggestionLinkedByItsTrackingCode() throws Exception {
        UnitView hotline = units.create(StaffFixtures.provinceAdmin(), "成都市12345热线服务中心" + s, UnitKind.GOVERNMENT,
                "510100000000");
        StaffPrincipal operator = StaffFixtures.staff(9105, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        String proposal = body(mvc.perform(post("/api/v1/demands").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"PROPOSAL","categoryCode":"JT-03","matter":"建议在玉林路口增设左转信号灯%s","phone":"13700007777",
                         "contactName":"陈先生","regionCode":"510107000000"}""".formatted(s)))
                .andExpect(status().isCreated()));
        long demandId = ((Number) JsonPath.read(proposal, "$.id")).longValue();
        String demandCode = JsonPath.read(proposal, "$.trackingCode");
        String complaint = body(mvc.perform(post("/api/v1/demands").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"COMPLAINT","categoryCode":"JT-03","matter":"玉林路口信号灯坏了%s","phone":"13700008888",
                         "regionCode":"510107000000"}""".formatted(s)))
                .andExpect(status().isCreated()));
        long complaintId = ((Number) JsonPath.read(complaint, "$.id")).longValue();
        // only the proposal is announced as one, without the caller's contact
        assertThat(events.stream(org.shegong.demand.ProposalReceived.class).filter(e -> e.demandId().value() == demandId))
                .singleElement().satisfies(e -> {
                    assertThat(e.trackingCode()).isEqualTo(demandCode);
                    assertThat(e.toString()).doesNotContain("13700007777").doesNotContain("陈先生");
                });
        assertThat(events.stream(org.shegong.demand.ProposalReceived.class).filter(e -> e.demandId().value() == complaintId)).isEmpty();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from suggestion where source_ref = :r").param("r", "demand:" + demandCode)
                .query(Integer.class).single() == 1);
        var row = jdbc.sql("""
                select channel, region_code, measures, proposer_masked, anonymous, phone_cipher is null as no_phone,
                  name_cipher is null as no_name
                from suggestion where source_ref = :r""").param("r", "demand:" + demandCode).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("HOTLINE");
        assertThat(row.get("region_code")).isEqualTo("510107000000");
        assertThat((String) row.get("measures")).contains("左转信号灯" + s);
        assertThat(row.get("proposer_masked")).isEqualTo("热线来电人");
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.get("no_phone")).isEqualTo(true);
        assertThat(row.get("no_name")).isEqualTo(true);
        // the same event delivered again (a republished event after a restart) adds nothing
        tx.executeWithoutResult(st -> publisher.publishEvent(new org.shegong.demand.ProposalReceived(new DemandId(demandId), demandCode,
                "510107000000", "建议在玉林路口增设左转信号灯" + s, java.time.Instant.now())));
        suggestionManagement.receiveFromHotline(demandId, demandCode, "510107000000", "重复", java.time.Instant.now());
        assertThat(jdbc.sql("select count(*) from suggestion where source_ref = :r").param("r", "demand:" + demandCode)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theShowcaseAndThePublicApiShowTheProposerMaskedOrAnonymousAndNeverTheMobile() throws Exception {
        String named = submitted(submit("topic", "公园增设健身步道" + s, "measures", "在浣花溪公园增设夜间照明健身步道",
                "name", "郑十一", "phone", "13400005555", "regionCode", "510107000000"));
        String hidden = submitted(submit("topic", "学校周边交通疏导" + s, "measures", "上下学时段增派交警和志愿者疏导交通",
                "name", "冯十二", "phone", "13400006666", "regionCode", "510107000000", "anonymous", "true"));
        for (String code : java.util.List.of(named, hidden)) {
            long id = idOf(code);
            api(office, "/api/v1/suggestions/" + id + "/accept", "{}").andExpect(status().isOk());
            api(office, "/api/v1/suggestions/" + id + "/transfer", "{\"unitId\":" + housing.id() + "}").andExpect(status().isOk());
            api(handler, "/api/v1/suggestions/" + id + "/answer", "{\"answer\":\"采纳\"}").andExpect(status().isOk());
            api(handler, "/api/v1/suggestions/" + id + "/adopt", "{\"adoption\":\"ADOPTED\"}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("suggestion.adoption.result"));
            api(handler, "/api/v1/suggestions/" + id + "/adopt",
                    "{\"adoption\":\"ADOPTED\",\"result\":\"MEASURE\",\"link\":\"javascript:alert(1)\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.adoption.link"));
            api(handler, "/api/v1/suggestions/" + id + "/adopt",
                    "{\"adoption\":\"ADOPTED\",\"result\":\"MEASURE\",\"link\":\"https://www.sc.gov.cn/notice/1\"}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.adoption").value("ADOPTED"));
        }
        String api = body(mvc.perform(get("/api/v1/public/suggestions/showcase")).andExpect(status().isOk()));
        assertThat(JsonPath.<java.util.List<String>>read(api, "$[?(@.topic == '公园增设健身步道" + s + "')].proposer"))
                .containsExactly("郑**");
        assertThat(JsonPath.<java.util.List<String>>read(api, "$[?(@.topic == '学校周边交通疏导" + s + "')].proposer"))
                .containsExactly("匿名");
        assertThat(api).doesNotContain("冯").doesNotContain("郑十一").doesNotContain("13400005555").doesNotContain("5555")
                .doesNotContain("phone");
        assertThat(JsonPath.<java.util.List<Object>>read(api, "$[?(@.topic == '公园增设健身步道" + s + "')].answer"))
                .containsOnlyNulls();
        assertThat(api).doesNotContain(named).doesNotContain(hidden);
        String page = mvc.perform(get("/public/suggestions/showcase")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("学校周边交通疏导" + s).contains("匿名").contains("郑**").doesNotContain("冯十二")
                .doesNotContain("郑十一").doesNotContain("13400006666");
    }

    @Test
    void aPetitionClassifiedAsAnOpinionBecomesASuggestionLinkedByItsCaseNumber() {
        String caseNumber = "XF510107-" + s;
        tx.executeWithoutResult(st -> publisher.publishEvent(new PetitionOpinionReceived(new PetitionId(77), caseNumber, "510107000000",
                "建议在地铁站增设无障碍电梯", java.time.Instant.now())));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from suggestion where source_ref = :r").param("r", "petition:" + caseNumber)
                .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select channel from suggestion where source_ref = :r").param("r", "petition:" + caseNumber)
                .query(String.class).single()).isEqualTo("PETITION");
    }

    @Test
    void aSuggestionPastItsFeedbackDeadlineIsNoticedOnceToTheOrgan() throws Exception {
        String code = submitted(submit("topic", "增设公交线路" + s, "measures", "开通连接社区和地铁站的微循环公交", "name", "陈一",
                "phone", "13300007777", "regionCode", "510107000000"));
        long id = idOf(code);
        api(office, "/api/v1/suggestions/" + id + "/accept", "{}").andExpect(status().isOk());
        api(office, "/api/v1/suggestions/" + id + "/transfer", "{\"unitId\":" + housing.id() + "}").andExpect(status().isOk());
        jdbc.sql("update suggestion set feedback_due_at = now() - interval '1 minute' where id = :id").param("id", id).update();
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep()).isZero();
        assertThat(jdbc.sql("select count(*) from notify_notice where unit_id = :u and kind = 'suggestion.overdue'")
                .param("u", housing.id().value()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/suggestions/" + id).with(as(handler))).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.timeline[-1].step").value("OVERDUE"));
    }

    @Test
    void aCollectionPointsSignedLinkRecordsThePointAsTheChannel() throws Exception {
        Point p = points.register(office, "玉林社区人民建议征集点" + s, "玉林北路2号", "510107005000");
        String link = points.link(p);
        String page = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("玉林社区人民建议征集点" + s);
        String sig = link.substring(link.indexOf("sig=") + 4);
        String code = submitted(submit("topic", "社区增设口袋公园", "measures", "利用闲置地块建设口袋公园", "name", "林二",
                "phone", "13200008888", "point", p.id(), "sig", sig));
        assertThat(jdbc.sql("select channel || ':' || point_id || ':' || region_code from suggestion where tracking_code = :c")
                .param("c", code).query(String.class).single()).isEqualTo("POINT:" + p.id() + ":510107005000");
        MvcResult forged = submit("topic", "社区增设口袋公园", "measures", "利用闲置地块建设口袋公园", "name", "林二",
                "phone", "13200008888", "point", p.id().value() + 1, "sig", sig);
        assertThat(forged.getResponse().getStatus()).isEqualTo(400);
        String svg = mvc.perform(get("/suggestions/points/" + p.id() + "/qr.svg").with(as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<svg").contains("<path");
        mvc.perform(get("/suggestions/points/" + p.id() + "/poster").with(as(otherCounty))).andExpect(status().isNotFound());
        String listed = body(mvc.perform(get("/api/v1/suggestions/points").with(as(office))).andExpect(status().isOk()));
        assertThat(JsonPath.<java.util.List<String>>read(listed, "$[?(@.point.id == " + p.id() + ")].link"))
                .singleElement().asString().endsWith(link);
        api(office, "/api/v1/suggestions/points", "{\"name\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("suggestion.point.name.empty"));
        api(office, "/api/v1/suggestions/points", "{\"name\":\"锦江征集点\",\"regionCode\":\"510104000000\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.region.invalid"));
    }

    @Test
    void statisticsCountByCampaignChannelAndPointWithTheAdoptionRateAndFrequentTermsAndExportToExcel() throws Exception {
        long campaign = campaign(true);
        Point p = points.register(office, "簇桥社区征集点" + s, "", "510107012000");
        String link = points.link(p);
        String sig = link.substring(link.indexOf("sig=") + 4);
        String a = submitted(submit("campaignId", campaign, "topic", "增加社区公共充电桩", "measures", "在小区停车场增设电动汽车充电桩",
                "name", "甲", "phone", "13100000001", "point", p.id(), "sig", sig));
        submitted(submit("campaignId", campaign, "topic", "规范电动自行车充电", "measures", "建设集中充电棚，禁止楼道充电",
                "name", "乙", "phone", "13100000002"));
        submitted(submit("campaignId", campaign, "topic", "完善垃圾分类", "measures", "增加垃圾分类投放点和督导员",
                "name", "丙", "phone", "13100000003"));
        long id = idOf(a);
        api(office, "/api/v1/suggestions/" + id + "/accept", "{}").andExpect(status().isOk());
        api(office, "/api/v1/suggestions/" + id + "/transfer", "{\"unitId\":" + housing.id() + "}").andExpect(status().isOk());
        api(handler, "/api/v1/suggestions/" + id + "/answer", "{\"answer\":\"采纳\"}").andExpect(status().isOk());
        api(handler, "/api/v1/suggestions/" + id + "/adopt", "{\"adoption\":\"PARTLY\",\"result\":\"MEASURE\"}")
                .andExpect(status().isOk());

        String json = body(mvc.perform(get("/api/v1/suggestions/statistics").param("campaign", String.valueOf(campaign))
                .with(as(office))).andExpect(status().isOk()));
        assertThat(JsonPath.<Integer>read(json, "$.total.received")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(json, "$.total.adopted")).isEqualTo(1);
        assertThat(JsonPath.<Double>read(json, "$.total.adoptionRate")).isEqualTo(100.0);
        assertThat(JsonPath.<java.util.List<Integer>>read(json, "$.byChannel[?(@.label == 'ONLINE')].received")).containsExactly(2);
        assertThat(JsonPath.<java.util.List<Integer>>read(json, "$.byChannel[?(@.label == 'POINT')].received")).containsExactly(1);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.byPoint[*].label")).containsExactly("簇桥社区征集点" + s);
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.byRegion[*].label")).containsExactly("武侯区");
        String terms = body(mvc.perform(get("/api/v1/suggestions/statistics/terms").param("campaign", String.valueOf(campaign))
                .with(as(office))).andExpect(status().isOk()));
        assertThat(JsonPath.<String>read(terms, "$[0].word")).isEqualTo("充电");
        assertThat(JsonPath.<Integer>read(terms, "$[0].count")).isEqualTo(2);
        // another county's figures hold none of these
        assertThat(JsonPath.<Integer>read(body(mvc.perform(get("/api/v1/suggestions/statistics")
                .param("campaign", String.valueOf(campaign)).with(as(otherCounty)))), "$.total.received")).isZero();
        mvc.perform(get("/api/v1/suggestions/statistics").with(as(handler))).andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/suggestions/statistics.xlsx").param("campaign", String.valueOf(campaign))
                .with(as(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("按渠道").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(wb.getSheet("按征集点").getRow(1).getCell(0).getStringCellValue()).isEqualTo("簇桥社区征集点" + s);
            assertThat(wb.getSheet("高频词").getRow(1).getCell(0).getStringCellValue()).isEqualTo("充电");
        }
        String page = mvc.perform(get("/suggestions/statistics").param("campaign", String.valueOf(campaign)).with(as(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("terms-chart").contains("/js/suggestion-terms.js").doesNotContain("<script>\n");
        // the campaign asked for stays selected
        assertThat(page).containsPattern("value=\"" + campaign + "\"\\s+selected");
    }

    @Test
    void anAwardRoundGivesAdoptedSuggestionsGradesWithinQuotasAndThePanelsDecisionIsAudited() throws Exception {
        String a = submitted(submit("topic", "推广社区幸福食堂" + s, "measures", "每个街道至少建设一个社区幸福食堂", "name", "何一",
                "phone", "13900001001", "regionCode", "510107000000"));
        String b = submitted(submit("topic", "增设夜间公交" + s, "measures", "开通连接大学城和市区的夜间公交", "name", "何二",
                "phone", "13900001002", "regionCode", "510107000000"));
        String notAdopted = submitted(submit("topic", "修建摩天轮" + s, "measures", "在锦江边修建摩天轮", "name", "何三",
                "phone", "13900001003", "regionCode", "510107000000"));
        for (String code : java.util.List.of(a, b, notAdopted)) {
            long id = idOf(code);
            api(office, "/api/v1/suggestions/" + id + "/accept", "{}").andExpect(status().isOk());
            api(office, "/api/v1/suggestions/" + id + "/transfer", "{\"unitId\":" + housing.id() + "}").andExpect(status().isOk());
            api(handler, "/api/v1/suggestions/" + id + "/answer", "{\"answer\":\"已研究\"}").andExpect(status().isOk());
            api(handler, "/api/v1/suggestions/" + id + "/adopt", code.equals(notAdopted) ? "{\"adoption\":\"NOT_ADOPTED\"}"
                    : "{\"adoption\":\"ADOPTED\",\"result\":\"DECISION\"}").andExpect(status().isOk());
        }
        int year = java.time.LocalDate.now(Deadline.ZONE).getYear();
        long round = ((Number) JsonPath.read(body(api(office, "/api/v1/suggestions/awards",
                "{\"year\":" + year + ",\"title\":\"年度优秀建议" + s + "\",\"grades\":\"一等奖=1; 二等奖=2\"}")
                .andExpect(status().isCreated())), "$.id")).longValue();
        String path = "/api/v1/suggestions/awards/" + round;
        // the grades stored one row each, in the order typed (V272), not as 'name=places; …'
        assertThat(jdbc.sql("""
                select string_agg(ord || ':' || name || '=' || places, ' ' order by ord)
                  from suggestion_award_grade where round_id = :r""").param("r", round).query(String.class).single())
                .isEqualTo("1:一等奖=1 2:二等奖=2");
        api(office, path + "/grant", "{\"suggestionId\":" + idOf(a) + ",\"grade\":\"一等奖\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.awards['" + idOf(a) + "']").value("一等奖"));
        api(office, path + "/grant", "{\"suggestionId\":" + idOf(b) + ",\"grade\":\"一等奖\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.award.quota"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("“一等奖”名额为1个")));
        api(office, path + "/grant", "{\"suggestionId\":" + idOf(notAdopted) + ",\"grade\":\"二等奖\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.award.notEligible"));
        api(office, path + "/grant", "{\"suggestionId\":" + idOf(b) + ",\"grade\":\"二等奖\"}").andExpect(status().isOk());
        api(handler, path + "/grant", "{\"suggestionId\":" + idOf(b) + ",\"grade\":\"二等奖\"}").andExpect(status().isForbidden());
        api(otherCounty, path + "/grant", "{\"suggestionId\":" + idOf(b) + ",\"grade\":\"二等奖\"}").andExpect(status().isNotFound());
        api(office, path + "/decide", "{\"panel\":\"张教授、李研究员\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("suggestion.award.panel"));
        api(office, path + "/decide", "{\"panel\":\"张教授、李研究员、王代表\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.panel.length()").value(3));
        // the panel stored as a text[] in the order named (V272), not joined by 、
        assertThat(jdbc.sql("""
                select cardinality(panel) || ':' || array_to_string(panel, '|') from suggestion_award_round where id = :r""")
                .param("r", round).query(String.class).single()).isEqualTo("3:张教授|李研究员|王代表");
        api(office, path + "/grant", "{\"suggestionId\":" + idOf(a) + ",\"grade\":\"二等奖\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("suggestion.award.decided"));
        assertThat(jdbc.sql("select grade from suggestion_award where round_id = :r order by grade").param("r", round)
                .query(String.class).list()).containsExactly("一等奖", "二等奖");
        assertThat(jdbc.sql("select action from identity_audit_log where target = :t order by seq").param("t", "award-round:" + round)
                .query(String.class).list()).containsSubsequence("suggestion.award.open", "suggestion.award.grant",
                        "suggestion.award.grant", "suggestion.award.decide");
    }

    @Test
    void regroupingACampaignGroupsItsOpenRepeatsAgainInOnePass() throws Exception {
        long campaign = campaign(true);
        String first = submitted(submit("campaignId", campaign, "topic", "建议加快老旧小区加装电梯", "measures",
                "简化老旧小区加装电梯审批流程，加大财政补贴力度，协调低层住户意见", "name", "许一", "phone", "13800003001"));
        String repeat = submitted(submit("campaignId", campaign, "topic", "老旧小区加装电梯的建议", "measures",
                "希望简化加装电梯的审批流程，提高财政补贴，做好低层住户协调", "name", "许二", "phone", "13800003002"));
        submitted(submit("campaignId", campaign, "topic", "老旧小区停车难", "measures", "利用小区周边空地建设立体停车场",
                "name", "许三", "phone", "13800003003"));
        jdbc.sql("update suggestion set group_id = null where campaign_id = :c").param("c", campaign).update();
        api(office, "/api/v1/suggestions/campaigns/" + campaign + "/regroup", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.groups").value(1));
        assertThat(jdbc.sql("select group_id from suggestion where id = :id").param("id", idOf(repeat)).query(Long.class)
                .single()).isEqualTo(idOf(first));
        api(handler, "/api/v1/suggestions/campaigns/" + campaign + "/regroup", "").andExpect(status().isForbidden());
        api(otherCounty, "/api/v1/suggestions/campaigns/" + campaign + "/regroup", "").andExpect(status().isNotFound());
    }
}
