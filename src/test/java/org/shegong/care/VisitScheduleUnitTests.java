package org.shegong.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.shegong.ShegongApplication;

class VisitScheduleUnitTests {

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ShegongApplication.ZONE).toInstant();
    }

    @Test
    void weeklyForTheElderlyLivingAloneIsDueBy2400OfTheSeventhDay() {
        // visited Monday 2026-11-02 at 23:30 Beijing time: due by Monday 2026-11-09 24:00
        Instant due = VisitSchedule.dueAfter(at("2026-11-02T23:30"), 7);
        assertThat(due).isEqualTo(at("2026-11-10T00:00"));
        assertThat(VisitSchedule.overdue(due, at("2026-11-09T23:59:59"))).isFalse();
        assertThat(VisitSchedule.overdue(due, at("2026-11-10T00:00"))).isTrue();
        assertThat(VisitSchedule.daysOverdue(due, at("2026-11-10T00:00"))).isZero();
    }

    @Test
    void escalationAfterThreeFullDaysLate() {
        Instant due = at("2026-11-10T00:00");
        assertThat(VisitSchedule.escalatesAt(due)).isEqualTo(at("2026-11-13T00:00"));
        assertThat(VisitSchedule.daysOverdue(due, at("2026-11-12T23:59:59"))).isEqualTo(2);
        assertThat(VisitSchedule.daysOverdue(due, VisitSchedule.escalatesAt(due))).isEqualTo(3);
        assertThat(VisitSchedule.escalatesAt(due).minus(Duration.ofSeconds(1))).isBefore(at("2026-11-13T00:00"));
    }

    @Test
    void riskHalvesOrDoublesTheGroupsInterval() {
        assertThat(VisitSchedule.intervalDays(7, Risk.HIGH)).isEqualTo(3);
        assertThat(VisitSchedule.intervalDays(7, Risk.NORMAL)).isEqualTo(7);
        assertThat(VisitSchedule.intervalDays(7, Risk.LOW)).isEqualTo(14);
        assertThat(VisitSchedule.intervalDays(1, Risk.HIGH)).isEqualTo(1);
        assertThat(VisitSchedule.intervalDays(200, Risk.LOW)).isEqualTo(365);
    }

    @Test
    void aChildsNameIsMaskedAfterTheSurname() {
        assertThat(CareRegistry.maskName("陈小明")).isEqualTo("陈**");
        assertThat(CareRegistry.maskName("李")).isEqualTo("李*");
    }

    @Test
    void photosAreRecognisedByTheirFirstBytes() {
        assertThat(VisitPhoto.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 })).isEqualTo("image/jpeg");
        assertThat(VisitPhoto.sniff("GIF89a".getBytes())).isNull();
    }
}
