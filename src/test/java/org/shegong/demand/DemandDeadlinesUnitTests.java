package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.WorkingCalendars;
import org.shegong.region.RegionCode;

class DemandDeadlinesUnitTests {

    private static final RegionCode YULIN = RegionCode.of("510107005000");
    private final DemandDeadlines deadlines = new DemandDeadlines(WorkingCalendars.seeded(), TimeLimitPolicy.defaults());

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Deadline.ZONE).toInstant();
    }

    @Test
    void aComplaintDispatchedBeforeNationalDayGetsFifteenWorkingDaysCountingTheMakeUpSaturday() {
        // 9/30 not counted; 10/1–10/7 rest; 10/8, 10/9, 10/10 (调休上班), 10/12 … 10/27 is the 15th working day
        var d = deadlines.forDispatch(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, YULIN, null, at("2026-09-30T16:00"));
        assertThat(d.replyBy().date()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(d.replyBy().provisional()).isFalse();
        assertThat(d.replyBy().explanation()).contains("国庆");
    }

    @Test
    void coHandlersReportTwoWorkingDaysBeforeTheLeadAndEveryWorkOrderCarriesItsExplanation() {
        // lead: 10/27 (15th working day); co-handler: 13 working days → 10/23 (Fri)
        var d = deadlines.forDispatch(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, YULIN, null, at("2026-09-30T16:00"));
        assertThat(d.coReplyBy().date()).isEqualTo(LocalDate.of(2026, 10, 23));
        var lead = d.lead(7);
        var co = d.coHandler(8);
        assertThat(lead.replyBy()).isEqualTo(Deadline.endOf(LocalDate.of(2026, 10, 27)));
        assertThat(co.replyBy()).isEqualTo(Deadline.endOf(LocalDate.of(2026, 10, 23)));
        assertThat(co.acceptBy()).isEqualTo(lead.acceptBy());
        assertThat(lead.deadlineNote()).contains("答复：", "国庆", "2026-10-27 24:00", "依据：四川省12345热线运行管理办法");
        assertThat(co.deadlineNote()).contains("向主办单位反馈：", "13个工作日", "2026-10-23 24:00");
        assertThat(co.deadlineNoteEn()).contains("Report to the lead unit", "13 working days", "National Day");
    }

    @Test
    void hourLimitsGiveCoHandlersHalfTheTimeAndARegionalCoHandlingOverrideWins() {
        assertThat(deadlines.limits(DemandKind.HELP, TimeLimitClass.UTILITIES, YULIN, null).coHandling())
                .isEqualTo(DeadlineRule.hours(12));
        assertThat(deadlines.limits(DemandKind.HELP, TimeLimitClass.EMERGENCY, YULIN, null).coHandling())
                .isEqualTo(DeadlineRule.hours(1));
        assertThat(deadlines.limits(DemandKind.ENQUIRY, TimeLimitClass.ORDINARY, YULIN, null).coHandling())
                .isEqualTo(DeadlineRule.workingDays(1));
        var policy = new TimeLimitPolicy(List.of(
                new TimeLimitPolicy.Override("5101", null, null, null, null, null, DeadlineRule.workingDays(10), null, null,
                        "成都市规定"),
                new TimeLimitPolicy.Override("510107", null, null, null, null, null, null, null, DeadlineRule.workingDays(5),
                        "武侯区协办规定")));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510104000000", null).coHandling())
                .isEqualTo(DeadlineRule.workingDays(8));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510107005000", null).coHandling())
                .isEqualTo(DeadlineRule.workingDays(5));
    }

    @Test
    void anEnquiryBeforeSpringFestivalCountsTheMakeUpSaturdayAndSkipsTheNineDayHoliday() {
        // 2/13 Fri (1), 2/14 Sat 调休上班 (2), 2/15–2/23 春节, 2/24 Tue (3)
        var d = deadlines.forDispatch(DemandKind.ENQUIRY, TimeLimitClass.ORDINARY, YULIN, null, at("2026-02-12T09:30"));
        assertThat(d.replyBy().date()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aRequestForHelpOnNewYearsEveCountsTheSundayMakeUpDay() {
        // 2026-01-01..03 rest; 1/4 Sunday 调休上班 (1), 1/5–1/9 (2–6), 1/12 Mon (7)
        var d = deadlines.forDispatch(DemandKind.HELP, TimeLimitClass.ORDINARY, YULIN, null, at("2025-12-31T11:00"));
        assertThat(d.replyBy().date()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(d.acceptBy().date()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(d.returnBy().date()).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void proposalsAndReportsFollowTheirClassesSevenAndFifteen() {
        assertThat(deadlines.limits(DemandKind.PROPOSAL, TimeLimitClass.ORDINARY, YULIN, null).handling())
                .isEqualTo(DeadlineRule.workingDays(7));
        assertThat(deadlines.limits(DemandKind.REPORT, TimeLimitClass.ORDINARY, YULIN, null).handling())
                .isEqualTo(DeadlineRule.workingDays(15));
    }

    @Test
    void emergenciesRunOnClockHoursEvenOnAHoliday() {
        Instant received = at("2026-10-01T10:00");
        assertThat(deadlines.dispatchBy(DemandKind.HELP, TimeLimitClass.EMERGENCY, YULIN, null, received).dueAt())
                .isEqualTo(at("2026-10-01T11:00"));
        assertThat(deadlines.forDispatch(DemandKind.HELP, TimeLimitClass.EMERGENCY, YULIN, null, at("2026-10-01T10:20"))
                .replyBy().dueAt()).isEqualTo(at("2026-10-01T12:20"));
        assertThat(deadlines.dispatchBy(DemandKind.COMPLAINT, TimeLimitClass.UTILITIES, YULIN, null, received).dueAt())
                .isEqualTo(at("2026-10-01T12:00"));
    }

    @Test
    void aRegionalOverrideAppliesInsideItsRegionAndTheMostSpecificWins() {
        var policy = new TimeLimitPolicy(List.of(
                new TimeLimitPolicy.Override("5101", null, DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, null, null,
                        DeadlineRule.workingDays(10), null, null, "成都市规定"),
                new TimeLimitPolicy.Override("510107", "ZF-01", null, null, null, null,
                        DeadlineRule.workingDays(5), null, null, "武侯区噪声专项")));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510107005000", null).handling())
                .isEqualTo(DeadlineRule.workingDays(10));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510107005000", "ZF-01").handling())
                .isEqualTo(DeadlineRule.workingDays(5));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510300000000", null).handling())
                .isEqualTo(DeadlineRule.workingDays(15));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510107005000", "ZF-01").source())
                .isEqualTo("武侯区噪声专项");
    }
}
