package org.shegong.dispute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;

/** The rules of people's mediation with a legal source, small enough to test at their edges. */
final class MediationRules {

    // 人民调解法 §8: a committee has three to nine members
    static final int MIN_MEMBERS = 3;
    static final int MAX_MEMBERS = 9;
    // 人民调解法 §9: members serve a three-year term
    static final int TERM_YEARS = 3;
    // 人民调解法 §33: the parties apply jointly for judicial confirmation within 30 days of the agreement taking effect
    static final int CONFIRMATION_DAYS = 30;

    private MediationRules() {
    }

    // 人民调解法 §8: 人民调解委员会由委员三至九人组成
    static void requireCommitteeSize(List<String> members) {
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            throw new InvalidInput("members", "dispute.committee.size", MIN_MEMBERS, MAX_MEMBERS, members.size());
        }
    }

    // 人民调解法 §17: mediation only with every party's consent; a clear refusal forbids it
    static void requireConsents(List<Consent> consents) {
        if (consents.contains(Consent.REFUSED) || consents.contains(Consent.STOPPED)) {
            throw new InvalidInput("consent", "dispute.consent.refused");
        }
        if (consents.size() < 2 || consents.stream().anyMatch(c -> c != Consent.GIVEN)) {
            throw new InvalidInput("consent", "dispute.consent.missing");
        }
    }

    // DOMAIN §7 (default, configurable per region): mediation normally ends within one month of its start; a period in
    // months ends on the same-numbered day of the last month, moved off a rest day (民法典 §§201–203)
    static Deadline monthLimit(WorkingCalendar calendar, LocalDate start, int months, @Nullable String region) {
        int days = (int) ChronoUnit.DAYS.between(start, start.plusMonths(months));
        return calendar.addCalendarDays(start, days, region);
    }

    // 人民调解法 §33: joint application within 30 days of the agreement taking effect (last day moved off a rest day, 民法典 §203)
    static Deadline confirmationWindow(WorkingCalendar calendar, LocalDate effectiveOn, @Nullable String region) {
        return calendar.addCalendarDays(effectiveOn, CONFIRMATION_DAYS, region);
    }

    // 人民调解法 §33: an application after the 30 days is refused
    static void requireWithinConfirmationWindow(Deadline window, LocalDate appliedOn, LocalDate effectiveOn) {
        if (appliedOn.isBefore(effectiveOn)) {
            throw new InvalidInput("appliedOn", "dispute.confirmation.beforeEffective");
        }
        if (appliedOn.isAfter(window.date())) {
            throw new InvalidInput("appliedOn", "dispute.confirmation.late", window.date().toString());
        }
    }

    // 人民调解法 §28: a written agreement states the parties, the facts, the terms, and the way and time of performance
    static void requireAgreement(@Nullable String facts, @Nullable String terms, @Nullable String way,
            @Nullable LocalDate performBy) {
        if (facts == null || facts.isBlank()) {
            throw new InvalidInput("facts", "dispute.agreement.facts");
        }
        if (terms == null || terms.isBlank()) {
            throw new InvalidInput("terms", "dispute.agreement.terms");
        }
        if (way == null || way.isBlank() || performBy == null) {
            throw new InvalidInput("performanceWay", "dispute.agreement.performance");
        }
    }

    // 人民调解法 §29: effective from the day the parties sign (or seal, or fingerprint) and the mediator signs and the
    // committee seals
    static void requireSignedAndSealed(boolean partiesSigned, boolean mediatorSigned, boolean sealed) {
        if (!partiesSigned || !mediatorSigned || !sealed) {
            throw new InvalidInput("sealed", "dispute.agreement.notSigned");
        }
    }

    // DOMAIN §7: the month limit is extended only with both parties' agreement
    static void requireExtensionAgreed(boolean bothAgree, @Nullable Integer days) {
        if (!bothAgree) {
            throw new InvalidInput("bothAgree", "dispute.extension.consent");
        }
        if (days == null || days < 1 || days > 90) {
            throw new InvalidInput("days", "dispute.extension.days", 1, 90);
        }
    }

    /** The next level up; the county (综治中心) is the top ("矛盾不上交"). */
    static Level above(Level level) {
        return switch (level) {
            case VILLAGE -> Level.TOWNSHIP;
            case TOWNSHIP -> Level.COUNTY;
            case COUNTY -> throw new InvalidInput("level", "dispute.escalation.top");
        };
    }
}
