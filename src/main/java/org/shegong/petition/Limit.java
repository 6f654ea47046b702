package org.shegong.petition;

import org.shegong.calendar.DeadlineRule;

/** The statutory limits of the petition track, each with its rule and legal basis. */
public enum Limit {
    SORT(DeadlineRule.calendarDays(15), "信访工作条例第二十二条：收到信访事项后15日内登记并转送、交办",
            "Regulations on Petition Work §22: register and transfer/assign within 15 days", "NOT_REGISTERED_IN_TIME", true),
    NOTICE(DeadlineRule.calendarDays(15), "信访工作条例第二十三条：15日内书面告知信访人",
            "Regulations on Petition Work §23: written notice to the petitioner within 15 days", "NOTICE_LATE", true),
    OBJECT(DeadlineRule.workingDays(5), "信访工作条例第二十三条第三款：不属于本机关职权范围的，5个工作日内提出异议",
            "Regulations on Petition Work §23 ¶3: an organ outside its remit objects within 5 working days", "", false),
    DECIDE(DeadlineRule.calendarDays(60), "信访工作条例第三十四条：自受理之日起60日内办结",
            "Regulations on Petition Work §34: decided within 60 days of acceptance", "OVERDUE", true),
    EXTENSION_APPROVAL(DeadlineRule.calendarDays(0), "信访工作条例第三十四条：延长期限须经本机关负责人批准",
            "Regulations on Petition Work §34: an extension needs the approval of the organ's head", "EXTENSION_WITHOUT_APPROVAL", true),
    REVIEW_REQUEST(DeadlineRule.calendarDays(30), "信访工作条例第三十五条：收到书面答复之日起30日内请求复查",
            "Regulations on Petition Work §35: review requested within 30 days of the written reply", "", false),
    REVIEW_DECIDE(DeadlineRule.calendarDays(30), "信访工作条例第三十五条：收到复查请求之日起30日内提出复查意见",
            "Regulations on Petition Work §35: review decided within 30 days of the request", "OVERDUE", true),
    RE_REVIEW_REQUEST(DeadlineRule.calendarDays(30), "信访工作条例第三十六条：收到复查意见之日起30日内请求复核",
            "Regulations on Petition Work §36: re-review requested within 30 days of the review", "", false),
    RE_REVIEW_DECIDE(DeadlineRule.calendarDays(30), "信访工作条例第三十六条：收到复核请求之日起30日内提出复核意见（听证时间不计入）",
            "Regulations on Petition Work §36: re-review decided within 30 days of the request, hearing time excluded", "OVERDUE", true);

    private final DeadlineRule rule;
    private final String basis;
    private final String basisEn;
    private final String alert;
    private final boolean alertable;

    Limit(DeadlineRule rule, String basis, String basisEn, String alert, boolean alertable) {
        this.rule = rule;
        this.basis = basis;
        this.basisEn = basisEn;
        this.alert = alert;
        this.alertable = alertable;
    }

    public DeadlineRule rule() {
        return rule;
    }

    public String basis() {
        return basis;
    }

    public String basisEn() {
        return basisEn;
    }

    /** The accountability trigger (信访工作条例 §§43–46) raised when the limit passes unmet; empty for the petitioner's windows. */
    public String alert() {
        return alert;
    }

    public boolean alertable() {
        return alertable;
    }
}
