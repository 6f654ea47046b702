package org.shegong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.ShegongApplication;
import org.shegong.care.CareVisitEscalated;
import org.shegong.care.CareVisitOverdue;
import org.shegong.care.PersonId;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Overdue and escalated care visits reach the unit's inbox with the group and a masked name only. */
@SpringBootTest
class CareNoticesTests {

    @Autowired
    CareNotices notices;
    @Autowired
    Inbox inbox;
    @Autowired
    UnitManagement units;

    @Test
    void anOverdueVisitAndItsEscalationAreNoticedWithoutPersonalData() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var community = units.create(province, "关爱通知社区" + s, UnitKind.VILLAGE_COMMITTEE, "510107005002");
        var office = units.create(province, "关爱通知街道" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        // due by 24:00 of 2026-11-20: stored as 00:00 of the 21st
        var due = LocalDate.of(2026, 11, 21).atStartOfDay(ShegongApplication.ZONE).toInstant();
        // the listener itself, called in this thread (the bean is an asynchronous proxy)
        CareNotices direct = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(notices);
        direct.on(new CareVisitOverdue(new PersonId(42), community.id().value(), "独居老人", "Elderly living alone", "孙*", due));
        direct.on(new CareVisitEscalated(new PersonId(42), office.id().value(), "独居老人", "Elderly living alone", "孙*", due, 3));
        var reader = StaffFixtures.staff(1, "reader", community.id().value(), community.name(), UnitKind.VILLAGE_COMMITTEE,
                "510107005002", Role.VILLAGE_STAFF);
        assertThat(inbox.list(reader, false, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("care.overdue");
            assertThat(n.subject()).isEqualTo("关爱走访逾期：独居老人 孙*（应于 2026-11-20 前走访）");
            assertThat(n.subjectEn()).isEqualTo("Care visit overdue: Elderly living alone 孙* (due by 2026-11-20)");
            assertThat(n.link()).isEqualTo("/care/people/42");
        });
        var township = StaffFixtures.staff(1, "reader", office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.TOWNSHIP_STAFF);
        assertThat(inbox.list(township, false, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("care.escalated");
            assertThat(n.subject()).startsWith("关爱走访逾期 3 天，上报乡镇（街道）督办");
        });
    }
}
