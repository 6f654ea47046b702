package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.Role;

/** 信访工作条例 §22: limits count from the day received; the day given is bounded on both sides. */
class ReceiptDatesUnitTests {

    // 2026-11-30 10:00 in Asia/Shanghai
    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    final ReceiptDates receipts = new ReceiptDates(Clock.fixed(NOW, Deadline.ZONE), 7);
    static final Set<Role> OFFICER = Set.of(Role.PETITION_OFFICER);
    static final Set<Role> OPERATOR = Set.of(Role.HOTLINE_OPERATOR);
    static final Set<Role> SUPERVISOR = Set.of(Role.COUNTY_ADMIN);

    @Test
    void noDayOrTodayIsNowAndAnEarlierDayIsItsStart() {
        assertThat(receipts.receivedAt("receivedOn", null, null, false, OFFICER)).isEqualTo(NOW);
        assertThat(receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 30), null, false, OFFICER)).isEqualTo(NOW);
        assertThat(receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 27), null, false, OFFICER))
                .isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
    }

    @Test
    void aDayInTheFutureIsRefusedEvenForASupervisor() {
        assertThatThrownBy(() -> receipts.receivedAt("receivedOn", LocalDate.of(2026, 12, 1), null, true, SUPERVISOR))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "calendar.receipt.future");
    }

    @Test
    void sevenDaysBackNeedNoConfirmationEightDoAndOnlyASupervisorsCounts() {
        assertThat(receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 23), null, false, OPERATOR))
                .isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThatThrownBy(() -> receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 22), null, false, OPERATOR))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "calendar.receipt.tooOld");
        assertThatThrownBy(() -> receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 22), null, true, OFFICER))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "calendar.receipt.supervisorOnly");
        assertThat(receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 22), null, true, SUPERVISOR))
                .isEqualTo(Instant.parse("2026-11-21T16:00:00Z"));
        assertThat(ReceiptDates.maySupervise(Set.of(Role.PROVINCE_ADMIN, Role.AUDITOR))).isTrue();
        assertThat(ReceiptDates.maySupervise(Set.of(Role.TOWNSHIP_STAFF, Role.PETITION_OFFICER))).isFalse();
    }

    @Test
    void aDayBeforeTheStepBeforeItIsRefusedAndThatDayItselfIsAccepted() {
        Instant sent = Instant.parse("2026-11-26T01:00:00Z"); // 2026-11-26 09:00 Shanghai
        assertThatThrownBy(() -> receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 25), sent, false, OFFICER))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "calendar.receipt.beforePrevious");
        assertThat(receipts.receivedAt("receivedOn", LocalDate.of(2026, 11, 26), sent, false, OFFICER))
                .isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
    }

    @Test
    void theGapIsCountedInWholeShanghaiDays() {
        assertThat(ReceiptDates.gapDays(Instant.parse("2026-11-26T16:00:00Z"), NOW)).isEqualTo(3);
        assertThat(ReceiptDates.gapDays(NOW, NOW)).isZero();
        // 23:30 and 00:30 the next day in Shanghai: one day apart
        assertThat(ReceiptDates.gapDays(Instant.parse("2026-11-29T15:30:00Z"), Instant.parse("2026-11-29T16:30:00Z"))).isEqualTo(1);
    }

    @Test
    void aNegativeOrAbsurdAllowanceStopsStartUp() {
        assertThatThrownBy(() -> new ReceiptDates(Clock.systemUTC(), -1)).isInstanceOf(IllegalStateException.class);
    }
}
