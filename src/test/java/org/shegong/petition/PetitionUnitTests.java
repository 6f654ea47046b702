package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.petition.PetitionFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class PetitionUnitTests {

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void registersAndSortsWithinFifteenDaysRollingOverTheNationalDayHoliday() {
        Petition p = registered(Category.CLAIM, at("2025-09-16"));
        // day 15 is 2025-10-01, a holiday (国庆节、中秋节 10/1–10/8): moves to 2025-10-09
        assertThat(p.due(Limit.SORT).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(p.due(Limit.NOTICE).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(p.due(Limit.SORT).explanation()).contains("顺延至2025-10-09");
        assertThat(p.due(Limit.SORT).basis()).contains("第二十二条");
    }

    @Test
    void aGroupVisitHasAtMostFiveRepresentatives() {
        List<Petitioner> six = List.of(petitioner("甲", true), petitioner("乙", true), petitioner("丙", true),
                petitioner("丁", true), petitioner("戊", true), petitioner("己", true));
        Instant now = at("2025-06-03");
        assertThatThrownBy(() -> Petition.register("XF1", "C1", Channel.VISIT, true, REGION, "征地补偿标准过低", six, Set.of(),
                Category.CLAIM, OFFICER, "510107000000", now, LIMITS.due(Limit.SORT, now, REGION, BUREAU), LIMITS.due(Limit.NOTICE, now, REGION, BUREAU)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("petition.groupVisit.representatives");
        Petition five = Petition.register("XF1", "C1", Channel.VISIT, true, REGION, "征地补偿标准过低", six.subList(0, 5), Set.of(),
                Category.CLAIM, OFFICER, "510107000000", now, LIMITS.due(Limit.SORT, now, REGION, BUREAU), LIMITS.due(Limit.NOTICE, now, REGION, BUREAU));
        assertThat(five.petitioners()).hasSize(5);
    }

    @Test
    void theObjectionWindowIsFiveWorkingDaysCountingMakeUpWorkingDaysAndSkippingTheHoliday() {
        // transferred Fri 2025-09-26: Sun 9/28 (调休上班) 1, 9/29 2, 9/30 3, 10/1–10/8 holiday, 10/9 4, 10/10 5
        Petition p = transferred(Category.CLAIM, at("2025-09-25"), at("2025-09-26"));
        assertThat(p.due(Limit.OBJECT).date()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(p.due(Limit.OBJECT).explanation()).contains("调休上班");
        // transferred Thu 2025-10-09: 10/10 1, Sat 10/11 (调休上班) 2, 10/13 3, 10/14 4, 10/15 5
        Petition q = transferred(Category.CLAIM, at("2025-10-09"), at("2025-10-09"));
        assertThat(q.due(Limit.OBJECT).date()).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void anOrganObjectsOnTheFifthWorkingDayButNotOnTheSixth() {
        Petition p = transferred(Category.CLAIM, at("2025-09-25"), at("2025-09-26"));
        p.object("不属于本机关职权范围", HANDLING, at("2025-10-10", "23:59"));
        assertThat(p.status()).isEqualTo(PetitionStatus.OBJECTED);
        Petition late = transferred(Category.CLAIM, at("2025-09-25"), at("2025-09-26"));
        assertThat(key(() -> late.object("不属于本机关职权范围", HANDLING, at("2025-10-11", "09:00")))).isEqualTo("petition.object.late");
        assertThat(late.status()).isEqualTo(PetitionStatus.TRANSFERRED);
    }

    @Test
    void anObjectionReturnsTheMatterOnlyWhenTheSenderAgrees() {
        Petition p = transferred(Category.CLAIM, at("2025-06-02"), at("2025-06-03"));
        p.object("属于仲裁事项", HANDLING, at("2025-06-04"));
        p.refuseObjection("属于你单位职责", OFFICER, at("2025-06-05"));
        assertThat(p.status()).isEqualTo(PetitionStatus.TRANSFERRED);
        assertThat(p.handlingUnitId()).isEqualTo(HANDLER);
        p.object("再次说明：属于仲裁事项", HANDLING, at("2025-06-06"));
        p.agreeObjection("核实同意", OFFICER, at("2025-06-06"), LIMITS.due(Limit.SORT, at("2025-06-06"), REGION, BUREAU));
        assertThat(p.status()).isEqualTo(PetitionStatus.REGISTERED);
        assertThat(p.handlingUnitId()).isNull();
    }

    @Test
    void theDecisionIsDueSixtyDaysAfterAcceptanceRollingOverTheHoliday() {
        Petition p = accepted(at("2025-08-03"));
        // 2025-08-03 + 60 = 2025-10-02, inside the National Day holiday: moves to 2025-10-09
        assertThat(p.due(Limit.DECIDE).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(p.due(Limit.DECIDE).basis()).contains("第三十四条");
    }

    @Test
    void extendsHandlingOnceByAtMostThirtyDaysWithTheHeadsApproval() {
        Petition p = accepted(at("2025-03-01"));
        assertThat(p.due(Limit.DECIDE).date()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(key(() -> p.requestExtension(31, "需要现场勘验", HANDLING, at("2025-04-01")))).isEqualTo("petition.extension.max");
        assertThat(key(() -> p.requestExtension(10, " ", HANDLING, at("2025-04-01")))).isEqualTo("petition.extension.reason");
        p.requestExtension(30, "需要现场勘验", HANDLING, at("2025-04-01"));
        assertThat(p.due(Limit.EXTENSION_APPROVAL).pending()).isTrue();
        assertThat(key(() -> p.approveExtension("局长 王某", HANDLING, at("2025-04-02"),
                LIMITS.due(Limit.DECIDE, 30, at("2025-03-01"), REGION, HANDLER)))).isEqualTo("petition.extension.selfApproval");
        p.approveExtension("局长 王某", HEAD, at("2025-04-02"),
                LIMITS.due(Limit.DECIDE, 30, at("2025-03-01"), REGION, HANDLER));
        assertThat(p.due(Limit.DECIDE).date()).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(p.due(Limit.EXTENSION_APPROVAL).pending()).isFalse();
        assertThat(key(() -> p.requestExtension(5, "再延一次", HANDLING, at("2025-05-01")))).isEqualTo("petition.extension.once");
    }

    @Test
    void anExtensionWithoutANamedHeadIsRefused() {
        Petition p = accepted(at("2025-03-01"));
        p.requestExtension(10, "需要现场勘验", HANDLING, at("2025-04-01"));
        assertThat(key(() -> p.approveExtension(" ", HEAD, at("2025-04-02"),
                LIMITS.due(Limit.DECIDE, 10, at("2025-03-01"), REGION, HANDLER)))).isEqualTo("petition.extension.head");
    }

    @Test
    void aDecisionWithoutLegalBasisIsRefused() {
        assertThat(key(() -> Decision.of(Outcome.REJECT, "事实", "理由", "  ", at("2025-03-01"))))
                .isEqualTo("petition.decision.legalBasis");
    }

    @Test
    void aReviewIsAcceptedOnDayThirtyAndRefusedOnDayThirtyOne() {
        // reply 2025-06-01; day 30 = 2025-07-01 (Tuesday)
        Petition onTime = decided(at("2025-06-01"));
        assertThat(onTime.due(Limit.REVIEW_REQUEST).date()).isEqualTo(LocalDate.of(2025, 7, 1));
        onTime.requestReview(CITY, OFFICER, at("2025-07-01", "23:30"), LIMITS.due(Limit.REVIEW_DECIDE, at("2025-07-01"), REGION, CITY));
        assertThat(onTime.status()).isEqualTo(PetitionStatus.UNDER_REVIEW);
        assertThat(onTime.due(Limit.REVIEW_DECIDE).date()).isEqualTo(LocalDate.of(2025, 7, 31));

        Petition late = decided(at("2025-06-01"));
        assertThat(key(() -> late.requestReview(CITY, OFFICER, at("2025-07-02", "00:10"),
                LIMITS.due(Limit.REVIEW_DECIDE, at("2025-07-02"), REGION, CITY)))).isEqualTo("petition.review.window");
        assertThat(late.status()).isEqualTo(PetitionStatus.DECIDED);
    }

    @Test
    void theReviewWindowRollsOverAHolidayLastDay() {
        // reply 2025-09-05: day 30 = 2025-10-05 (holiday) → 2025-10-09; a request on 10/8 is in time
        Petition p = decided(at("2025-09-05"));
        assertThat(p.due(Limit.REVIEW_REQUEST).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        p.requestReview(CITY, OFFICER, at("2025-10-08"), LIMITS.due(Limit.REVIEW_DECIDE, at("2025-10-08"), REGION, CITY));
        assertThat(p.status()).isEqualTo(PetitionStatus.UNDER_REVIEW);
    }

    @Test
    void reReviewIsOneLevelFurtherUpWithinThirtyDaysAndHearingTimeIsNotCounted() {
        Petition p = decided(at("2024-12-01"));
        p.requestReview(CITY, OFFICER, at("2024-12-02"), LIMITS.due(Limit.REVIEW_DECIDE, at("2024-12-02"), REGION, CITY));
        assertThat(key(() -> p.decideReview(decision(at("2024-12-20")), HANDLING, at("2024-12-20"),
                LIMITS.due(Limit.RE_REVIEW_REQUEST, at("2024-12-20"), REGION, CITY)))).isEqualTo("petition.unit.notHandling");
        p.decideReview(decision(at("2024-12-20")), REVIEWER, at("2024-12-20"), LIMITS.due(Limit.RE_REVIEW_REQUEST, at("2024-12-20"), REGION, CITY));
        assertThat(key(() -> p.requestReReview(CITY, OFFICER, at("2025-01-02"), LIMITS.due(Limit.RE_REVIEW_DECIDE, at("2025-01-02"), REGION, CITY))))
                .isEqualTo("petition.reReview.higherOrgan");
        p.requestReReview(PROVINCE, OFFICER, at("2025-01-02"), LIMITS.due(Limit.RE_REVIEW_DECIDE, at("2025-01-02"), REGION, PROVINCE));
        // 2025-01-02 + 30 = 2025-02-01, inside the Spring Festival holiday (1/28–2/4): moves to 2025-02-05
        assertThat(p.due(Limit.RE_REVIEW_DECIDE).date()).isEqualTo(LocalDate.of(2025, 2, 5));
        p.recordHearing(5, "举行听证", RE_REVIEWER, at("2025-01-10"), LIMITS.due(Limit.RE_REVIEW_DECIDE, 5, at("2025-01-02"), REGION, PROVINCE));
        // 35 days: 2025-02-06
        assertThat(p.due(Limit.RE_REVIEW_DECIDE).date()).isEqualTo(LocalDate.of(2025, 2, 6));
        p.decideReReview(decision(at("2025-02-01")), RE_REVIEWER, at("2025-02-01"));
        assertThat(p.status()).isEqualTo(PetitionStatus.CONCLUDED);
        assertThat(p.concludedAt()).isNotNull();
    }

    @Test
    void aReReviewIsAcceptedOnDayThirtyAndRefusedOnDayThirtyOne() {
        // review decided 2025-05-06; day 30 = 2025-06-05 (Thursday)
        Petition onTime = reviewed(at("2025-05-06"));
        assertThat(onTime.due(Limit.RE_REVIEW_REQUEST).date()).isEqualTo(LocalDate.of(2025, 6, 5));
        onTime.requestReReview(PROVINCE, OFFICER, at("2025-06-05", "18:00"),
                LIMITS.due(Limit.RE_REVIEW_DECIDE, at("2025-06-05"), REGION, PROVINCE));
        assertThat(onTime.status()).isEqualTo(PetitionStatus.UNDER_RE_REVIEW);
        Petition late = reviewed(at("2025-05-06"));
        assertThat(key(() -> late.requestReReview(PROVINCE, OFFICER, at("2025-06-06", "08:00"),
                LIMITS.due(Limit.RE_REVIEW_DECIDE, at("2025-06-06"), REGION, PROVINCE)))).isEqualTo("petition.reReview.window");
        assertThat(late.status()).isEqualTo(PetitionStatus.REVIEWED);
    }

    private static Petition reviewed(Instant reviewedAt) {
        Petition p = decided(reviewedAt.minusSeconds(86400 * 20));
        p.requestReview(CITY, OFFICER, reviewedAt.minusSeconds(86400 * 10),
                LIMITS.due(Limit.REVIEW_DECIDE, reviewedAt.minusSeconds(86400 * 10), REGION, CITY));
        p.decideReview(decision(reviewedAt), REVIEWER, reviewedAt, LIMITS.due(Limit.RE_REVIEW_REQUEST, reviewedAt, REGION, CITY));
        return p;
    }

    @Test
    void aLateOrganStillActsButTheSortLimitStaysPendingUntilTransfer() {
        Petition p = registered(Category.ACCUSATION, at("2025-06-03"));
        assertThat(p.due(Limit.SORT).pending()).isTrue();
        p.transfer(HANDLER, TransferMode.TRANSFER, OFFICER, at("2025-06-20"), LIMITS.due(Limit.OBJECT, at("2025-06-20"), REGION, HANDLER),
                LIMITS.due(Limit.NOTICE, at("2025-06-20"), REGION, HANDLER));
        assertThat(p.due(Limit.SORT).metAt()).isEqualTo(at("2025-06-20"));
        assertThat(p.due(Limit.SORT).metAt()).isAfter(p.due(Limit.SORT).dueAt());
    }

    @Test
    void routesOneToFiveAreChannelledAndNeverEnterTheTrack() {
        for (Route r : Route.values()) {
            Petition p = registered(Category.CLAIM, at("2025-06-03"));
            p.classify(Category.CLAIM, r, null, OFFICER, at("2025-06-03"));
            if (r.entersTrack()) {
                assertThat(key(() -> p.channel("告知", OFFICER, at("2025-06-04")))).isEqualTo("petition.channel.routeOneToFive");
                continue;
            }
            assertThat(key(() -> p.transfer(HANDLER, TransferMode.TRANSFER, OFFICER, at("2025-06-04"),
                    LIMITS.due(Limit.OBJECT, at("2025-06-04"), REGION, HANDLER), LIMITS.due(Limit.NOTICE, at("2025-06-04"), REGION, HANDLER))))
                    .isEqualTo("petition.transfer.notOnTrack");
            p.channel("请向人民法院提起诉讼", OFFICER, at("2025-06-04"));
            assertThat(p.status()).isEqualTo(PetitionStatus.CHANNELLED);
            assertThat(p.due(Limit.DECIDE)).isNull();
            assertThat(key(() -> p.accept(HANDLING, at("2025-06-05"), LIMITS.due(Limit.DECIDE, at("2025-06-05"), REGION, HANDLER))))
                    .isEqualTo("petition.status.illegal");
        }
    }

    @Test
    void anAccusationIsNeverTransferredToTheAccusedUnit() {
        Petition p = registered(Category.ACCUSATION, at("2025-06-03"));
        assertThat(key(() -> p.transfer(ACCUSED, TransferMode.ASSIGN, OFFICER, at("2025-06-04"),
                LIMITS.due(Limit.OBJECT, at("2025-06-04"), REGION, ACCUSED), LIMITS.due(Limit.NOTICE, at("2025-06-04"), REGION, ACCUSED))))
                .isEqualTo("petition.accusation.toAccused");
    }

    @Test
    void recusedStaffCannotBeAssigned() {
        Petition p = registered(Category.CLAIM, at("2025-06-03"));
        Actor brother = new Actor(77, "brother", BUREAU);
        p.declareRecusal("信访人是我的亲属", brother, at("2025-06-03"));
        assertThat(key(() -> p.assign(77, "brother", BUREAU, OFFICER, at("2025-06-03")))).isEqualTo("petition.recusal.cannotAssign");
        // only staff of one of the case's units
        assertThat(key(() -> p.assign(2, "handler", HANDLER, OFFICER, at("2025-06-03")))).isEqualTo("petition.assignee.caseUnit");
        p.assign(1, "officer", BUREAU, OFFICER, at("2025-06-03"));
        assertThat(p.assigneeAccountId()).isEqualTo(1);
    }

    @Test
    void settlementClosesWithTheAgreementOnRecord() {
        Petition p = accepted(at("2025-03-01"));
        assertThat(key(() -> p.settle("", HANDLING, at("2025-03-10")))).isEqualTo("petition.settle.agreement");
        p.settle("双方同意物业公司于4月底前修复电梯", HANDLING, at("2025-03-10"));
        assertThat(p.status()).isEqualTo(PetitionStatus.SETTLED);
        assertThat(p.due(Limit.DECIDE).pending()).isFalse();
    }

    @Test
    void everyStepIsOnTheTimeline() {
        Petition p = decided(at("2025-06-01"));
        assertThat(p.timeline()).extracting(TimelineEntry::step).containsExactly(PetitionStep.REGISTER, PetitionStep.CLASSIFY,
                PetitionStep.TRANSFER, PetitionStep.ACCEPT, PetitionStep.DECIDE);
    }

    @Test
    void similarMattersScoreHighAndNewMattersLow() {
        var a = RepeatPolicy.grams("小区电梯停运三个月无人维修，物业不作为");
        var same = RepeatPolicy.grams("物业不作为，小区电梯停运三个月一直无人维修！");
        var other = RepeatPolicy.grams("村道路灯损坏，夜间出行不安全");
        assertThat(RepeatPolicy.similarity(a, same)).isGreaterThanOrEqualTo(RepeatPolicy.SAME_FACTS);
        assertThat(RepeatPolicy.similarity(a, other)).isLessThan(0.2);
    }
}
