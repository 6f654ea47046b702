package org.shegong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a user name and password for both the login form and the token endpoint, every attempt audited. An
 * unknown name, a wrong password and a disabled account all answer "bad credentials" (no name enumeration).
 * Failed logins are limited per client address by the limit module (GB/T 22239-2019 §8.1.4.1 b), not by locking
 * the account, which would let anyone keep a person out.
 */
@Component
class StaffLogin {

    private final Accounts accounts;
    private final Units units;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String dummyHash;

    StaffLogin(Accounts accounts, Units units, PasswordEncoder passwords, AuditLog audit, IdentityProperties properties,
            Clock clock, TransactionTemplate tx) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.dummyHash = passwords.encode("timing-equaliser-" + System.nanoTime());
    }

    StaffPrincipal authenticate(String username, String password, @Nullable String clientIp, String channel) {
        String name = username == null ? "" : username.strip();
        for (int attempt = 0; ; attempt++) {
            try {
                return attempt(name, password == null ? "" : password, clientIp, channel);
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 3) {
                    throw new BadCredentialsException("busy, try again");
                }
            }
        }
    }

    private StaffPrincipal attempt(String username, String password, @Nullable String clientIp, String channel) {
        Instant now = clock.instant();
        Outcome outcome = tx.execute(status -> {
            Optional<Account> found = accounts.findByUsername(username);
            if (found.isEmpty()) {
                passwords.matches(password, dummyHash);
                return new Outcome("UNKNOWN_USER", null);
            }
            Account account = found.get();
            if (!account.enabled()) {
                passwords.matches(password, dummyHash);
                return new Outcome("DISABLED", null);
            }
            if (!passwords.matches(password, account.passwordHash())) {
                account.failedLogin();
                accounts.save(account);
                return new Outcome("BAD_PASSWORD", null);
            }
            account.succeededLogin(now);
            accounts.save(account);
            return new Outcome("OK", principal(account));
        });
        String action = "login." + channel;
        audit.record(new AuditEntry(username.isEmpty() ? "-" : username,
                outcome.principal == null ? null : outcome.principal.unitName(), action, "account:" + username,
                outcome.code, null, clientIp));
        if (outcome.principal == null) {
            throw new BadCredentialsException("bad credentials");
        }
        return outcome.principal;
    }

    StaffPrincipal principal(Account account) {
        Unit unit = units.find(account.unitId()).orElseThrow();
        return new StaffPrincipal(account.id(), account.username(), account.displayName(), unit.id(), unit.name(),
                unit.kind(), unit.region(), account.roles(), account.mustChangePassword(), account.securityVersion());
    }

    Optional<StaffPrincipal> reload(long accountId) {
        return accounts.findById(accountId).filter(Account::enabled).map(this::principal);
    }

    private record Outcome(String code, @Nullable StaffPrincipal principal) {
    }
}
