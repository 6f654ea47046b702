package org.shegong.identity;

import org.shegong.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    private static Account account() {
        return Account.create("wangwu", "王五", UnitId.of(7), Set.of(Role.GRID_WORKER), "{noop}x", false, NOW);
    }

    @Test
    void wrongPasswordsAreCountedButNeverLockTheAccount() {
        Account a = account();
        for (int i = 0; i < 50; i++) {
            a.failedLogin();
        }
        assertThat(a.failedLogins()).isEqualTo(50);
        assertThat(a.isLockedAt(NOW)).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.failedLogin();
        }
        a.succeededLogin(NOW);
        a.failedLogin();
        assertThat(a.isLockedAt(NOW)).isFalse();
        assertThat(a.failedLogins()).isEqualTo(1);
    }

    @Test
    void aResetPasswordMustBeChangedAndAChangedOneNeedNot() {
        Account a = account();
        a.resetPassword("{noop}new", NOW);
        assertThat(a.mustChangePassword()).isTrue();
        a.changePassword("{noop}mine", NOW);
        assertThat(a.mustChangePassword()).isFalse();
    }

    @Test
    void everyChangeOfRightsRaisesTheSecurityVersionAndNothingElseDoes() {
        Account a = account();
        assertThat(a.securityVersion()).isZero();
        a.rename("王五五");
        a.assignRoles(Set.of(Role.GRID_WORKER));
        a.moveTo(UnitId.of(7));
        a.enable();
        a.unlock();
        a.succeededLogin(NOW);
        assertThat(a.securityVersion()).as("same roles, same unit, still enabled").isZero();
        a.assignRoles(Set.of(Role.VILLAGE_STAFF));
        assertThat(a.securityVersion()).as("role change").isEqualTo(1);
        a.moveTo(UnitId.of(8));
        assertThat(a.securityVersion()).as("unit change").isEqualTo(2);
        a.disable();
        assertThat(a.securityVersion()).as("disabled").isEqualTo(3);
        a.disable();
        a.enable();
        assertThat(a.securityVersion()).as("disabling twice, re-enabling").isEqualTo(3);
        a.resetPassword("{noop}new", NOW);
        assertThat(a.securityVersion()).as("password reset").isEqualTo(4);
        a.changePassword("{noop}mine", NOW);
        assertThat(a.securityVersion()).as("own password change ends the other sessions").isEqualTo(5);
    }
}
