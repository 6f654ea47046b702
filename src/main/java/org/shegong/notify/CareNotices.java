package org.shegong.notify;

import java.time.format.DateTimeFormatter;
import org.shegong.ShegongApplication;
import org.shegong.care.CareVisitEscalated;
import org.shegong.care.CareVisitOverdue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Overdue care visits as notices: to the unit responsible for the person, and — escalated — to the township. The
 * events carry the group and a masked name only; the link opens the person's page for those allowed to see it.
 */
@Component
class CareNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Inbox inbox;

    CareNotices(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(CareVisitOverdue overdue) {
        String last = DAY.format(overdue.dueAt().atZone(ShegongApplication.ZONE).minusDays(1));
        inbox.post(overdue.unitId(), "care.overdue", "关爱走访逾期：" + overdue.groupName() + " " + overdue.maskedName()
                + "（应于 " + last + " 前走访）", "Care visit overdue: " + overdue.groupNameEn() + " " + overdue.maskedName()
                + " (due by " + last + ")", "/care/people/" + overdue.personId());
    }

    @ApplicationModuleListener
    void on(CareVisitEscalated escalated) {
        String last = DAY.format(escalated.dueAt().atZone(ShegongApplication.ZONE).minusDays(1));
        inbox.post(escalated.unitId(), "care.escalated", "关爱走访逾期 " + escalated.days() + " 天，上报乡镇（街道）督办："
                + escalated.groupName() + " " + escalated.maskedName() + "（应于 " + last + " 前走访）",
                "Care visit " + escalated.days() + " days overdue, escalated to the township: " + escalated.groupNameEn()
                        + " " + escalated.maskedName() + " (due by " + last + ")", "/care/people/" + escalated.personId());
    }
}
