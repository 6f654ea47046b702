package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.region.RegionCode;

class DemandUnitTests {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    private static final Actor OPERATOR = new Actor("operator", 1);
    private static final Actor YULIN = new Actor("yulin", 10);
    private static final Actor HOUSING = new Actor("housing", 20);
    private static final Actor POLICE = new Actor("police", 30);
    private static final Actor SUPERVISOR = new Actor("supervisor", 2);

    private static Demand complaint() {
        return Demand.receive(DemandFixtures.intake("楼下烧烤店深夜噪声扰民"), DemandKind.COMPLAINT, TimeLimitClass.ORDINARY,
                RegionCode.of("510107005001"), "ZF-01", OPERATOR, T0, T0.plus(Duration.ofHours(24)), "", "");
    }

    private static Demand.Assignment to(Actor unit) {
        return new Demand.Assignment(unit.unitId(), T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(21)),
                T0.plus(Duration.ofDays(1)), "", "");
    }

    private static String key(Throwable t) {
        return ((InvalidInput) t).messageKey();
    }

    @Test
    void runsFromDispatchThroughAcceptanceToReplyAndCloseWithATimelineOfEveryStep() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0.plusSeconds(600));
        d.accept(YULIN, T0.plusSeconds(3600));
        d.reply("已协调城管执法，店家承诺22点后停止营业", YULIN, T0.plus(Duration.ofDays(3)));
        d.close(OPERATOR, T0.plus(Duration.ofDays(3)));
        assertThat(d.status()).isEqualTo(DemandStatus.CLOSED);
        assertThat(d.timeline()).extracting(TimelineEntry::action)
                .containsExactly("SUBMIT", "DISPATCH", "ACCEPT", "REPLY", "CLOSE");
        assertThat(d.timeline()).extracting(TimelineEntry::actor)
                .containsExactly("operator", "operator", "yulin", "yulin", "operator");
    }

    @Test
    void aReplyBeforeAcceptanceIsRefusedAndChangesNothing() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        assertThatThrownBy(() -> d.reply("已处理", YULIN, T0.plusSeconds(60)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.reply.notAccepted"));
        assertThat(d.status()).isEqualTo(DemandStatus.DISPATCHED);
        assertThat(d.timeline()).hasSize(2);
    }

    @Test
    void aUnitWithoutAnOrderCannotAcceptOrReply() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        assertThatThrownBy(() -> d.accept(HOUSING, T0)).satisfies(e -> assertThat(key(e)).isEqualTo("demand.order.notYours"));
    }

    @Test
    void aReturnIsAcceptedUntilTheEndOfTheWindowAndRefusedAtIt() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        Instant returnBy = T0.plus(Duration.ofDays(1));
        Demand late = complaint();
        late.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);

        d.returnOrder("属于住建部门职责", YULIN, returnBy.minusSeconds(1));
        assertThat(d.status()).isEqualTo(DemandStatus.RETURNED);
        assertThatThrownBy(() -> late.returnOrder("属于住建部门职责", YULIN, returnBy))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.tooLate"));
        assertThat(late.status()).isEqualTo(DemandStatus.DISPATCHED);
    }

    @Test
    void afterThreeFailedDispatchesTheDesignatedUnitCannotReturnIt() {
        Demand d = complaint();
        Actor[] units = { YULIN, HOUSING, POLICE };
        for (Actor unit : units) {
            d.dispatch(to(unit), List.of(), "派单", OPERATOR, T0);
            d.returnOrder("不属于本单位职责", unit, T0.plusSeconds(60));
            d.upholdReturn(OPERATOR, T0.plusSeconds(120));
        }
        assertThat(d.failedDispatches()).isEqualTo(3);
        d.dispatch(to(YULIN), List.of(), "三次派单未果，指定办理", OPERATOR, T0.plusSeconds(300));
        assertThat(d.leadOrder().orElseThrow().designated()).isTrue();
        assertThatThrownBy(() -> d.returnOrder("仍不属于本单位", YULIN, T0.plusSeconds(360)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.designated"));
        assertThat(d.timeline()).extracting(TimelineEntry::action).contains("DISPATCH:DESIGNATED");
    }

    @Test
    void twoFailedDispatchesDoNotYetDesignate() {
        Demand d = complaint();
        for (Actor unit : new Actor[] { YULIN, HOUSING }) {
            d.dispatch(to(unit), List.of(), "派单", OPERATOR, T0);
            d.returnOrder("不属于本单位职责", unit, T0.plusSeconds(60));
            d.upholdReturn(OPERATOR, T0.plusSeconds(120));
        }
        d.dispatch(to(POLICE), List.of(), "派单", OPERATOR, T0.plusSeconds(300));
        assertThat(d.leadOrder().orElseThrow().designated()).isFalse();
    }

    @Test
    void aRefusedReturnSendsTheOrderBackToTheUnit() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        d.returnOrder("不属于本单位", YULIN, T0.plusSeconds(60));
        d.refuseReturn("清单第B-012项明确由街道承办", OPERATOR, T0.plusSeconds(120));
        assertThat(d.status()).isEqualTo(DemandStatus.DISPATCHED);
        d.accept(YULIN, T0.plusSeconds(180));
        assertThat(d.status()).isEqualTo(DemandStatus.ACCEPTED);
    }

    @Test
    void anExtensionIsGrantedOnceAndASecondRequestIsRefused() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        d.accept(YULIN, T0);
        Instant original = d.leadOrder().orElseThrow().replyBy();
        d.requestExtension(original.plus(Duration.ofDays(7)), "需协调产权单位", YULIN, T0.plusSeconds(60));
        d.approveExtension(SUPERVISOR, T0.plusSeconds(120));
        assertThat(d.leadOrder().orElseThrow().replyBy()).isEqualTo(original.plus(Duration.ofDays(7)));
        assertThat(d.extended()).isTrue();
        assertThatThrownBy(() -> d.requestExtension(original.plus(Duration.ofDays(14)), "再延期", YULIN, T0.plusSeconds(180)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.extension.once"));
    }

    @Test
    void theLeadRepliesOnlyAfterEveryCoHandlerHasReportedToIt() {
        Demand d = complaint();
        d.dispatch(to(HOUSING), List.of(to(YULIN)), "配合履职事项：住建牵头，街道配合", OPERATOR, T0);
        d.accept(HOUSING, T0);
        d.accept(YULIN, T0);
        assertThatThrownBy(() -> d.reply("已处理", HOUSING, T0.plusSeconds(60)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.reply.coHandlersFirst"));
        d.reply("街道已现场核实", YULIN, T0.plusSeconds(120));
        assertThat(d.status()).isEqualTo(DemandStatus.ACCEPTED);
        d.reply("住建部门已责令整改", HOUSING, T0.plusSeconds(180));
        assertThat(d.status()).isEqualTo(DemandStatus.REPLIED);
    }

    @Test
    void aTownshipBlowsTheWhistleAndEachSummonedDepartmentReportsOnceWithLatenessRecorded() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        d.accept(YULIN, T0);
        Instant reportBy = T0.plus(Duration.ofHours(24));
        d.blowWhistle(Map.of(HOUSING.unitId(), reportBy, POLICE.unitId(), reportBy), "违建占道，需住建、公安联合处置", YULIN,
                T0.plusSeconds(60));
        d.reportIn("派执法队现场处置", HOUSING, reportBy.minusSeconds(1));
        d.reportIn("派民警维持秩序", POLICE, reportBy.plusSeconds(1));
        assertThat(d.summoned().get(HOUSING.unitId()).reportedLate()).isFalse();
        assertThat(d.summoned().get(POLICE.unitId()).reportedLate()).isTrue();
        assertThat(d.whistleBlower()).contains(YULIN.unitId());
        assertThatThrownBy(() -> d.reportIn("再次报到", HOUSING, reportBy))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.whistle.alreadyReported"));
        assertThatThrownBy(() -> d.reportIn("未被召集", new Actor("edu", 40), reportBy))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.whistle.notSummoned"));
    }

    @Test
    void onlyAnEnquiryIsAnsweredOnTheSpotAndExclusionsAreNeverDispatched() {
        Demand enquiry = Demand.receive(DemandFixtures.intake("社保转移需要什么材料"), DemandKind.ENQUIRY,
                TimeLimitClass.ORDINARY, RegionCode.of("510107005001"), "SB-01", OPERATOR, T0, T0.plus(Duration.ofHours(24)), "", "");
        enquiry.answerOnSpot("携带身份证到社保经办窗口办理转移接续", OPERATOR, T0.plusSeconds(30));
        assertThat(enquiry.status()).isEqualTo(DemandStatus.ANSWERED_ON_SPOT);

        assertThatThrownBy(() -> complaint().answerOnSpot("已答复", OPERATOR, T0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.onSpot.enquiryOnly"));

        Demand lawsuit = complaint();
        lawsuit.exclude(Exclusion.LEGAL_CHANNEL, "该事项已进入诉讼程序，请依法通过法院途径解决", OPERATOR, T0);
        assertThat(lawsuit.status()).isEqualTo(DemandStatus.EXCLUDED);
        assertThatThrownBy(() -> lawsuit.dispatch(to(YULIN), List.of(), "派单", OPERATOR, T0))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.dispatch.notDispatchable"));
    }

    @Test
    void emptyOrOverlongMattersAreRefused() {
        assertThatThrownBy(() -> DemandFixtures.intake("  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.text.required"));
        assertThatThrownBy(() -> DemandFixtures.intake("字".repeat(2001)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.text.tooLong"));
        assertThat(Demand.receive(DemandFixtures.intake("字".repeat(2000)), DemandKind.HELP, TimeLimitClass.ORDINARY,
                RegionCode.of("510107005001"), "MZ-01", OPERATOR, T0, T0, "", "").status()).isEqualTo(DemandStatus.RECEIVED);
    }

    @Test
    void aReturnIsDecidedOnceUpheldOrRefusedNeverBothNeverTwice() {
        Demand upheld = complaint();
        upheld.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        upheld.returnOrder("属于住建部门职责", YULIN, T0.plusSeconds(60));
        upheld.upholdReturn(OPERATOR, T0.plusSeconds(120));
        assertThatThrownBy(() -> upheld.upholdReturn(OPERATOR, T0.plusSeconds(180)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.alreadyDecided"));
        assertThatThrownBy(() -> upheld.refuseReturn("改为驳回", OPERATOR, T0.plusSeconds(180)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.alreadyDecided"));
        assertThat(upheld.failedDispatches()).isEqualTo(1);
        assertThat(upheld.status()).isEqualTo(DemandStatus.RETURNED);

        Demand refused = complaint();
        refused.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        refused.returnOrder("属于住建部门职责", YULIN, T0.plusSeconds(60));
        assertThatThrownBy(() -> refused.dispatch(to(HOUSING), List.of(), "改派", OPERATOR, T0.plusSeconds(90)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.undecided"));
        refused.refuseReturn("清单明确由街道承办", OPERATOR, T0.plusSeconds(120));
        assertThatThrownBy(() -> refused.upholdReturn(OPERATOR, T0.plusSeconds(180)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("demand.return.alreadyDecided"));
        assertThat(refused.failedDispatches()).isZero();
    }

    @Test
    void oneRealReturnUpheldRepeatedlyDoesNotDesignateTheNextDispatch() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(), "基本履职事项", OPERATOR, T0);
        d.returnOrder("不属于本单位职责", YULIN, T0.plusSeconds(60));
        d.upholdReturn(OPERATOR, T0.plusSeconds(120));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> d.upholdReturn(OPERATOR, T0.plusSeconds(180))).isInstanceOf(InvalidInput.class);
        }
        d.dispatch(to(HOUSING), List.of(), "改派", OPERATOR, T0.plusSeconds(300));
        assertThat(d.failedDispatches()).isEqualTo(1);
        assertThat(d.leadOrder().orElseThrow().designated()).isFalse();
    }

    @Test
    void everyStepOnTheTimelineIsTypedAndAnnouncedByItsStep() {
        Demand d = complaint();
        d.dispatch(to(YULIN), List.of(to(HOUSING)), "基本履职事项", OPERATOR, T0);
        d.accept(YULIN, T0.plusSeconds(60));
        d.accept(HOUSING, T0.plusSeconds(60));
        d.reply("协办意见", HOUSING, T0.plusSeconds(120));
        d.reply("已处理", YULIN, T0.plusSeconds(180));
        d.saved(new DemandId(7), 1);
        List<Object> events = DemandEvents.of(d, d.timeline());
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsExactly(DemandStep.SUBMIT, DemandStep.DISPATCH,
                DemandStep.ACCEPT, DemandStep.ACCEPT, DemandStep.REPLY, DemandStep.REPLY);
        assertThat(d.timeline().get(4).action()).isEqualTo("REPLY:CO_HANDLER");
        assertThat(events).hasOnlyElementsOfTypes(DemandReceived.class, DemandDispatched.class, WorkOrderAccepted.class,
                WorkOrderReplied.class);
        assertThat(events).filteredOn(WorkOrderReplied.class::isInstance).hasSize(2);
        assertThat(events).filteredOn(DemandDispatched.class::isInstance).hasSize(2);
    }
}
