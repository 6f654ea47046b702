package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class CallBackIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    CallBackManagement callBacks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.modulith.events.core.EventSerializer serializer;

    StaffPrincipal operator;
    StaffPrincipal yulin;
    StaffPrincipal supervisor;
    UnitView yulinOffice;

    @BeforeEach
    void units() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        yulinOffice = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView wuhou = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        operator = StaffFixtures.staff(200, "cb-op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
        yulin = StaffFixtures.staff(201, "cb-yl" + s, yulinOffice.id().value(), yulinOffice.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        supervisor = StaffFixtures.staff(202, "cb-sup" + s, wuhou.id().value(), wuhou.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
    }

    private DemandManagement.Submitted submit(String matter, String phone) {
        return demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "HJ-01", matter, phone, "李先生",
                null, null, null, "510107005001"), operator, null);
    }

    private long replied(String matter, String phone) {
        DemandId id = submit(matter, phone).id();
        demands.dispatch(operator, id, new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.accept(yulin, id);
        demands.reply(yulin, id, "已约谈商户，安装油烟净化设备，晚十点后停止营业");
        return id.value();
    }

    private long rounds(long id) {
        return jdbc.sql("select count(*) from demand_callback where demand_id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void aRepliedDemandIsQueuedAndASatisfiedResultClosesIt() {
        long id = replied("广场舞音响太吵，晚上十点后还在跳", "13811110001");
        assertThat(callBacks.queue(operator.scope(), 500)).extracting(CallBackManagement.QueueRow::demandId).contains(new DemandId(id));
        callBacks.record(operator, new DemandId(id), true, Satisfaction.SATISFIED, "处理得很及时");
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.CLOSED);
        assertThat(callBacks.queue(operator.scope(), 500)).extracting(CallBackManagement.QueueRow::demandId).doesNotContain(new DemandId(id));
        assertThat(events.stream(CallBackRecorded.class).filter(e -> e.demandId().value() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.reached()).isTrue();
                    assertThat(e.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
                });
        assertThat(events.stream(DemandClosed.class).filter(e -> e.demandId().value() == id)).hasSize(1);
    }

    /**
     * Other modules' listeners (care, insight) read the closing from the publication registry: the demand's id is kept
     * as the bare number it was before it had a type of its own (decision 0007), so publications stored before, and
     * republished on restart, still read back; a publication of the old shape reads into the typed id.
     */
    @Test
    void aClosingIsStoredWithTheDemandIdAsABareNumberAndAnOlderPublicationStillReads() {
        long id = replied("楼道堆放杂物堵塞消防通道", "13811110009");
        callBacks.record(operator, new DemandId(id), true, Satisfaction.SATISFIED, null);
        List<String> stored = jdbc.sql("""
                select serialized_event from event_publication where event_type = :type and serialized_event like :id""")
                .param("type", DemandClosed.class.getName()).param("id", "%\"demandId\":" + id + ",%")
                .query(String.class).list();
        assertThat(stored).isNotEmpty();
        assertThat(serializer.deserialize(stored.get(0), DemandClosed.class).demandId()).isEqualTo(new DemandId(id));
        DemandClosed older = serializer.deserialize("{\"demandId\":" + id + ",\"at\":\"2026-11-30T08:00:00Z\"}",
                DemandClosed.class);
        assertThat(older).isEqualTo(new DemandClosed(new DemandId(id), java.time.Instant.parse("2026-11-30T08:00:00Z")));
    }

    @Test
    void aSecondResultAndAResultBeforeTheReplyAreRefusedAndChangeNothing() {
        long id = replied("装修噪声周末早上七点开始", "13811110002");
        callBacks.record(operator, new DemandId(id), true, Satisfaction.BASICALLY_SATISFIED, null);
        assertThatThrownBy(() -> callBacks.record(operator, new DemandId(id), false, Satisfaction.DISSATISFIED, "其实没解决"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("callback.result.already");
        assertThat(callBacks.rounds(Scope.PROVINCE, new DemandId(id))).singleElement()
                .satisfies(r -> assertThat(r.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED));

        var open = submit("楼下酒吧夜间噪音", "13811110003");
        demands.dispatch(operator, open.id(), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        assertThatThrownBy(() -> callBacks.record(operator, open.id(), true, Satisfaction.SATISFIED, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("callback.notDue");
        assertThatThrownBy(() -> callBacks.rateOnline(open.trackingCode(), "0003", true, Satisfaction.SATISFIED, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("callback.rating.notReplied");
        assertThat(rounds(open.id().value())).isZero();
    }

    @Test
    void aCitizenRatesOnlineWithCodeAndLastFourAndAWrongPairFindsNothing() {
        long id = replied("夜市摊贩噪声扰民", "13811110004");
        String code = demands.find(Scope.PROVINCE, new DemandId(id)).trackingCode();
        assertThat(callBacks.rateOnline(code, "9999", true, Satisfaction.SATISFIED, null)).isEmpty();
        assertThat(callBacks.rateOnline("SC000000NOPE00", "0004", true, Satisfaction.SATISFIED, null)).isEmpty();
        assertThat(rounds(id)).isZero();
        assertThat(callBacks.rateOnline(code.toLowerCase(), "0004", true, Satisfaction.SATISFIED, "谢谢")).isPresent();
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.CLOSED);
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).timeline()).extracting(TimelineEntry::action).contains("CALL_BACK:ONLINE");
    }

    @Test
    void aDissatisfiedResultIsReopenedBySupervisorWithANewDeadlineAndCalledBackAgain() {
        long id = replied("烧烤油烟扰民，答复后依旧", "13811110005");
        callBacks.record(operator, new DemandId(id), false, Satisfaction.DISSATISFIED, "油烟还是很大");
        assertThat(callBacks.reopenRequests(supervisor.scope(), 500)).extracting(CallBackManagement.ReopenRow::demandId)
                .contains(new DemandId(id));
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.REPLIED);

        DemandView reopened = callBacks.approveReopen(supervisor, new DemandId(id), "答复未落实净化设备安装");
        assertThat(reopened.status()).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(reopened.orders()).hasSize(2);
        assertThat(reopened.orders().get(1).unitId()).isEqualTo(yulinOffice.id().value());
        // a fresh handling limit counted from the reopen, not the old deadline
        assertThat(reopened.orders().get(1).dispatchedAt()).isAfter(reopened.orders().get(0).dispatchedAt());
        assertThat(reopened.orders().get(1).replyBy()).isAfterOrEqualTo(reopened.orders().get(0).replyBy());
        assertThat(reopened.orders().get(1).status()).isEqualTo("DISPATCHED");
        assertThat(reopened.timeline()).extracting(TimelineEntry::action).contains("CALL_BACK", "DECIDE_REOPEN:APPROVED");
        assertThat(events.stream(DemandReopened.class).filter(e -> e.demandId().value() == id)).hasSize(1);
        assertThat(callBacks.reopenRequests(supervisor.scope(), 500)).extracting(CallBackManagement.ReopenRow::demandId)
                .doesNotContain(new DemandId(id));

        demands.accept(yulin, new DemandId(id));
        demands.reply(yulin, new DemandId(id), "已安装油烟净化器并复查");
        assertThat(callBacks.queue(operator.scope(), 500)).filteredOn(r -> r.demandId().value() == id).singleElement()
                .satisfies(r -> assertThat(r.round()).isEqualTo(2));
        callBacks.record(operator, new DemandId(id), true, Satisfaction.SATISFIED, null);
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.CLOSED);
        assertThat(events.stream(CallBackRecorded.class).filter(e -> e.demandId().value() == id))
                .extracting(CallBackRecorded::round).containsExactly(1, 2);
    }

    @Test
    void aRejectedReopenClosesTheDemandAndNeedsAReason() {
        long id = replied("门面占道经营", "13811110006");
        callBacks.record(operator, new DemandId(id), false, Satisfaction.BASICALLY_SATISFIED, null);
        assertThatThrownBy(() -> callBacks.rejectReopen(supervisor, new DemandId(id), " ")).isInstanceOf(InvalidInput.class);
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.REPLIED);
        callBacks.rejectReopen(supervisor, new DemandId(id), "已依法处理，诉求超出合理范围");
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).status()).isEqualTo(DemandStatus.CLOSED);
    }

    @Test
    void aFailedAttemptIsOnTheRecordAndASecondOneInTheSameHalfDayIsRefused() {
        long id = replied("共享单车堵门", "13811110007");
        callBacks.notReached(operator, new DemandId(id));
        assertThatThrownBy(() -> callBacks.notReached(operator, new DemandId(id))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("callback.attempt.sameHalfDay");
        assertThat(callBacks.queue(operator.scope(), 500)).filteredOn(r -> r.demandId().value() == id).singleElement()
                .satisfies(r -> assertThat(r.failedAttempts()).isEqualTo(1));
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).timeline()).extracting(TimelineEntry::action)
                .containsOnlyOnce("CALL_BACK:NOT_REACHED");
    }

    @Test
    void lifecycleStepsPublishTheirEventsWithoutTheRequestersContact() {
        long id = replied("垃圾清运不及时", "13811110008");
        assertThat(events.stream(DemandReceived.class).filter(e -> e.demandId().value() == id)).hasSize(1);
        assertThat(events.stream(DemandDispatched.class).filter(e -> e.demandId().value() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.unitId()).isEqualTo(yulinOffice.id().value());
                    assertThat(e.lead()).isTrue();
                    assertThat(e.regionCode()).isEqualTo("510107005001");
                });
        assertThat(events.stream(WorkOrderAccepted.class).filter(e -> e.demandId().value() == id)).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isTrue());
        assertThat(events.stream(WorkOrderReplied.class).filter(e -> e.demandId().value() == id)).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isTrue());
        assertThat(events.stream().map(String::valueOf).filter(s -> s.contains("demandId=" + id)))
                .noneMatch(s -> s.contains("13811110008") || s.contains("李先生"));
    }
}
