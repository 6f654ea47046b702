package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group commit of registrations (issue 12, intake fourth round): demands submitted at the same moment are
 * registered together, each with every row it is registered with, and one demand the database refuses fails alone.
 */
@SpringBootTest
class RegistrationGroupsIntegrationTests {

    @Autowired
    DemandManagement demands;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Demands store;
    @Autowired
    PlatformTransactionManager transactions;

    StaffPrincipal operator;

    @BeforeEach
    void operator() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView hotline = units.create(StaffFixtures.provinceAdmin(), "成都市12345热线服务中心" + s, UnitKind.GOVERNMENT,
                "510100000000");
        operator = StaffFixtures.staff(100, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
    }

    private static SubmitDemand demand(String matter) {
        return new SubmitDemand(DemandKind.COMPLAINT, null, null, "ZF-01", matter, "13812345678", "王女士",
                "成都市武侯区玉林街道", null, null, null);
    }

    @Test
    void demandsSubmittedTogetherAreEachRegisteredWithEveryRowAndTheirOwnTrackingCode() throws Exception {
        int threads = 12;
        int each = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<DemandManagement.Submitted>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<DemandManagement.Submitted> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(demands.submit(demand("玉林北路路灯不亮第" + thread + "-" + i + "盏"), operator, null));
                }
                return mine;
            }));
        }
        List<DemandManagement.Submitted> all = new ArrayList<>();
        for (var f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();

        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        all.forEach(s -> {
            ids.add(s.id().value());
            codes.add(s.trackingCode());
        });
        assertThat(ids).hasSize(threads * each);
        assertThat(codes).hasSize(threads * each);
        // what each caller heard is what was stored: its own matter under its own code, with every registering row
        for (DemandManagement.Submitted s : all) {
            var row = jdbc.sql("""
                    select d.tracking_code, d.matter, (select count(*) from demand_timeline t where t.demand_id = d.id) as entries,
                      (select count(*) from demand_text w where w.demand_id = d.id) as words,
                      (select count(*) from demand_judgement j where j.demand_id = d.id) as judged,
                      (select count(*) from demand_lesson l where l.demand_id = d.id and l.source = 'INTAKE') as lessons,
                      (select count(*) from insight_demand i where i.demand_id = d.id) as projected
                    from demand d where d.id = :id
                    """).param("id", s.id().value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).single();
            assertThat(row.get(0)).isEqualTo(s.trackingCode());
            assertThat((String) row.get(1)).startsWith("玉林北路路灯不亮第");
            assertThat(row.subList(2, 7)).containsOnly(1L);
        }
        assertThat(jdbc.sql("select count(distinct matter) from demand where id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(threads * each);
    }

    @Test
    void aNewDemandWhoseTrackingCodeIsTakenIsRegisteredUnderAnotherCodeOfTheSameDay() {
        var first = demands.submit(demand("玉林北路路灯不亮，先登记的一件"), operator, null);
        String taken = first.trackingCode();
        Instant now = Instant.now();
        RegionCode region = RegionCode.of(jdbc.sql("select region_code from demand where id = :id").param("id", first.id().value())
                .query(String.class).single());
        // two new demands drawn with the code already given, one of them twice in the same group
        List<Demand> clashing = List.of(clash(taken, "玉林北路路灯不亮，撞号的第一件", region, now),
                clash(taken, "玉林北路路灯不亮，撞号的第二件", region, now));
        List<DemandId> ids = new TransactionTemplate(transactions).execute(s -> store.register(
                clashing.stream().map(d -> new Demands.Registration(d, Demands.words(d))).toList()));

        assertThat(ids).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            String code = jdbc.sql("select tracking_code from demand where id = :id").param("id", ids.get(i).value())
                    .query(String.class).single();
            assertThat(code).isEqualTo(clashing.get(i).intake().trackingCode()).isNotEqualTo(taken).hasSize(taken.length())
                    .startsWith(taken.substring(0, 8));
            codes.add(code);
            assertThat(jdbc.sql("select count(*) from demand_timeline where demand_id = :id").param("id", ids.get(i).value())
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(codes).hasSize(2);
        // the demand that had the code first keeps it and gains nothing
        assertThat(jdbc.sql("select count(*) from demand_timeline where demand_id = :id").param("id", first.id().value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from demand where tracking_code = :c").param("c", taken).query(Long.class).single())
                .isEqualTo(1);
    }

    private Demand clash(String code, String matter, RegionCode region, Instant now) {
        Intake intake = new Intake(code, Channel.HOTLINE, matter, "成都市武侯区玉林街道", null, null, "王女士",
                new SealedValue(new byte[] {1, 2, 3}, "clash-" + UUID.randomUUID(), "138****5678"));
        return Demand.receive(intake, DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, region, "ZF-01",
                new Actor(operator.username(), operator.unitId().value()), now, now.plusSeconds(86_400), "派单：测试。", "Dispatch: test.");
    }

    @Test
    void aRegistrationLeavesNoEventPublicationBehind() {
        // issue 12's intake ledger: what a registration starts is done in its own transaction or in memory after the
        // commit, not through a publication row per event and listener (two more transactions per demand)
        long before = jdbc.sql("select count(*) from event_publication").query(Long.class).single();
        var s = demands.submit(demand("玉林北路路灯不亮，登记后不留待办事件"), operator, null);
        assertThat(jdbc.sql("select count(*) from demand where id = :id").param("id", s.id().value()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDemandTheDatabaseRefusesFailsAloneAndTheOthersOfItsGroupAreRegistered() throws Exception {
        int threads = 10;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<DemandManagement.Submitted>> futures = new ArrayList<>();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // a refusal only the database makes (everything the application checks is checked before a group is written):
        // a check constraint for this test's refused matter, dropped again below
        String refusedMatter = "拒收" + marker;
        jdbc.sql("alter table demand add constraint registration_groups_refused check (matter <> '" + refusedMatter + "') not valid")
                .update();
        for (int t = 0; t < threads; t++) {
            String matter = t == 3 ? refusedMatter : "夜间施工噪声扰民" + marker + "-" + t;
            futures.add(pool.submit(() -> {
                start.await();
                return demands.submit(demand(matter), operator, null);
            }));
        }
        int refused = 0;
        List<DemandManagement.Submitted> stored = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                try {
                    stored.add(futures.get(t).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(t).isEqualTo(3);
                    assertThat(e.getCause()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
                    refused++;
                }
            }
        } finally {
            pool.shutdown();
            jdbc.sql("alter table demand drop constraint registration_groups_refused").update();
        }
        assertThat(refused).isEqualTo(1);
        assertThat(stored).hasSize(threads - 1);
        assertThat(jdbc.sql("select count(*) from demand where matter like :m").param("m", "夜间施工噪声扰民" + marker + "-%")
                .query(Long.class).single()).isEqualTo(threads - 1);
        assertThat(jdbc.sql("select count(*) from demand where matter = :m").param("m", refusedMatter).query(Long.class).single())
                .isZero();
        for (DemandManagement.Submitted s : stored) {
            assertThat(jdbc.sql("select count(*) from demand_timeline where demand_id = :id").param("id", s.id().value())
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
