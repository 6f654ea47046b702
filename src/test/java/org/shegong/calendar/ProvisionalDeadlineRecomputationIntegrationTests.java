package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.demand.DemandId;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 6: a petition limit and a work order's reply deadline computed on a year without an official holiday
 * schedule are registered; loading that year through {@link CalendarManagement} moves them, records the change on
 * each record's timeline and tells the handling unit, while a limit inside an official year is left alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvisionalDeadlineRecomputationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CalendarManagement management;
    @Autowired WorkingCalendar calendar;
    @Autowired ScheduleRefresher refresher;
    @Autowired UnitManagement units;
    @Autowired AccountManagement accounts;
    @Autowired DemandManagement demands;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forget2027() {
        jdbc.sql("DELETE FROM calendar_day WHERE year >= 2027 OR region_code IS NOT NULL").update();
        jdbc.sql("DELETE FROM calendar_year WHERE year >= 2027").update();
        jdbc.sql("DELETE FROM calendar_provisional_deadline").update();
        refresher.refresh();
    }

    @Test
    void loadingTheOfficialYearMovesProvisionalDeadlinesRecordsThemAndTellsTheUnit() throws Exception {
        assertThat(calendar.isOfficial(2027)).as("2027 must not have an official schedule yet").isFalse();
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView bureau = units.create(province, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        UnitView housing = units.create(province, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView market = units.create(province, "武侯区市场监督管理局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        StaffPrincipal officer = StaffFixtures.staff(9001, "xf" + s, bureau.id().value(), bureau.name(), UnitKind.GOVERNMENT,
                "510107000000", Role.PETITION_OFFICER);
        long handlerId = accounts.create(province, new NewAccount("zj" + s, "zj" + s, housing.id(),
                java.util.Set.of(Role.DEPARTMENT_HANDLER), "Sichuan#2026go", null, null)).id().value();
        StaffPrincipal handler = StaffFixtures.staff(handlerId, "zj" + s, housing.id().value(), housing.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);

        // a petition accepted today: 60 calendar days (信访工作条例 §34) reach into 2027
        String created = mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel":"LETTER","groupVisit":false,"petitioners":[{"name":"张大爷","phone":"13800001234"}],
                                 "matter":"小区电梯停运无人维修%s","regionCode":"510107005000","category":"CLAIM","route":6}
                                """.formatted(s)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long petitionId = ((Number) JsonPath.read(created, "$.id")).longValue();
        step(officer, petitionId, "transfer", "{\"unitId\":" + housing.id() + ",\"mode\":\"ASSIGN\"}");
        step(officer, petitionId, "assignee", "{\"accountId\":" + handlerId + "}");
        step(handler, petitionId, "accept", "{}");
        LocalDate acceptedOn = LocalDate.now(Deadline.ZONE);
        LocalDate decideBefore = dueDate(petitionId, "DECIDE");
        assertThat(decideBefore).isEqualTo(calendar.apply(DeadlineRule.calendarDays(60), acceptedOn, "510107005000").date());
        assertThat(decideBefore.getYear()).isEqualTo(2027);
        List<String[]> otherLimits = jdbc.sql("""
                select limit_kind, due_date::text from petition_deadline where petition_id = :p and limit_kind <> 'DECIDE'
                """).param("p", petitionId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        assertThat(otherLimits).isNotEmpty();

        // a complaint in a category whose handling limit is 60 working days (test configuration) reaches into 2027 too
        StaffPrincipal operator = StaffFixtures.provinceAdmin();
        DemandId demandId = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "SC-03",
                "超市商品标价与结算价不一致" + s, "13833330002", "李先生", null, null, null, "510107005002"), operator, null).id();
        demands.dispatch(operator, demandId, new DemandManagement.Dispatch(market.id().value(), List.of(), "价格投诉"));
        Instant replyBefore = replyBy(demandId.value());
        LocalDate dispatchedOn = LocalDate.now(Deadline.ZONE);
        assertThat(replyBefore).isEqualTo(calendar.apply(DeadlineRule.workingDays(60), dispatchedOn, "510107005002").dueAt());
        assertThat(replyBefore.atZone(Deadline.ZONE).getYear()).isEqualTo(2027);

        assertThat(jdbc.sql("select reference_id from calendar_provisional_deadline where owner in ('petition', 'demand')")
                .query(String.class).list())
                .contains(petitionId + ":DECIDE", demandId + ":" + market.id())
                .noneMatch(ref -> otherLimits.stream().anyMatch(l -> ref.equals(petitionId + ":" + l[0])));

        List<ScheduledDay> official = new ArrayList<>(CalendarFixtures.invented2027());
        if (official.stream().noneMatch(d -> d.date().equals(decideBefore))) {
            // a fictitious rest day on the petition's last day, so that its limit rolls over (民法典 §203) and moves
            official.add(ScheduledDay.rest(decideBefore, "测试用虚构调休"));
        }
        management.replaceYear(2027, official, "测试用虚构安排", "admin");

        LocalDate decideAfter = calendar.apply(DeadlineRule.calendarDays(60), acceptedOn, "510107005000").date();
        Instant replyAfter = calendar.apply(DeadlineRule.workingDays(60), dispatchedOn, "510107005002").dueAt();
        assertThat(decideAfter).isNotEqualTo(decideBefore);
        assertThat(replyAfter).isNotEqualTo(replyBefore);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(dueDate(petitionId, "DECIDE")).isEqualTo(decideAfter);
            assertThat(replyBy(demandId.value())).isEqualTo(replyAfter);
            assertThat(notices(housing.id().value(), "petition.deadline")).hasSize(1);
            assertThat(notices(market.id().value(), "demand.deadline")).hasSize(1);
        });

        // the timeline says old → new, written by the platform
        assertThat(jdbc.sql("select actor || ' ' || detail from petition_timeline where petition_id = :p and step = 'RECOMPUTE_DEADLINE'")
                .param("p", petitionId).query(String.class).list())
                .containsExactly("platform DECIDE " + decideBefore + " → " + decideAfter);
        LocalDate replyBeforeDay = replyBefore.minusSeconds(1).atZone(Deadline.ZONE).toLocalDate();
        LocalDate replyAfterDay = replyAfter.minusSeconds(1).atZone(Deadline.ZONE).toLocalDate();
        assertThat(jdbc.sql("select actor || ' ' || detail from demand_timeline where demand_id = :d and action = 'RECOMPUTE_DEADLINE'")
                .param("d", demandId.value()).query(String.class).list())
                .containsExactly("platform " + replyBeforeDay + " → " + replyAfterDay);

        // the notices name the case and the dates, never the petitioner or the requester
        String petitionNotice = notices(housing.id().value(), "petition.deadline").get(0);
        assertThat(petitionNotice).contains(decideBefore.toString(), decideAfter.toString()).doesNotContain("张大爷", "13800001234");
        String demandNotice = notices(market.id().value(), "demand.deadline").get(0);
        assertThat(demandNotice).contains(replyBeforeDay.toString(), replyAfterDay.toString())
                .doesNotContain("李先生", "13833330002");

        // the limits inside 2026 (an official year) were neither tracked nor touched
        for (String[] l : otherLimits) {
            assertThat(dueDate(petitionId, l[0])).as(l[0]).isEqualTo(LocalDate.parse(l[1]));
        }
        // both deadlines are final now, so no longer tracked
        assertThat(jdbc.sql("select count(*) from calendar_provisional_deadline where reference_id in (:refs)")
                .param("refs", List.of(petitionId + ":DECIDE", demandId + ":" + market.id())).query(Long.class).single())
                .isZero();
    }

    @Test
    void loadingTheOfficialYearMovesADemandsDispatchAcceptanceAndReturnDeadlines() {
        assertThat(calendar.isOfficial(2027)).as("2027 must not have an official schedule yet").isFalse();
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView market = units.create(province, "武侯区市场监督管理局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        units.create(province, "武侯区社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        long supervisor = units.supervisorFor(org.shegong.region.RegionCode.of("510107005002")).orElseThrow().id().value();
        // SC-02 (test configuration): dispatch, acceptance and return window of 40 working days reach into 2027
        DemandId waiting = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "SC-02",
                "商场促销价格虚标" + s, "13833330003", "王女士", null, null, null, "510107005002"), province, null).id();
        DemandId dispatched = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "SC-02",
                "网店退款不到账" + s, "13833330004", "赵先生", null, null, null, "510107005002"), province, null).id();
        demands.dispatch(province, dispatched, new DemandManagement.Dispatch(market.id().value(), List.of(), "价格投诉"));
        LocalDate today = LocalDate.now(Deadline.ZONE);
        Deadline before = calendar.apply(DeadlineRule.workingDays(40), today, "510107005002");
        assertThat(before.date().getYear()).isEqualTo(2027);
        assertThat(dispatchBy(waiting.value())).isEqualTo(before.dueAt());
        assertThat(order(dispatched.value(), "accept_by")).isEqualTo(before.dueAt());
        assertThat(order(dispatched.value(), "return_by")).isEqualTo(before.dueAt());
        assertThat(jdbc.sql("select reference_id from calendar_provisional_deadline where owner = 'demand'")
                .query(String.class).list())
                .contains(waiting + ":dispatch", dispatched + ":" + market.id() + ":accept", dispatched + ":" + market.id() + ":return");

        List<ScheduledDay> official = new ArrayList<>(CalendarFixtures.invented2027());
        official.removeIf(d -> d.date().equals(before.date()));
        // a fictitious rest day on the last day, so that all three roll over to the next working day
        official.add(ScheduledDay.rest(before.date(), "测试用虚构调休"));
        management.replaceYear(2027, official, "测试用虚构安排", "admin");
        Deadline after = calendar.apply(DeadlineRule.workingDays(40), today, "510107005002");
        assertThat(after.date()).isAfter(before.date());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(dispatchBy(waiting.value())).isEqualTo(after.dueAt());
            assertThat(order(dispatched.value(), "accept_by")).isEqualTo(after.dueAt());
            assertThat(order(dispatched.value(), "return_by")).isEqualTo(after.dueAt());
        });
        String line = before.date() + " → " + after.date();
        assertThat(timeline(waiting.value())).containsExactly("platform DISPATCH " + line);
        assertThat(timeline(dispatched.value())).containsExactlyInAnyOrder("platform ACCEPT " + line, "platform RETURN " + line);
        assertThat(jdbc.sql("select dispatch_note from demand where id = :d").param("d", waiting.value()).query(String.class).single())
                .endsWith("按正式节假日安排重算派单期限：" + line + "。");

        // and each move is told: the unit holding the order of its acceptance and return deadlines, the region's
        // supervising unit of the dispatch deadline (no requester data in either)
        String dates = before.date() + " 调整为 " + after.date();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(notices(market.id().value(), "demand.deadline")).containsExactlyInAnyOrder(
                    "工单（诉求 " + dispatched + "）签收期限按正式节假日安排由 " + dates + " | Work order (demand " + dispatched
                            + "): acceptance deadline moved with the official holiday schedule from " + before.date() + " to "
                            + after.date(),
                    "工单（诉求 " + dispatched + "）申请退单期限按正式节假日安排由 " + dates + " | Work order (demand " + dispatched
                            + "): deadline to return it moved with the official holiday schedule from " + before.date() + " to "
                            + after.date());
            assertThat(notices(supervisor, "demand.deadline")).contains("诉求 " + waiting + " 派单期限按正式节假日安排由 " + dates
                    + " | Demand " + waiting + ": dispatch deadline moved with the official holiday schedule from "
                    + before.date() + " to " + after.date());
        });
        assertThat(notices(market.id().value(), "demand.deadline")).noneMatch(n -> n.contains("赵先生") || n.contains("13833330004"));
    }

    private Instant dispatchBy(long demandId) {
        return jdbc.sql("select dispatch_by from demand where id = :d").param("d", demandId).query(Timestamp.class).single()
                .toInstant();
    }

    private Instant order(long demandId, String column) {
        return jdbc.sql("select " + column + " from demand_work_order where demand_id = :d and role = 'LEAD'")
                .param("d", demandId).query(Timestamp.class).single().toInstant();
    }

    private List<String> timeline(long demandId) {
        return jdbc.sql("""
                select actor || ' ' || variant || ' ' || detail from demand_timeline
                where demand_id = :d and action = 'RECOMPUTE_DEADLINE'""").param("d", demandId).query(String.class).list();
    }

    private void step(StaffPrincipal who, long id, String action, String json) throws Exception {
        mvc.perform(post("/api/v1/petitions/" + id + "/" + action).with(as(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isOk());
    }

    private LocalDate dueDate(long petitionId, String limit) {
        return jdbc.sql("select due_date from petition_deadline where petition_id = :p and limit_kind = :k")
                .param("p", petitionId).param("k", limit).query(LocalDate.class).single();
    }

    private Instant replyBy(long demandId) {
        return jdbc.sql("select reply_by from demand_work_order where demand_id = :d and role = 'LEAD'")
                .param("d", demandId).query(Timestamp.class).single().toInstant();
    }

    private List<String> notices(long unitId, String kind) {
        return jdbc.sql("select subject || ' | ' || subject_en from notify_notice where unit_id = :u and kind = :k")
                .param("u", unitId).param("k", kind).query(String.class).list();
    }
}
