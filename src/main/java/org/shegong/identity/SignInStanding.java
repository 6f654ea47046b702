package org.shegong.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a sign-in still stands: its account exists, is enabled and has the security version the sign-in began
 * with. Asked on every request (one primary-key lookup, not cached), so disabling, demoting, moving or resetting
 * an account ends its sessions on every node at once (decision 0003). An account that does not exist never stands.
 */
@Component
class SignInStanding {

    private final JdbcClient jdbc;

    SignInStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean stands(StaffPrincipal p) {
        return jdbc.sql("select count(*) from identity_account where id = :id and enabled and security_version = :v")
                .param("id", p.accountId().value()).param("v", p.securityVersion())
                .query(Long.class).single() > 0;
    }
}
