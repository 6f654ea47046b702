package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the hotline's judgement learns from operators besides intake (issue 11): a refused repeat ("不是重复") is a
 * pair lesson the matcher honours, a category corrected in re-dispatching an upheld return is a correction that
 * changes the next suggestion; traditional characters and other awkward input are judged, never a 500; the demand
 * page shows what was suggested next to what was chosen.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class IntakeLessonsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    MergeManagement merges;
    @Autowired
    IntakeJudgement judgement;
    @Autowired
    JdbcClient jdbc;

    StaffPrincipal operator;
    StaffPrincipal yulin;
    UnitView yulinOffice;
    UnitView housingBureau;
    String s;

    @BeforeEach
    void units() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        yulinOffice = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        housingBureau = units.create(province, "武侯区住建局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        operator = StaffFixtures.staff(330, "il-op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
        yulin = StaffFixtures.staff(331, "il-yl" + s, yulinOffice.id().value(), yulinOffice.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
    }

    private long submit(String category, String village, String matter, String phone) {
        return demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, category, matter, phone, "吴女士",
                null, null, null, village), operator, null).id().value();
    }

    private static String json(Object o) {
        return JsonMapper.builder().build().writeValueAsString(o);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(operator))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int refusalsOf(long a, long b) {
        return jdbc.sql("""
                select count(*) from demand_lesson where source = 'MERGE_REFUSED'
                and ((demand_id = :a and other_id = :b) or (demand_id = :b and other_id = :a))
                """).param("a", a).param("b", b).query(Integer.class).single();
    }

    @Test
    void aRefusedRepeatIsAPairLessonAndIsNeverOfferedAgainEitherWayRound() throws Exception {
        // 跳伞塔社区 (510107005011): no other test files demands there
        String v = "510107005011";
        long first = submit("HJ-02", v, "跳伞塔社区棕树南街的烧烤店油烟直排，熏得楼上住户不敢开窗", "13822250001");
        long alike = submit("HJ-02", v, "棕树南街烧烤店油烟直接排到居民楼，窗户都不敢开", "13822250002");
        long third = submit("HJ-02", v, "再次反映棕树南街烧烤店油烟扰民，熏得不敢开窗", "13822250003");
        assertThat(merges.repeatsOf(operator.scope(), new DemandId(first))).extracting(r -> r.demandId().value()).contains(alike, third);
        assertThat(demands.find(operator, new DemandId(first)).allowed()).contains(DemandStep.REFUSE_MERGE);

        // the API: "not a repeat", stored with who and when
        mvc.perform(post("/api/v1/demands/" + first + "/not-repeat").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"otherId\":" + alike + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first));
        assertThat(refusalsOf(first, alike)).isEqualTo(1);
        assertThat(jdbc.sql("select decided_by from demand_lesson where source = 'MERGE_REFUSED' and demand_id = :a")
                .param("a", first).query(String.class).single()).isEqualTo(operator.username());
        assertThat(merges.repeatsOf(operator.scope(), new DemandId(first))).extracting(r -> r.demandId().value()).doesNotContain(alike).contains(third);
        assertThat(merges.repeatsOf(operator.scope(), new DemandId(alike))).extracting(r -> r.demandId().value()).doesNotContain(first);
        // refused again (from the other side): nothing more is stored
        merges.refuse(operator, new DemandId(alike), new DemandId(first));
        assertThat(refusalsOf(first, alike)).isEqualTo(1);

        // the page form calls the same method; the decided pairs are shown as such, with who
        mvc.perform(post("/demands/" + first + "/not-repeat").with(as(operator)).with(csrf()).param("otherId",
                String.valueOf(third))).andExpect(status().is3xxRedirection());
        assertThat(refusalsOf(first, third)).isEqualTo(1);
        String panel = page("/demands/" + first + "/follow-up");
        assertThat(panel).contains("repeat-decisions", "不是重复", operator.username())
                .doesNotContain("name=\"otherId\" value=\"" + alike + "\"");
        assertThat(merges.decisions(Scope.PROVINCE, new DemandId(first))).extracting(PairDecision::kind, d -> d.otherId().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PairDecision.Kind.NOT_A_REPEAT, alike),
                        org.assertj.core.groups.Tuple.tuple(PairDecision.Kind.NOT_A_REPEAT, third));

        // a merged pair cannot be refused; nor a demand itself; a handling unit may not refuse at all
        long merged = submit("HJ-02", v, "棕树南街烧烤店油烟熏人，开不了窗", "13822250004");
        merges.merge(operator, new DemandId(merged), new DemandId(first));
        mvc.perform(post("/api/v1/demands/" + first + "/not-repeat").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"otherId\":" + merged + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("merge.refuse.merged"))
                .andExpect(jsonPath("$.error").isNotEmpty()).andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(page("/demands/" + first + "/follow-up")).contains("已并入本件");
        mvc.perform(post("/api/v1/demands/" + first + "/not-repeat").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"otherId\":" + first + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("merge.self"));
        long fourth = submit("HJ-02", v, "棕树南街烧烤店半夜还在营业，油烟噪音都大", "13822250005");
        mvc.perform(post("/api/v1/demands/" + fourth + "/not-repeat").with(as(yulin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"otherId\":" + first + "}"))
                .andExpect(status().isForbidden());
        assertThat(refusalsOf(fourth, first)).isZero();
    }

    @Test
    void aRepeatRefusedInTheWorkbenchSuggestionsIsRecordedWithTheNewDemand() throws Exception {
        String v = "510107005011";
        long earlier = submit("HJ-02", v, "跳伞塔社区玉林南街的火锅店排烟管对着居民窗户，油烟熏人", "13822250011");
        String text = "玉林南街火锅店的排烟管正对着我家窗户，油烟熏得不行";
        mvc.perform(post("/demands").with(as(operator)).with(csrf()).param("kind", "COMPLAINT").param("channel", "HOTLINE")
                        .param("categoryCode", "HJ-02").param("matter", text).param("phone", "13822250012")
                        .param("regionCode", v).param("notRepeatOf", String.valueOf(earlier), String.valueOf(earlier)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from demand where matter = :m").param("m", text).query(Long.class).single();
        assertThat(refusalsOf(id, earlier)).isEqualTo(1);
        assertThat(merges.repeatsOf(operator.scope(), new DemandId(id))).extracting(r -> r.demandId().value()).doesNotContain(earlier);
    }

    @Test
    void aCategoryCorrectedWhenAnUpheldReturnIsReDispatchedTeachesTheNextSuggestion() throws Exception {
        // 新南路社区 (510107005012): no other test files demands there
        String v = "510107005012";
        String text = "新南路社区菜市场门口有人摆摊卖二手自行车，把消防通道都堵了半边";
        IntakeJudgement.Advice before = judgement.suggest(operator, new IntakeJudgement.Typed(text, null, v, null));
        IntakeJudgement.Choice first = before.categories().get(0);
        IntakeJudgement.Choice right = before.categories().get(1);
        assertThat(right.code()).isNotEqualTo(first.code());

        long id = submit(first.categoryCode(), v, text, "13822250021");
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));

        // a category cannot be changed by a first dispatch, nor before the return is upheld
        long fresh = submit("CJ-08", v, "新南路社区菜市场旁边的垃圾桶三天没人清", "13822250022");
        int version = demands.find(Scope.PROVINCE, new DemandId(fresh)).version();
        mvc.perform(post("/api/v1/demands/" + fresh + "/dispatch").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("leadUnitId", yulinOffice.id(), "coHandlerUnitIds", List.of(), "reason", "派单",
                                "categoryCode", right.code()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.recategorise.afterUpheldReturn"))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(demands.find(Scope.PROVINCE, new DemandId(fresh)).version()).isEqualTo(version);
        assertThat(demands.find(Scope.PROVINCE, new DemandId(fresh)).categoryCode()).isEqualTo("CJ-08");

        demands.returnOrder(yulin, new DemandId(id), "不属于街道职责，应由城管执法处理");
        assertThat(demands.find(operator, new DemandId(id)).allowed()).doesNotContain(DemandStep.RECATEGORISE);
        demands.upholdReturn(operator, new DemandId(id));
        assertThat(demands.find(operator, new DemandId(id)).allowed()).contains(DemandStep.RECATEGORISE, DemandStep.DISPATCH);
        String detail = page("/demands/" + id);
        assertThat(detail).contains("id=\"recategorise\"", "value=\"" + right.code() + "\"");

        // an unknown code is refused, and nothing changes
        mvc.perform(post("/demands/" + id + "/dispatch").with(as(operator)).with(csrf())
                        .param("leadUnitId", String.valueOf(housingBureau.id())).param("text", "改派")
                        .param("categoryCode", "XX-99"))
                .andExpect(status().isBadRequest());
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.RETURNED);

        // re-dispatched from the page with the corrected item
        mvc.perform(post("/demands/" + id + "/dispatch").with(as(operator)).with(csrf())
                        .param("leadUnitId", String.valueOf(housingBureau.id())).param("text", "退单理由成立，改派")
                        .param("categoryCode", right.code()))
                .andExpect(status().is3xxRedirection());
        var after = demands.find(Scope.PROVINCE, new DemandId(id));
        assertThat(after.status()).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(after.categoryCode()).isEqualTo(right.categoryCode());
        TimelineEntry corrected = after.timeline().stream().filter(e -> e.step() == DemandStep.RECATEGORISE).findFirst()
                .orElseThrow();
        assertThat(corrected.actor()).isEqualTo(operator.username());
        assertThat(corrected.detail()).contains(right.name(), " → ").doesNotContain(right.code());
        assertThat(page("/demands/" + id)).contains("更正分类", right.name());
        assertThat(jdbc.sql("select label from demand_lesson where demand_id = :id and source = 'CORRECTION'").param("id", id)
                .query(String.class).list()).containsExactly(right.code());
        assertThat(jdbc.sql("select category_code from demand_text where demand_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(right.categoryCode());
        assertThat(jdbc.sql("select category_code from insight_demand where demand_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(right.categoryCode());

        // the next call like it is suggested the corrected item first
        IntakeJudgement.Advice next = judgement.suggest(operator, new IntakeJudgement.Typed(
                "新南路社区菜市场门口又有人摆摊卖二手自行车，消防通道堵了", null, v, null));
        assertThat(next.categories().get(0).code()).isEqualTo(right.code());
    }

    @Test
    void traditionalCharactersAreJudgedLikeSimplified() throws Exception {
        IntakeJudgement.Advice traditional = judgement.suggest(operator,
                new IntakeJudgement.Typed("停水三天了沒有人管，樓裡的老人喝水都困難", null, "510107005013", null));
        IntakeJudgement.Advice simplified = judgement.suggest(operator,
                new IntakeJudgement.Typed("停水三天了没有人管，楼里的老人喝水都困难", null, "510107005013", null));
        assertThat(traditional.categories()).extracting(IntakeJudgement.Choice::code)
                .isEqualTo(simplified.categories().stream().map(IntakeJudgement.Choice::code).toList());
        assertThat(traditional.categories().get(0).confidence()).isEqualTo(simplified.categories().get(0).confidence());

        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("text", "樓下瓦斯外洩，味道很重"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emergency.kind").value("GAS_LEAK"))
                .andExpect(jsonPath("$.emergency.transferTo").value("119"));
        // the citizen's page too
        mvc.perform(post("/public/demands/suggest").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("text", "廚房裡天然氣味道好大，頭都昏了"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emergency.kind").value("GAS_LEAK"));
    }

    @Test
    void awkwardInputGetsAClearAnswerOrABilingualErrorNeverA500() throws Exception {
        // emoji only, mixed scripts, a bare number: an answer (perhaps with no suggestion), never a failure
        for (String text : List.of("😡😡😡", "Water停水 three days 三天了 🚰 نه", "12345", "\u200b停水\u200b", "a".repeat(2000))) {
            mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                            .content(json(Map.of("text", text))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.categories").isArray());
        }
        // empty, missing, too long (10,000 characters), not JSON: a bilingual 400
        for (String body : List.of("{\"text\":\"\"}", "{}", json(Map.of("text", "停".repeat(10_000))), "{\"text\":", "[1,2]")) {
            mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isNotEmpty())
                    .andExpect(jsonPath("$.errorEn").isNotEmpty());
        }
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("text", "停水", "address", "路".repeat(301)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.suggest.address.tooLong"));

        // suggestions never block intake: whatever the panel sent (or failed to send), the demand is registered
        String text = "南虹村社区" + s + "的路灯坏了一排，晚上黑黢黢的";
        mvc.perform(post("/demands").with(as(operator)).with(csrf()).param("kind", "COMPLAINT").param("channel", "HOTLINE")
                        .param("categoryCode", "CJ-02").param("matter", text).param("phone", "13822250031")
                        .param("regionCode", "510107005013").param("itemCode", "no-such-item")
                        .param("suggested", "💥".repeat(3000)).param("emergency", "<script>").param("mergeInto", "999999999")
                        .param("notRepeatOf", "999999998"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from demand where matter = :m").param("m", text).query(Long.class).single();
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.RECEIVED);
    }

    @Test
    void theDemandPageShowsWhatWasSuggestedNextToWhatWasChosenInNames() throws Exception {
        String text = "南虹村社区" + s + "停水两天了，自来水公司也没个通知";
        IntakeJudgement.Advice advice = judgement.suggest(operator, new IntakeJudgement.Typed(text, null, "510107005013", null));
        String suggested = advice.categories().stream().map(c -> c.code() + " " + c.confidence())
                .collect(java.util.stream.Collectors.joining(","));
        mvc.perform(post("/demands").with(as(operator)).with(csrf()).param("kind", "COMPLAINT").param("channel", "HOTLINE")
                        .param("categoryCode", "CJ-05").param("itemCode", "CJ-05-01").param("matter", text)
                        .param("phone", "13822250041").param("regionCode", "510107005013").param("suggested", suggested))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from demand where matter = :m").param("m", text).query(Long.class).single();
        int edition = jdbc.sql("select catalogue_edition from demand_judgement where demand_id = :id").param("id", id)
                .query(Integer.class).single();
        String zh = page("/demands/" + id);
        assertThat(zh).contains("intake-judgement", "受理时的智能提示", "供水 › 停水", "第 " + edition + " 版",
                advice.categories().get(0).name());
        assertThat(zh.substring(zh.indexOf("intake-judgement"), zh.indexOf("intake-edition"))).doesNotContain("CJ-05-01");
        String en = mvc.perform(get("/demands/" + id).with(as(operator)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Suggested at intake", "catalogue edition " + edition);
        String block = en.substring(en.indexOf("intake-judgement"), en.indexOf("intake-edition"));
        assertThat(block).doesNotContain("CJ-05-01").doesNotContain("城乡建设");
    }
}
