package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.shegong.demand.DemandId;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.demand.CallBackManagement;
import org.shegong.demand.CallBackRecorded;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandDispatched;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandMerged;
import org.shegong.demand.DemandReceived;
import org.shegong.demand.ReportedIn;
import org.shegong.demand.Satisfaction;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.WhistleBlown;
import org.shegong.demand.WorkOrderAccepted;
import org.shegong.identity.AuditLog;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insight tables are kept by asynchronous listeners after each demand transaction commits; these tests
 * publish demand events in a transaction (as the demand module does) and wait until the projection has them.
 */
@SpringBootTest
class InsightIntegrationTests {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    Rankings rankings;
    @Autowired
    Appeals appeals;
    @Autowired
    Hotspots hotspots;
    @Autowired
    AuditLog audit;
    @Autowired
    DemandManagement demands;
    @Autowired
    CallBackManagement callBacks;

    static long nextDemand = 900_000_000L + new Random().nextInt(1_000_000) * 100L;
    String s;
    StaffPrincipal province = StaffFixtures.provinceAdmin();

    @BeforeEach
    void suffix() {
        s = UUID.randomUUID().toString().substring(0, 6);
    }

    private UnitView unit(String name, UnitKind kind, String region) {
        return units.create(province, name + s, kind, region);
    }

    private void publish(List<Object> events) {
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
    }

    private long rows(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private void awaitRows(String sql, long id, long expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(rows(sql, id)).isEqualTo(expected));
    }

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Instant MARCH_AT = Instant.parse("2026-03-10T02:00:00Z");

    /** Builds the events of one demand handled by {@code unitId}: dispatched, accepted, and a call-back outcome. */
    private List<Object> handled(long demand, long unitId, String region, boolean onTime, Supplier<CallBackRecorded> callBack) {
        List<Object> e = new ArrayList<>();
        e.add(new DemandDispatched(new DemandId(demand), unitId, true, region, "HJ-01", DemandKind.COMPLAINT, MARCH_AT,
                MARCH_AT.plusSeconds(86_400), MARCH_AT.plusSeconds(15 * 86_400)));
        e.add(new WorkOrderAccepted(new DemandId(demand), unitId, true, region, "HJ-01", MARCH_AT, MARCH_AT.plusSeconds(600), onTime));
        CallBackRecorded c = callBack.get();
        if (c != null) {
            e.add(c);
        }
        return e;
    }

    private static CallBackRecorded reached(long demand, boolean resolved, Satisfaction s) {
        return new CallBackRecorded(new DemandId(demand), 1, true, resolved, s, "PHONE", MARCH_AT.plusSeconds(5 * 86_400));
    }

    /**
     * 10 dispatched, 8 accepted on time; 8 reached at call-back: 6 resolved; 5 satisfied, 2 basically satisfied,
     * 1 dissatisfied; 1 unreachable; 1 not yet called back. Hand-computed: response 80 %, resolution 75 %,
     * satisfaction (5 + 2 × 0.8) / 8 = 82.5 %, score 0.2 × 80 + 0.4 × 75 + 0.4 × 82.5 = 79.
     */
    private List<Long> fixture(long unitId, String region) {
        List<Long> ids = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        Satisfaction[] verdicts = { Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED,
                Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED };
        for (int i = 0; i < 10; i++) {
            long d = ++nextDemand;
            ids.add(d);
            int k = i;
            events.addAll(handled(d, unitId, region, i < 8, () -> k < 8 ? reached(d, k < 6, verdicts[k])
                    : k == 8 ? new CallBackRecorded(new DemandId(d), 1, false, null, null, "PHONE", MARCH_AT.plusSeconds(6 * 86_400)) : null));
        }
        publish(events);
        awaitRows("select count(*) from insight_order where unit_id = :id", unitId, 10);
        awaitRows("select count(*) from insight_order where unit_id = :id and reached is not null", unitId, 9);
        awaitRows("select count(*) from insight_order where unit_id = :id and accepted_at is not null", unitId, 10);
        return ids;
    }

