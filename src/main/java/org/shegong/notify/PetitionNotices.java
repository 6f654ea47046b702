package org.shegong.notify;

import java.util.Map;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.shegong.petition.PetitionAlertRaised;
import org.shegong.petition.PetitionDeadlineRecomputed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Petition alerts (信访工作条例 accountability triggers, major/urgent matters) as notices to the unit handling the
 * case and to the unit supervising it. The event carries no petitioner data and neither does the notice: case
 * number, what is wrong, and a link to the case, which the petition module opens only for those allowed to see it.
 */
@Component
class PetitionNotices {

    private static final Map<String, String[]> WORDS = Map.of(
            "NOT_REGISTERED_IN_TIME", new String[] { "未在期限内登记、转送或交办", "not registered and sent on in time" },
            "NOTICE_LATE", new String[] { "未按期书面告知信访人", "written notice to the petitioner is late" },
            "OVERDUE", new String[] { "办理超过法定期限", "handling is past its statutory limit" },
            "EXTENSION_WITHOUT_APPROVAL", new String[] { "延期未经负责人批准", "extended without the head's approval" },
            "MAJOR", new String[] { "重大、紧急信访事项，须立即报告", "major or urgent matter: report upward at once" });

    private static final Map<String, String[]> LIMITS = Map.of(
            "SORT", new String[] { "登记转送交办期限", "deadline to register and send on" },
            "NOTICE", new String[] { "书面告知期限", "deadline for the written notice" },
            "OBJECT", new String[] { "异议期限", "objection window" },
            "DECIDE", new String[] { "办结期限", "handling deadline" },
            "REVIEW_REQUEST", new String[] { "请求复查期限", "window to request a review" },
            "REVIEW_DECIDE", new String[] { "复查期限", "review deadline" },
            "RE_REVIEW_REQUEST", new String[] { "请求复核期限", "window to request a re-review" },
            "RE_REVIEW_DECIDE", new String[] { "复核期限", "re-review deadline" });

    private final Inbox inbox;
    private final UnitManagement units;

    PetitionNotices(Inbox inbox, UnitManagement units) {
        this.inbox = inbox;
        this.units = units;
    }

    @ApplicationModuleListener
    void on(PetitionAlertRaised alert) {
        String[] words = WORDS.getOrDefault(alert.alert(), new String[] { alert.alert(), alert.alert() });
        String link = "/petitions/" + alert.petitionId();
        inbox.post(alert.unitId(), "petition.alert", "信访事项 " + alert.caseNumber() + "：" + words[0],
                "Petition " + alert.caseNumber() + ": " + words[1], link);
        units.byId(UnitId.of(alert.unitId())).flatMap(u -> units.supervisorOf(u.id())).ifPresent(sup ->
                inbox.post(sup.id().value(), "petition.alert", "督办：信访事项 " + alert.caseNumber() + "：" + words[0],
                        "Supervision: petition " + alert.caseNumber() + ": " + words[1], link));
    }

    /** A limit counted on a provisional holiday year moved with the official schedule: the answerable unit is told. */
    @ApplicationModuleListener
    void on(PetitionDeadlineRecomputed moved) {
        String[] words = LIMITS.getOrDefault(moved.limit(), new String[] { moved.limit(), moved.limit() });
        inbox.post(moved.unitId(), "petition.deadline", "信访事项 " + moved.caseNumber() + "：" + words[0] + "按正式节假日安排由 "
                + moved.oldDate() + " 调整为 " + moved.newDate(),
                "Petition " + moved.caseNumber() + ": " + words[1] + " moved with the official holiday schedule from "
                        + moved.oldDate() + " to " + moved.newDate(),
                "/petitions/" + moved.petitionId());
    }
}
