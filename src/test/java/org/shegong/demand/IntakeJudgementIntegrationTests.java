package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The hotline's judgement at intake, through the real API, database and catalogue (issue 11). */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class IntakeJudgementIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    IntakeJudgement judgement;
    @Autowired
    JdbcClient jdbc;

    StaffPrincipal operator;

    @BeforeEach
    void operator() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        operator = hotlineOperator(310, "成都市12345热线", "510100000000", "ij-op" + s);
    }

    /** An operator of a new hotline unit at {@code region}, named after the unit with a suffix no other test uses. */
    private StaffPrincipal hotlineOperator(long id, String unitName, String region, String username) {
        String s = UUID.randomUUID().toString().substring(0, 4);
        var hotline = units.create(StaffFixtures.provinceAdmin(), unitName + s, UnitKind.GOVERNMENT, region);
        return StaffFixtures.staff(id, username, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, region,
                Role.HOTLINE_OPERATOR);
    }

    private String json(Object o) {
        return JsonMapper.builder().build().writeValueAsString(o);
    }

    private IntakeJudgement.Advice advise(String text, String regionCode) {
        return judgement.suggest(operator, new IntakeJudgement.Typed(text, null, regionCode, null));
    }

    @Test
    void anOperatorsCorrectionChangesTheNextSuggestion() throws Exception {
        String text = "簇锦街道永兴社区门口天天有人开个三轮车拿喇叭卖老鼠药，一卖就是一上午";
        IntakeJudgement.Advice before = advise(text, "510107014003");
        String first = before.categories().get(0).code();
        assertThat(first).doesNotStartWith("CJ-08-02");

        // the operator files it as street vending (占道经营), against the suggestion
        mvc.perform(post("/demands").with(as(operator)).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("kind", "COMPLAINT").param("channel", "HOTLINE").param("categoryCode", "CJ-08")
                        .param("itemCode", "CJ-08-02").param("matter", text).param("phone", "13822231001")
                        .param("regionCode", "510107014003").param("suggested", first + " " + before.categories().get(0).confidence()))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.sql("select d.id from demand d where d.matter = :m").param("m", text).query(Long.class).single();
        assertThat(jdbc.sql("select took_suggestion from demand_judgement where demand_id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select item_code from demand_judgement where demand_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CJ-08-02");
        assertThat(jdbc.sql("select count(*) from demand_lesson where demand_id = :id and source = 'CORRECTION'").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);

        // the next call like it gets the operator's choice first
        IntakeJudgement.Advice after = advise("簇锦街道永兴社区门口天天有人骑三轮车拿喇叭卖老鼠药", "510107014003");
        assertThat(after.categories().get(0).code()).isEqualTo("CJ-08-02");
        assertThat(after.categories().get(0).path()).contains("城乡建设", "市容环卫", "占道经营");
    }

    @Test
    void callsAboutOneFireWithinHoursAreOfferedAsOneIncidentHoweverWorded() {
        DemandId fire = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "ZA-02",
                "着火了！簇锦街道永兴社区这边一个老小区，五楼窗子在冒黑烟，火好大，快喊消防！", "13822231009", "周先生", null, null,
                null, "510107014003"), operator, null).id();
        IntakeJudgement.Advice second = judgement.suggest(operator, new IntakeJudgement.Typed(
                "快点来人 永兴着火 烟往我们楼里冲 楼道里都是烟我们下不去", null, "510107014003", "ZA-02"));
        assertThat(second.emergency()).isNotNull();
        assertThat(second.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).contains(fire);
        // a call about the same place that warns of nothing is judged by its words, as before
        IntakeJudgement.Advice hazard = judgement.suggest(operator, new IntakeJudgement.Typed(
                "永兴社区楼道里堆满了纸箱子，物业也不清理", null, "510107014003", "ZA-02"));
        assertThat(hazard.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).doesNotContain(fire);
    }

    @Test
    void aFirstCallerWhoNamedOnlyTheCityIsComparedWithALaterCallInOneOfItsStreetsButNotAnotherCitys() {
        // the province's hotline: 绵阳市, a city no other test files under, so no other call is in the way
        String s = UUID.randomUUID().toString().substring(0, 4);
        StaffPrincipal provinceOperator = hotlineOperator(311, "四川省12345热线", "510000000000", "ij-prov" + s);
        String estate = "翠湖苑" + s;
        DemandId atTheCity = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                estate + "小区停水两天了，物业说是管网在抢修", "13822231011", "吴先生", null, null, null, "510700000000"),
                provinceOperator, null).id();
        IntakeJudgement.Advice later = judgement.suggest(provinceOperator, new IntakeJudgement.Typed(
                estate + "还是没得水，三天了", "绵阳市涪城区城厢街道" + estate, null, null));
        assertThat(later.place().regionCode()).startsWith("510703");
        assertThat(later.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).contains(atTheCity);
        // a call in another city is not compared with it
        IntakeJudgement.Advice elsewhere = judgement.suggest(provinceOperator, new IntakeJudgement.Typed(
                estate + "还是没得水，三天了", "德阳市旌阳区旌阳街道", null, null));
        assertThat(elsewhere.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).doesNotContain(atTheCity);
    }

    @Test
    void theAddressesRecordedTellTwoBuildingsLiftsApartWhenTheCallersNameNeither() {
        // 攀枝花市东区, which no other test files under
        String s = UUID.randomUUID().toString().substring(0, 4);
        StaffPrincipal pzh = hotlineOperator(312, "攀枝花市12345热线", "510400000000", "ij-pzh" + s);
        String estate = "金桂苑" + s;
        DemandId first = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "SC-04",
                "电梯坏了好几天了，我们老人下不了楼，物业说在等配件，请督促尽快修好。", "13822231012", "郑女士",
                "攀枝花市东区炳草岗街道" + estate + "小区7栋2单元", null, null, null), pzh, null).id();
        String said = "我屋头住十八楼，电梯坏起好多天了，每天爬楼梯爬得脚都打闪闪，物业就晓得喊我们等，是不是搞不赢修嘛？";
        IntakeJudgement.Advice sameBuilding = judgement.suggest(pzh, new IntakeJudgement.Typed(said,
                "攀枝花市东区炳草岗街道" + estate + "小区7栋", null, "SC-04"));
        assertThat(sameBuilding.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).contains(first);
        IntakeJudgement.Advice otherBuilding = judgement.suggest(pzh, new IntakeJudgement.Typed(said,
                "攀枝花市东区炳草岗街道" + estate + "小区11栋", null, "SC-04"));
        assertThat(otherBuilding.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).doesNotContain(first);
    }

    @Test
    void everyDemandKeepsTheCatalogueEditionItWasFiledUnder() {
        var submitted = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "簇锦街道团结社区停水两天了，也没贴通知", "13822231002", "钱先生", null, null, null, "510107014001"), operator, null);
        Integer edition = jdbc.sql("select catalogue_edition from demand_judgement where demand_id = :id")
                .param("id", submitted.id().value()).query(Integer.class).single();
        assertThat(edition).isPositive().isLessThanOrEqualTo(
                jdbc.sql("select max(number) from duty_catalogue_edition").query(Integer.class).single());
        assertThat(jdbc.sql("select count(*) from duty_catalogue_snapshot where edition = :e and code = 'CJ-05-01'")
                .param("e", edition).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aGasSmellWarnsWithTheNumberAndARepeatComesWithItsReasons() throws Exception {
        DemandId earlier = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "簇锦街道高碑社区锦园小区停水三天了，自来水公司电话打不通", "13822231003", "孙女士", null, null, null,
                "510107014005"), operator, null).id();

        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "屋头厨房好大一股天然气味道，闻到头都昏了"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emergency.kind").value("GAS_LEAK"))
                .andExpect(jsonPath("$.emergency.transferTo").value("119"));

        IntakeJudgement.Advice advice = judgement.suggest(operator, new IntakeJudgement.Typed(
                "锦园小区又没水了，三天了自来水都没来", "成都市武侯区簇锦街道高碑社区", null, null));
        assertThat(advice.emergency()).isNull();
        assertThat(advice.place()).isNotNull();
        assertThat(advice.place().regionCode()).startsWith("510107014");
        assertThat(advice.categories().get(0).code()).isEqualTo("CJ-05-01");
        // the English UI shows the catalogue's English names
        assertThat(advice.categories().get(0).nameEn()).isEqualTo("Water outage");
        assertThat(advice.categories().get(0).pathEn())
                .isEqualTo("Urban construction / municipal facilities › Water supply › Water outage");
        assertThat(advice.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).contains(earlier);
        IntakeJudgement.LikelyRepeat repeat = advice.repeats().stream().filter(r -> r.demandId().equals(earlier)).findFirst().orElseThrow();
        assertThat(repeat.reasons()).startsWith("同一社区（村）、当天、内容相似：").contains("停水/没水");
        // what the operator sees of a repeat carries no contact of its requester
        assertThat(advice.toString()).doesNotContain("孙女士", "13822231003");

        // a different matter at the same place is no repeat: a broken street light in the same estate
        IntakeJudgement.Advice other = judgement.suggest(operator, new IntakeJudgement.Typed(
                "锦园小区门口路灯坏了三天了，晚上黑黢黢的", null, "510107014005", null));
        assertThat(other.repeats()).extracting(IntakeJudgement.LikelyRepeat::demandId).doesNotContain(earlier);
    }

    @Test
    void badInputIsAClearAnswerOrAClear400NeverA500() throws Exception {
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "  "))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "停水".repeat(5_000)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("demand.suggest.text.tooLong"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("2000")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("2000")));
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "🔥🔥楼下餐馆着火了！！！😱"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emergency.transferTo").value("119"));
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "我們社區停水三天了，請儘快處理", "address", "𠮷𠮷𠮷 nowhere"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.categories.length()").value(3))
                .andExpect(jsonPath("$.place").doesNotExist());
        mvc.perform(post("/api/v1/demands/suggest").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "water 没水了 please help 123", "regionCode", "not-a-code"))))
                .andExpect(status().isOk());
        // someone who may not register demands is refused
        StaffPrincipal auditor = StaffFixtures.staff(311, "ij-au" + UUID.randomUUID().toString().substring(0, 6), operator.unitId().value(),
                "审计", UnitKind.GOVERNMENT, "510100000000", Role.AUDITOR);
        mvc.perform(post("/api/v1/demands/suggest").with(as(auditor)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(java.util.Map.of("text", "停水"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCitizenWhoLeavesTheCategoryToTheHotlineGetsTheSuggestedOne() {
        java.util.Optional<String> best = judgement.bestCategory("我家楼上天天半夜跺脚，吵得睡不着");
        assertThat(best).contains("HJ-01");
        assertThat(judgement.bestCategory("")).isEmpty();
    }
}