    private RankedUnit row(Scope scope, long unitId, YearMonth month) {
        return rankings.monthly(scope, month).units().stream().filter(r -> r.figures().unitId() == unitId).findFirst()
                .orElseThrow();
    }

    @Test
    void eachRateMatchesTheHandComputedFixture() {
        UnitView yulin = unit("玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107005000");
        fixture(yulin.id().value(), "510107005001");
        RankedUnit r = row(Scope.PROVINCE, yulin.id().value(), MARCH);
        assertThat(r.figures().dispatched()).isEqualTo(10);
        assertThat(r.figures().calledBack()).isEqualTo(8);
        assertThat(r.response()).isEqualTo(80.0);
        assertThat(r.resolution()).isEqualTo(75.0);
        assertThat(r.satisfaction()).isEqualTo(82.5);
        assertThat(r.score()).isEqualTo(79.0);
        assertThat(r.ranked()).isTrue();
        assertThat(rankings.behind(Scope.PROVINCE, yulin.id().value(), MARCH, Rankings.Figure.LATE)).hasSize(2);
        assertThat(rankings.behind(Scope.PROVINCE, yulin.id().value(), MARCH, Rankings.Figure.UNRESOLVED)).hasSize(2);
        assertThat(rankings.behind(Scope.PROVINCE, yulin.id().value(), MARCH, Rankings.Figure.DISSATISFIED)).hasSize(1);
        assertThat(rankings.behind(Scope.PROVINCE, yulin.id().value(), MARCH, Rankings.Figure.NOT_REACHED)).hasSize(2);
    }

    @Test
    void aUnitBelowTheMinimumSampleIsListedButNotRanked() {
        UnitView small = unit("浆洗街街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107001000");
        long d = ++nextDemand;
        publish(handled(d, small.id().value(), "510107001001", true, () -> reached(d, true, Satisfaction.SATISFIED)));
        awaitRows("select count(*) from insight_order where demand_id = :id and accepted_at is not null and reached", d, 1);
        RankedUnit r = row(Scope.PROVINCE, small.id().value(), MARCH);
        assertThat(r.response()).isEqualTo(100.0);
        assertThat(r.rank()).isNull();
        assertThat(r.score()).isNull();
    }

    @Test
    void aMergedRepeatCountsOnceAsItsParent() {
        UnitView unit = unit("簇桥街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107011000");
        List<Long> ids = fixture(unit.id().value(), "510107011001");
        long child = ++nextDemand;
        // the repeat was dispatched (late, never called back) before it was merged: it must not count
        List<Object> events = new ArrayList<>(handled(child, unit.id().value(), "510107011001", false, () -> null));
        events.add(new DemandMerged(new DemandId(child), new DemandId(ids.get(0)), 0.8, MARCH_AT.plusSeconds(3600)));
        publish(events);
        awaitRows("select count(*) from insight_merged where demand_id = :id", child, 1);
        RankedUnit r = row(Scope.PROVINCE, unit.id().value(), MARCH);
        assertThat(r.figures().dispatched()).isEqualTo(10);
        assertThat(r.response()).isEqualTo(80.0);
        assertThat(rankings.behind(Scope.PROVINCE, unit.id().value(), MARCH, Rankings.Figure.EXCLUDED))
                .singleElement().satisfies(f -> assertThat(f.merged()).isTrue());
    }

