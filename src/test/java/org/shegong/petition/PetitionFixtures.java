package org.shegong.petition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendars;

/** Petitions for unit tests, on the seeded 2025/2026 calendar, in 武侯区 (510107). */
final class PetitionFixtures {

    static final String REGION = "510107005000";
    static final long BUREAU = 10;
    static final long HANDLER = 20;
    static final long CITY = 30;
    static final long PROVINCE = 40;
    static final long ACCUSED = 50;
    static final Actor OFFICER = new Actor(1, "officer", BUREAU);
    static final Actor HANDLING = new Actor(2, "handler", HANDLER);
    static final Actor HEAD = new Actor(5, "head", HANDLER);
    static final Actor REVIEWER = new Actor(3, "reviewer", CITY);
    static final Actor RE_REVIEWER = new Actor(4, "rereviewer", PROVINCE);
    static final StatutoryLimits LIMITS = new StatutoryLimits(WorkingCalendars.seeded());

    private PetitionFixtures() {
    }

    /** 10:00 Beijing time on that day. */
    static Instant at(String date) {
        return LocalDateTime.parse(date + "T10:00").atZone(Deadline.ZONE).toInstant();
    }

    static Instant at(String date, String time) {
        return LocalDateTime.parse(date + "T" + time).atZone(Deadline.ZONE).toInstant();
    }

    static Petitioner petitioner(String name, boolean representative) {
        return new Petitioner(name, null, null, representative);
    }

    static Petition registered(Category category, Instant at) {
        return Petition.register("XF510107-1", "XFABC", Channel.LETTER, false, REGION, "小区电梯停运三个月无人维修", 
                List.of(petitioner("张三", false)), Set.of(ACCUSED), category, OFFICER, "510107000000", at,
                LIMITS.due(Limit.SORT, at, REGION, BUREAU), LIMITS.due(Limit.NOTICE, at, REGION, BUREAU));
    }

    static Petition transferred(Category category, Instant registeredAt, Instant transferAt) {
        Petition p = registered(category, registeredAt);
        if (category == Category.CLAIM) {
            p.classify(Category.CLAIM, Route.PETITION, null, OFFICER, registeredAt);
        }
        p.transfer(HANDLER, TransferMode.TRANSFER, OFFICER, transferAt, LIMITS.due(Limit.OBJECT, transferAt, REGION, HANDLER),
                LIMITS.due(Limit.NOTICE, transferAt, REGION, HANDLER));
        return p;
    }

    static Petition accepted(Instant acceptAt) {
        Petition p = transferred(Category.CLAIM, acceptAt, acceptAt);
        p.accept(HANDLING, acceptAt, LIMITS.due(Limit.DECIDE, acceptAt, REGION, HANDLER));
        return p;
    }

    static Decision decision(Instant at) {
        return Decision.of(Outcome.EXPLAIN, "经查，电梯维保合同已于2025年3月到期", "物业公司已重新签订维保合同",
                "《特种设备安全法》第三十九条", at);
    }

    static Petition decided(Instant decidedAt) {
        Petition p = accepted(decidedAt.minusSeconds(86400 * 10));
        p.decide(decision(decidedAt), HANDLING, decidedAt, LIMITS.due(Limit.REVIEW_REQUEST, decidedAt, REGION, HANDLER));
        return p;
    }
}
