package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class CallBackUnitTests {

    // 2026-11-27 is a Friday; 09:00 and 15:00 Asia/Shanghai are 01:00 and 07:00 UTC
    static final Instant FRI_AM = Instant.parse("2026-11-27T01:00:00Z");
    static final Instant FRI_AM_LATER = Instant.parse("2026-11-27T03:30:00Z");
    static final Instant FRI_PM = Instant.parse("2026-11-27T07:00:00Z");
    static final Instant MON_AM = Instant.parse("2026-11-30T01:00:00Z");

    @Test
    void threeFailedAttemptsOnDifferentHalfDaysMakeTheRequesterUnreachable() {
        CallBack c = new CallBack(new DemandId(1), 1);
        c.notReached("op", FRI_AM);
        c.notReached("op", FRI_PM);
        assertThat(c.status()).isEqualTo(CallBack.Status.OPEN);
        c.notReached("op", MON_AM);
        assertThat(c.status()).isEqualTo(CallBack.Status.UNREACHABLE);
        assertThatThrownBy(() -> c.result(true, Satisfaction.SATISFIED, null, CallBack.Channel.PHONE, "op", MON_AM, true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("callback.unreachable");
    }

    @Test
    void aSecondAttemptInTheSameHalfDayIsRefusedAndNotCounted() {
        CallBack c = new CallBack(new DemandId(1), 1);
        c.notReached("op", FRI_AM);
        assertThatThrownBy(() -> c.notReached("op", FRI_AM_LATER)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("callback.attempt.sameHalfDay");
        assertThat(c.failedAttempts()).hasSize(1);
    }

    @Test
    void theCitizenMayStillRateOnlineAfterThePhoneAttemptsFailed() {
        CallBack c = new CallBack(new DemandId(1), 1);
        c.notReached("op", FRI_AM);
        c.notReached("op", FRI_PM);
        c.notReached("op", MON_AM);
        c.result(true, Satisfaction.BASICALLY_SATISFIED, "还行", CallBack.Channel.ONLINE, "citizen", MON_AM, true);
        assertThat(c.status()).isEqualTo(CallBack.Status.DONE);
        assertThat(c.reopen()).isNull();
    }

    @Test
    void anUnresolvedOrDissatisfiedResultRaisesAReopenRequestAndASecondResultIsRefused() {
        CallBack unresolved = new CallBack(new DemandId(1), 1);
        unresolved.result(false, Satisfaction.BASICALLY_SATISFIED, null, CallBack.Channel.PHONE, "op", FRI_AM, true);
        assertThat(unresolved.reopen()).isEqualTo(CallBack.Reopen.REQUESTED);
        assertThatThrownBy(() -> unresolved.result(true, Satisfaction.SATISFIED, null, CallBack.Channel.PHONE, "op", FRI_PM, true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("callback.result.already");
        assertThat(unresolved.resolved()).isFalse();

        CallBack dissatisfied = new CallBack(new DemandId(2), 1);
        dissatisfied.result(true, Satisfaction.DISSATISFIED, "态度差", CallBack.Channel.PHONE, "op", FRI_AM, true);
        assertThat(dissatisfied.reopen()).isEqualTo(CallBack.Reopen.REQUESTED);

        CallBack overdueNotReplied = new CallBack(new DemandId(3), 1);
        overdueNotReplied.result(false, Satisfaction.DISSATISFIED, null, CallBack.Channel.PHONE, "op", FRI_AM, false);
        assertThat(overdueNotReplied.reopen()).isNull();
    }

    @Test
    void aReopenDecisionNeedsARequestAndAReason() {
        CallBack c = new CallBack(new DemandId(1), 1);
        assertThatThrownBy(() -> c.approveReopen("重办", "sup", FRI_AM)).hasMessageContaining("callback.reopen.notRequested");
        c.result(false, Satisfaction.DISSATISFIED, null, CallBack.Channel.PHONE, "op", FRI_AM, true);
        assertThatThrownBy(() -> c.rejectReopen("  ", "sup", FRI_PM)).hasMessageContaining("callback.reason.required");
        assertThat(c.reopen()).isEqualTo(CallBack.Reopen.REQUESTED);
        c.approveReopen("答复未回应噪声问题", "sup", FRI_PM);
        assertThat(c.reopen()).isEqualTo(CallBack.Reopen.APPROVED);
    }

    @Test
    void halfDaysFollowShanghaiTime() {
        assertThat(CallBack.halfDay(Instant.parse("2026-11-27T03:59:00Z"))).isEqualTo("2026-11-27AM");
        assertThat(CallBack.halfDay(Instant.parse("2026-11-27T04:00:00Z"))).isEqualTo("2026-11-27PM");
        assertThat(CallBack.halfDay(Instant.parse("2026-11-27T16:30:00Z"))).isEqualTo("2026-11-28AM");
    }
}