    @Test
    void anApprovedAppealLeavesTheDemandOutOfTheScoreAndIsLogged() {
        UnitView bureau = unit("武侯区城市管理局", UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView wuhouSwd = unit("武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        List<Long> ids = fixture(bureau.id().value(), "510107005002");
        StaffPrincipal handler = StaffFixtures.staff(400, "cg" + s, bureau.id().value(), bureau.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
        StaffPrincipal supervisor = StaffFixtures.staff(401, "sup" + s, wuhouSwd.id().value(), wuhouSwd.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
        long late = ids.get(9); // accepted late, not called back
        long before = jdbc.sql("select count(*) from insight_appeal").query(Long.class).single();

        assertThatThrownBy(() -> appeals.request(handler, late, "  ", "现场照片"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("insight.appeal.reason.required");
        assertThatThrownBy(() -> appeals.request(handler, 1L, "不属于本单位职责", "职责清单第3项"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("insight.appeal.notYours");
        assertThat(jdbc.sql("select count(*) from insight_appeal").query(Long.class).single()).isEqualTo(before);

        Appeal appeal = appeals.request(handler, late, "诉求人要求拆除合法建筑，超出职责范围", "规划许可证编号 2025-118，现场照片3张");
        assertThat(row(Scope.PROVINCE, bureau.id().value(), MARCH).response()).isEqualTo(80.0);
        assertThatThrownBy(() -> appeals.request(handler, late, "再次申请", "同上")).hasMessageContaining("insight.appeal.exists");
        assertThatThrownBy(() -> appeals.decide(supervisor, appeal.id(), true, "")).hasMessageContaining("insight.appeal.reason.required");

        Appeal decided = appeals.decide(supervisor, appeal.id(), true, "经核实属于不合理诉求，同意核减");
        assertThat(decided.status()).isEqualTo("APPROVED");
        RankedUnit after = row(Scope.PROVINCE, bureau.id().value(), MARCH);
        assertThat(after.figures().dispatched()).isEqualTo(9);
        // 8 on time of 9 counted
        assertThat(after.response()).isEqualTo(88.89);
        assertThat(after.score()).isGreaterThan(79.0);
        assertThat(appeals.list(supervisor.scope(), supervisor.unitId().value(), 100)).extracting(Appeal::id).contains(appeal.id());
        assertThat(appeals.list(handler.scope(), handler.unitId().value(), 100)).extracting(Appeal::status).contains("APPROVED");
        assertThat(audit.search(supervisor.username(), "insight.appeal.approve", 10, 0)).singleElement()
                .satisfies(a -> assertThat(a.detail()).isEqualTo("经核实属于不合理诉求，同意核减"));
        assertThat(audit.search(handler.username(), "insight.appeal.request", 10, 0)).hasSize(1);
        assertThatThrownBy(() -> appeals.decide(supervisor, appeal.id(), false, "改变主意")).hasMessageContaining("insight.appeal.decided");
    }

    @Test
    void aRankingShowsOnlyTheUnitsInsideTheViewersScope() {
        UnitView wuhou = unit("火车南站街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107007000");
        UnitView pidu = unit("郫筒街道办事处", UnitKind.TOWNSHIP_OFFICE, "510117001000");
        long a = ++nextDemand;
        long b = ++nextDemand;
        List<Object> events = new ArrayList<>(handled(a, wuhou.id().value(), "510107007001", true, () -> null));
        events.addAll(handled(b, pidu.id().value(), "510117001001", true, () -> null));
        publish(events);
        awaitRows("select count(*) from insight_order where demand_id = :id", b, 1);
        awaitRows("select count(*) from insight_order where demand_id = :id", a, 1);
        List<Long> county = ids(rankings.monthly(Scope.of(RegionCode.of("510107000000")), MARCH));
        List<Long> city = ids(rankings.monthly(Scope.of(RegionCode.of("510100000000")), MARCH));
        assertThat(county).contains(wuhou.id().value()).doesNotContain(pidu.id().value());
        assertThat(city).contains(wuhou.id().value(), pidu.id().value());
        assertThat(ids(rankings.monthly(Scope.PROVINCE, MARCH))).contains(wuhou.id().value(), pidu.id().value());
        assertThatThrownBy(() -> rankings.behind(Scope.of(RegionCode.of("510107000000")), pidu.id().value(), MARCH, null))
                .isInstanceOf(NotFound.class);
    }

    private static List<Long> ids(Ranking r) {
        return r.units().stream().map(u -> u.figures().unitId()).toList();
    }

    @Test
    void aWhistleScoresTheTownshipAndTheSummonedDepartment() {
        UnitView township = unit("红牌楼街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107010000");
        UnitView police = unit("武侯区公安分局", UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        long d = ++nextDemand;
        List<Object> events = new ArrayList<>(handled(d, township.id().value(), "510107010001", true,
                () -> reached(d, true, Satisfaction.SATISFIED)));
        events.add(new WhistleBlown(new DemandId(d), township.id().value(), "510107010001", "HJ-01", MARCH_AT.plusSeconds(3600), List.of(police.id().value())));
        events.add(new ReportedIn(new DemandId(d), police.id().value(), "510107010001", "HJ-01", MARCH_AT.plusSeconds(3600),
                MARCH_AT.plusSeconds(7200), true));
        publish(events);
        awaitRows("select count(*) from insight_order where demand_id = :id and accepted_at is not null", d, 2);
        awaitRows("select count(*) from insight_order where demand_id = :id and whistle", d, 1);
        awaitRows("select count(*) from insight_order where demand_id = :id and reached", d, 2);
        RankedUnit t = row(Scope.PROVINCE, township.id().value(), MARCH);
        RankedUnit p = row(Scope.PROVINCE, police.id().value(), MARCH);
        assertThat(t.figures().whistles()).isEqualTo(1);
        assertThat(p.figures().summoned()).isEqualTo(1);
        assertThat(p.response()).isEqualTo(100.0);
        assertThat(p.figures().resolved()).isEqualTo(1);
        assertThat(t.figures().satisfied()).isEqualTo(1);
    }

    @Test
    void weightsNotSummingToOneHundredAreRefusedAndChangeNothing() {
        Weights before = rankings.weights();
        long stored = jdbc.sql("select count(*) from insight_weights").query(Long.class).single();
        assertThatThrownBy(() -> rankings.setWeights(province, 30, 40, 40, 80, 5)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("insight.weights.sum");
        assertThat(jdbc.sql("select count(*) from insight_weights").query(Long.class).single()).isEqualTo(stored);
        assertThat(rankings.weights()).isEqualTo(before);
        // the defaults again, stored: the other tests' hand-computed scores assume them
        assertThat(rankings.setWeights(province, 20, 40, 40, 80, 5)).isEqualTo(new Weights(20, 40, 40, 80, 5));
        assertThat(audit.search(province.username(), "insight.weights.set", 10, 0)).isNotEmpty();
    }

    @Test
    void aPlantedSpikeTopsTheHotspotsAndBecomesAProblemOfTheMonth() {
        // 郫都区 (510117) in 2025: a steady background in February and March, plus a spike of noise complaints in one village
        Random random = new Random(7);
        String[] villages = { "510117001001", "510117001002", "510117002001", "510117002002", "510117003001" };
        String[] categories = { "HJ-01", "ZF-01", "JT-03", "SC-01", "ZA-02" };
        List<Object> events = new ArrayList<>();
        long first = nextDemand + 1;
        for (YearMonth m : List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3))) {
            for (int i = 0; i < 100; i++) {
                events.add(new DemandReceived(new DemandId(++nextDemand), villages[random.nextInt(villages.length)],
                        categories[random.nextInt(categories.length)], DemandKind.COMPLAINT,
                        m.atDay(1 + random.nextInt(27)).atStartOfDay(InsightProjection.ZONE).toInstant()));
            }
        }
        for (int i = 0; i < 30; i++) {
            String grid = "510117002001" + (i % 3 == 0 ? "001" : "002");
            events.add(new DemandReceived(new DemandId(++nextDemand), grid, "HJ-01", DemandKind.COMPLAINT,
                    Instant.parse("2025-03-15T02:00:00Z").plusSeconds(i * 3600L)));
        }
        publish(events);
        long last = nextDemand;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from insight_demand where demand_id between :a and :b").param("a", first).param("b", last)
                .query(Long.class).single()).isEqualTo(last - first + 1));

        Scope pidu = Scope.of(RegionCode.of("510117000000"));
        YearMonth march = YearMonth.of(2025, 3);
        List<Hotspot> top = hotspots.hotspots(pidu, march, null, 10);
        assertThat(top.get(0).categoryCode()).isEqualTo("HJ-01");
        assertThat(top.get(0).areaCode()).isEqualTo("510117002000");
        assertThat(top.get(0).growth()).isGreaterThan(100.0);
        List<Hotspot> candidates = hotspots.candidates(pidu, march);
        assertThat(candidates).hasSizeBetween(1, 3);
        assertThat(candidates.get(0).categoryCode()).isEqualTo("HJ-01");
        assertThat(candidates.get(0).areaCode()).isEqualTo("510117002000");
        assertThat(hotspots.hotGrids(pidu, march, 5)).extracting(Hotspot::areaCode).startsWith("510117002001002");

        UnitView ecology = unit("郫都区生态环境局", UnitKind.FUNCTIONAL_DEPARTMENT, "510117000000");
        StaffPrincipal piduAdmin = StaffFixtures.staff(402, "pd" + s, ecology.id().value(), ecology.name(), UnitKind.GOVERNMENT,
                "510117000000", Role.COUNTY_ADMIN);
        assertThatThrownBy(() -> hotspots.adopt(piduAdmin, march, "HJ-01", "510117002000", ecology.id().value(), " "))
                .isInstanceOf(InvalidInput.class);
        Problem p = hotspots.adopt(piduAdmin, march, "HJ-01", "510117002000", ecology.id().value(), "夜间噪声专项整治：联合执法、安装噪声监测");
        assertThat(p.demandCount()).isGreaterThanOrEqualTo(30);
        assertThat(hotspots.candidates(pidu, march))
                .noneMatch(h -> h.categoryCode().equals("HJ-01") && h.areaCode().equals("510117002000"));
        assertThat(hotspots.hotspots(pidu, march, null, 1).get(0).problemId()).isEqualTo(p.id());
        Problem followed = hotspots.followUp(piduAdmin, p.id(), "第一周：约谈商户12家");
        assertThat(followed.notes()).extracting(Problem.Note::note).containsExactly("第一周：约谈商户12家");
        assertThat(hotspots.problems(pidu, piduAdmin.unitId().value())).extracting(Problem::id).contains(p.id());
    }

    @Test
    void demandStepsReachTheRankingThroughTheEvents() {
        UnitView hotline = unit("成都市12345热线", UnitKind.GOVERNMENT, "510100000000");
        UnitView yulin = unit("玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, "510107005000");
        StaffPrincipal operator = StaffFixtures.staff(403, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        StaffPrincipal staff = StaffFixtures.staff(404, "yl" + s, yulin.id().value(), yulin.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        DemandId id = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "SB-02", "独居老人需要助餐服务",
                "13833330001", "陈女士", null, null, null, "510107005002"), operator, null).id();
        demands.dispatch(operator, id, new DemandManagement.Dispatch(yulin.id().value(), List.of(), "基本履职事项"));
        demands.accept(staff, id);
        demands.reply(staff, id, "已纳入社区长者食堂助餐名单");
        callBacks.record(operator, id, true, Satisfaction.SATISFIED, null);
        awaitRows("select count(*) from insight_order where demand_id = :id and reached", id.value(), 1);
        awaitRows("select count(*) from insight_order where demand_id = :id and accepted_on_time", id.value(), 1);
        awaitRows("select count(*) from insight_demand where demand_id = :id", id.value(), 1);
        YearMonth now = rankings.month(null);
        RankedUnit r = row(Scope.PROVINCE, yulin.id().value(), now);
        assertThat(r.figures().dispatched()).isEqualTo(1);
        assertThat(r.figures().satisfied()).isEqualTo(1);
        assertThat(r.response()).isEqualTo(100.0);
    }
}
