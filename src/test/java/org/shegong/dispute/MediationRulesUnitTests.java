package org.shegong.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.calendar.WorkingCalendars;
import org.shegong.region.RegionCode;

/** The rules of people's mediation at their edges (人民调解法 §§8, 17, 23, 28, 29, 33; DOMAIN §7). */
class MediationRulesUnitTests {

    final WorkingCalendar calendar = WorkingCalendars.seeded();

    @Test
    void judicialConfirmationIsAcceptedOnDayThirtyAndRefusedOnDayThirtyOne() {
        LocalDate effective = LocalDate.of(2026, 3, 2);
        Deadline window = MediationRules.confirmationWindow(calendar, effective, null);
        assertThat(window.date()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThatCode(() -> MediationRules.requireWithinConfirmationWindow(window, effective.plusDays(30), effective))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MediationRules.requireWithinConfirmationWindow(window, effective.plusDays(31), effective))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("dispute.confirmation.late");
        assertThatThrownBy(() -> MediationRules.requireWithinConfirmationWindow(window, effective.minusDays(1), effective))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aConfirmationWindowEndingInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        // day 30 is 2026-10-01; 10/1–10/7 are rest days (民法典 §203)
        LocalDate effective = LocalDate.of(2026, 9, 1);
        Deadline window = MediationRules.confirmationWindow(calendar, effective, null);
        assertThat(window.date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThatCode(() -> MediationRules.requireWithinConfirmationWindow(window, LocalDate.of(2026, 10, 8), effective))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MediationRules.requireWithinConfirmationWindow(window, LocalDate.of(2026, 10, 9), effective))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theMonthLimitEndsOnTheSameNumberedDayAndMovesPastTheSpringFestival() {
        // 2026-02-15 falls in the Spring Festival rest days (2/15–2/23): the limit moves to 2/24
        Deadline acrossHoliday = MediationRules.monthLimit(calendar, LocalDate.of(2026, 1, 15), 1, null);
        assertThat(acrossHoliday.date()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(acrossHoliday.explanation()).isNotBlank();
        // an ordinary month: 4/15 → 5/15 (a Friday)
        assertThat(MediationRules.monthLimit(calendar, LocalDate.of(2026, 4, 15), 1, null).date())
                .isEqualTo(LocalDate.of(2026, 5, 15));
        // 1/31 → 2/28, a Saturday that is a make-up working day in 2026: it stays
        assertThat(MediationRules.monthLimit(calendar, LocalDate.of(2026, 1, 31), 1, null).date())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        // two months where a region configures it
        assertThat(MediationRules.monthLimit(calendar, LocalDate.of(2026, 4, 15), 2, "510107000000").date())
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void mediationNeedsEveryPartysConsentAndARefusalForbidsIt() {
        assertThatCode(() -> MediationRules.requireConsents(List.of(Consent.GIVEN, Consent.GIVEN))).doesNotThrowAnyException();
        assertThat(key(() -> MediationRules.requireConsents(List.of(Consent.GIVEN, Consent.PENDING))))
                .isEqualTo("dispute.consent.missing");
        assertThat(key(() -> MediationRules.requireConsents(List.of(Consent.GIVEN, Consent.REFUSED))))
                .isEqualTo("dispute.consent.refused");
        assertThat(key(() -> MediationRules.requireConsents(List.of(Consent.STOPPED, Consent.GIVEN))))
                .isEqualTo("dispute.consent.refused");
        assertThat(key(() -> MediationRules.requireConsents(List.of(Consent.GIVEN)))).isEqualTo("dispute.consent.missing");
    }

    @Test
    void aCommitteeHasThreeToNineMembers() {
        assertThat(key(() -> MediationRules.requireCommitteeSize(names(2)))).isEqualTo("dispute.committee.size");
        assertThatCode(() -> MediationRules.requireCommitteeSize(names(3))).doesNotThrowAnyException();
        assertThatCode(() -> MediationRules.requireCommitteeSize(names(9))).doesNotThrowAnyException();
        assertThat(key(() -> MediationRules.requireCommitteeSize(names(10)))).isEqualTo("dispute.committee.size");
    }

    @Test
    void anAgreementStatesFactsTermsAndPerformanceAndTakesEffectOnlySignedAndSealed() {
        LocalDate by = LocalDate.of(2026, 12, 31);
        assertThat(key(() -> MediationRules.requireAgreement("事实", " ", "现金", by))).isEqualTo("dispute.agreement.terms");
        assertThat(key(() -> MediationRules.requireAgreement("", "条款", "现金", by))).isEqualTo("dispute.agreement.facts");
        assertThat(key(() -> MediationRules.requireAgreement("事实", "条款", "现金", null)))
                .isEqualTo("dispute.agreement.performance");
        assertThatCode(() -> MediationRules.requireAgreement("事实", "条款", "现金", by)).doesNotThrowAnyException();
        assertThat(key(() -> MediationRules.requireSignedAndSealed(true, true, false))).isEqualTo("dispute.agreement.notSigned");
        assertThat(key(() -> MediationRules.requireSignedAndSealed(false, true, true))).isEqualTo("dispute.agreement.notSigned");
        assertThatCode(() -> MediationRules.requireSignedAndSealed(true, true, true)).doesNotThrowAnyException();
    }

    @Test
    void theLimitIsExtendedOnlyWithBothPartiesAgreement() {
        assertThat(key(() -> MediationRules.requireExtensionAgreed(false, 10))).isEqualTo("dispute.extension.consent");
        assertThat(key(() -> MediationRules.requireExtensionAgreed(true, 0))).isEqualTo("dispute.extension.days");
        assertThatCode(() -> MediationRules.requireExtensionAgreed(true, 1)).doesNotThrowAnyException();
    }

    @Test
    void escalationGoesVillageTownshipCountyAndNoFurther() {
        assertThat(MediationRules.above(Level.VILLAGE)).isEqualTo(Level.TOWNSHIP);
        assertThat(MediationRules.above(Level.TOWNSHIP)).isEqualTo(Level.COUNTY);
        assertThat(key(() -> MediationRules.above(Level.COUNTY))).isEqualTo("dispute.escalation.top");
        RegionCode grid = RegionCode.of("510107005001001");
        assertThat(Level.VILLAGE.regionOf(grid).value()).isEqualTo("510107005001");
        assertThat(Level.TOWNSHIP.regionOf(grid).value()).isEqualTo("510107005000");
        assertThat(Level.COUNTY.regionOf(grid).value()).isEqualTo("510107000000");
    }

    @Test
    void theMonthLimitIsConfigurablePerRegionTheLongestPrefixWinning() {
        DisputeProperties p = new DisputeProperties(List.of(new DisputeProperties.MonthLimit("51", 2),
                new DisputeProperties.MonthLimit("510107", 3)), null);
        assertThat(p.monthsFor("510107005001")).isEqualTo(3);
        assertThat(p.monthsFor("510402001002")).isEqualTo(2);
        assertThat(new DisputeProperties(null, null).monthsFor("510107005001")).isEqualTo(1);
    }

    private static List<String> names(int n) {
        return Collections.nCopies(n, "委员");
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
