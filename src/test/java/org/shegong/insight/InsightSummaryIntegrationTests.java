package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.shegong.demand.DemandId;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.demand.CallBackRecorded;
import org.shegong.demand.DemandDispatched;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandMerged;
import org.shegong.demand.DemandReceived;
import org.shegong.demand.Satisfaction;
import org.shegong.demand.WhistleBlown;
import org.shegong.demand.WorkOrderAccepted;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary tables (V160) give the same figures as aggregating the fact rows, before and after their deltas are
 * folded, through every kind of change the projection makes: new orders, acceptances, call-backs, whistles, merges,
 * approved appeals (excluded) and an order moving to an earlier month.
 */
@SpringBootTest
class InsightSummaryIntegrationTests {

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
    Hotspots hotspots;
    @Autowired
    InsightSummaries summaries;

    // a month of the 2010s no other test uses, and demand ids of their own
    private static final Random RANDOM = new Random();
    private final YearMonth month = YearMonth.of(2010 + RANDOM.nextInt(9), 1 + RANDOM.nextInt(12));
    private final Instant at = month.atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static long nextDemand = 800_000_000L + RANDOM.nextInt(1_000_000) * 100L;

    private void publish(List<Object> events) {
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
    }

    /** The figures as the former query counted them, straight from the work-order rows. */
    private List<Long> counted(long unitId, YearMonth m) {
        return jdbc.sql("""
                select count(*), count(*) filter (where accepted_on_time), count(*) filter (where reached),
                  count(*) filter (where reached and resolved), count(*) filter (where reached and satisfaction = 'SATISFIED'),
                  count(*) filter (where reached and satisfaction = 'BASICALLY_SATISFIED'), count(*) filter (where whistle),
                  count(*) filter (where role = 'SUMMONED')
                from insight_order where unit_id = :u and month = :m and not merged and not excluded
                """).param("u", unitId).param("m", Date.valueOf(m.atDay(1)))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))).single();
    }

    /** The figures the ranking reads from the summary (all zeros when the unit is not ranked that month). */
    private List<Long> ranked(long unitId, YearMonth m) {
        return rankings.monthly(Scope.PROVINCE, m).units().stream().filter(r -> r.figures().unitId() == unitId).findFirst()
                .map(r -> List.of(r.figures().dispatched(), r.figures().acceptedOnTime(), r.figures().calledBack(),
                        r.figures().resolved(), r.figures().satisfied(), r.figures().basicallySatisfied(),
                        r.figures().whistles(), r.figures().summoned()))
                .orElse(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
    }

    private void assertSameBeforeAndAfterFold(long unitId, YearMonth m, long dispatched) {
        assertThat(counted(unitId, m).get(0)).isEqualTo(dispatched);
        assertThat(ranked(unitId, m)).isEqualTo(counted(unitId, m));
        summaries.fold();
        assertThat(jdbc.sql("select count(*) from insight_unit_month_delta where unit_id = :u").param("u", unitId)
                .query(Long.class).single()).isZero();
        assertThat(ranked(unitId, m)).isEqualTo(counted(unitId, m));
    }

    private void awaitOrders(String where, long unitId, long expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from insight_order where unit_id = :u and " + where).param("u", unitId)
                        .query(Long.class).single()).isEqualTo(expected));
    }

    @Test
    void theRankingSummaryFollowsEveryChangeOfTheWorkOrders() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView unit = units.create(StaffFixtures.provinceAdmin(), "汇总测试街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView department = units.create(StaffFixtures.provinceAdmin(), "汇总测试局" + s, UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000");
        List<Long> ids = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long d = ++nextDemand;
            ids.add(d);
            events.add(new DemandDispatched(new DemandId(d), unit.id().value(), true, "510107005001", "HJ-01", DemandKind.COMPLAINT, at,
                    at.plusSeconds(86_400), at.plusSeconds(15 * 86_400)));
            events.add(new WorkOrderAccepted(new DemandId(d), unit.id().value(), true, "510107005001", "HJ-01", at, at.plusSeconds(600), i % 3 != 0));
        }
        publish(events);
        awaitOrders("accepted_at is not null", unit.id().value(), 12);
        assertSameBeforeAndAfterFold(unit.id().value(), month, 12);

        // call-backs (reached or not, each verdict), a whistle summoning a department
        events = new ArrayList<>();
        Satisfaction[] verdicts = Satisfaction.values();
        for (int i = 0; i < 6; i++) {
            events.add(new CallBackRecorded(new DemandId(ids.get(i)), 1, i != 5, i == 5 ? null : i % 2 == 0, i == 5 ? null : verdicts[i % verdicts.length],
                    "PHONE", at.plusSeconds(5 * 86_400)));
        }
        events.add(new WhistleBlown(new DemandId(ids.get(6)), unit.id().value(), "510107005001", "HJ-01", at.plusSeconds(3600), List.of(department.id().value())));
        publish(events);
        awaitOrders("reached is not null", unit.id().value(), 6);
        awaitOrders("whistle", unit.id().value(), 1);
        awaitOrders("role = 'SUMMONED'", department.id().value(), 1);
        assertSameBeforeAndAfterFold(unit.id().value(), month, 12);
        assertSameBeforeAndAfterFold(department.id().value(), month, 1);

        // a merged repeat and an approved appeal leave the figures; an earlier dispatch moves an order a month back
        publish(List.of(new DemandMerged(new DemandId(ids.get(7)), new DemandId(ids.get(8)), 0.9, at.plusSeconds(7200))));
        awaitOrders("merged", unit.id().value(), 1);
        jdbc.sql("update insight_order set excluded = true where demand_id = :d and unit_id = :u").param("d", ids.get(9))
                .param("u", unit.id().value()).update();
        Instant earlier = month.minusMonths(1).atDay(20).atStartOfDay().toInstant(ZoneOffset.UTC);
        publish(List.of(new DemandDispatched(new DemandId(ids.get(10)), unit.id().value(), true, "510107005001", "HJ-01", DemandKind.COMPLAINT, earlier,
                earlier.plusSeconds(86_400), earlier.plusSeconds(15 * 86_400))));
        awaitOrders("month = '" + month.minusMonths(1).atDay(1) + "'", unit.id().value(), 1);
        assertSameBeforeAndAfterFold(unit.id().value(), month, 9);
        assertSameBeforeAndAfterFold(unit.id().value(), month.minusMonths(1), 1);
    }

    @Test
    void theHotspotSummaryCountsEveryReceivedDemandOnceBeforeAndAfterTheFold() {
        // a village of 攀枝花市东区 (no other insight test counts there) in this test's own month
        String village = "510402001002";
        String category = "ZZ-" + UUID.randomUUID().toString().substring(0, 4);
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(new DemandReceived(new DemandId(++nextDemand), village, category, DemandKind.COMPLAINT, at.plusSeconds(i)));
        }
        events.add(new DemandReceived(new DemandId(++nextDemand), village, category, DemandKind.COMPLAINT,
                month.minusMonths(1).atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC)));
        publish(events);
        Scope county = Scope.of(RegionCode.of("510402000000"));
        for (int round = 0; round < 2; round++) {
            var spot = hotspots.hotspots(county, month, RegionLevel.VILLAGE, 500).stream()
                    .filter(h -> h.categoryCode().equals(category)).toList();
            assertThat(spot).singleElement().satisfies(h -> {
                assertThat(h.areaCode()).isEqualTo(village);
                assertThat(h.count()).isEqualTo(7);
                assertThat(h.previous()).isEqualTo(1);
            });
            // the township view reads the township summary (V162): the same counts under the village's township
            var township = hotspots.hotspots(county, month, RegionLevel.TOWNSHIP, 500).stream()
                    .filter(h -> h.categoryCode().equals(category)).toList();
            assertThat(township).singleElement().satisfies(h -> {
                assertThat(h.areaCode()).isEqualTo("510402001000");
                assertThat(h.count()).isEqualTo(7);
                assertThat(h.previous()).isEqualTo(1);
            });
            summaries.fold();
        }
        assertThat(jdbc.sql("select count(*) from insight_demand_area_delta where category_code = :c").param("c", category)
                .query(Long.class).single()).isZero();
    }
}
