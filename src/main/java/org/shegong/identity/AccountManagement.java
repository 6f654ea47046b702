package org.shegong.identity;

import org.shegong.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.region.Scope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: create and change them within the actor's scope, passwords, audited PII reveal. */
@Service
public class AccountManagement {

    private final Accounts accounts;
    private final Units units;
    private final PasswordEncoder passwords;
    private final PiiVault vault;
    private final Clock clock;

    AccountManagement(Accounts accounts, Units units, PasswordEncoder passwords, PiiVault vault, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.vault = vault;
        this.clock = clock;
    }

    /** The roles this administrator may grant (the one rule for forms and the API: {@link RoleGrantPolicy}). */
    public java.util.Set<Role> grantableRoles(StaffPrincipal actor) {
        return RoleGrantPolicy.grantableBy(actor);
    }

    @Transactional
    public AccountView create(StaffPrincipal actor, NewAccount cmd) {
        UnitManagement.requireAdministrator(actor);
        Unit unit = (cmd.unitId() == null ? Optional.<Unit>empty() : units.findInScope(cmd.unitId(), actor.scope().regionLike()))
                .orElseThrow(() -> new InvalidInput("unitId", "identity.account.unit.unknown"));
        Set<Role> roles = cmd.roles() == null ? Set.of() : cmd.roles();
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "identity.account.roles.empty");
        }
        RoleGrantPolicy.check(actor, roles, unit.region());
        PasswordPolicy.check(cmd.username(), cmd.password());
        SealedValue phone = blankToNull(cmd.phone()) == null ? null
                : vault.seal(PiiKind.MOBILE, new MobileNumber(cmd.phone()).value());
        SealedValue idNumber = blankToNull(cmd.idNumber()) == null ? null
                : vault.seal(PiiKind.RESIDENT_ID, new ResidentIdNumber(cmd.idNumber()).value());
        Account account = Account.create(cmd.username(), cmd.displayName(), unit.id(), roles,
                passwords.encode(cmd.password()), true, clock.instant());
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new InvalidInput("username", "identity.account.username.taken");
        }
        account.setPhone(phone);
        account.setIdNumber(idNumber);
        return view(accounts.save(account), unit);
    }

    @Transactional
    public AccountView update(StaffPrincipal actor, AccountId id, int expectedVersion, String displayName, Set<Role> roles,
            boolean enabled, @Nullable String phone) {
        UnitManagement.requireAdministrator(actor);
        Account account = inScope(actor.scope(), id);
        if (account.version() != expectedVersion) {
            throw new ConcurrentChange("account", id);
        }
        if (account.id().equals(actor.accountId()) && (!enabled || !roles.containsAll(account.roles()))) {
            throw new InvalidInput("roles", "identity.account.selfDemotion");
        }
        Unit unit = units.find(account.unitId()).orElseThrow();
        Set<Role> added = roles.stream().filter(r -> !account.roles().contains(r)).collect(Collectors.toSet());
        RoleGrantPolicy.check(actor, added, unit.region());
        account.rename(displayName);
        account.assignRoles(roles);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        if (phone != null) {
            account.setPhone(phone.isBlank() ? null : vault.seal(PiiKind.MOBILE, new MobileNumber(phone).value()));
        }
        return view(accounts.save(account), unit);
    }

    @Transactional
    public void resetPassword(StaffPrincipal actor, AccountId id, String newPassword) {
        UnitManagement.requireAdministrator(actor);
        Account account = inScope(actor.scope(), id);
        PasswordPolicy.check(account.username(), newPassword);
        account.resetPassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
    }

    @Transactional
    public void unlock(StaffPrincipal actor, AccountId id) {
        UnitManagement.requireAdministrator(actor);
        Account account = inScope(actor.scope(), id);
        account.unlock();
        accounts.save(account);
    }

    /**
     * The owner changes their own password; the current one must be given. Every other session and every token of
     * the account ends; the answer is the caller's sign-in carried over (for the session that made the change).
     */
    @Transactional
    public StaffPrincipal changeOwnPassword(StaffPrincipal me, String currentPassword, String newPassword) {
        Account account = accounts.find(me.accountId()).orElseThrow(() -> new NotFound("account", me.accountId()));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInput("currentPassword", "identity.password.currentWrong");
        }
        if (passwords.matches(newPassword == null ? "" : newPassword, account.passwordHash())) {
            throw new InvalidInput("newPassword", "identity.password.same");
        }
        PasswordPolicy.check(account.username(), newPassword);
        account.changePassword(passwords.encode(newPassword), clock.instant());
        return me.withPasswordChanged(accounts.save(account).securityVersion());
    }

    @Transactional(readOnly = true)
    public AccountView find(Scope scope, AccountId id) {
        Account account = inScope(scope, id);
        return view(account, units.find(account.unitId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<AccountView> search(Scope scope, String q, int limit) {
        List<Account> found = accounts.search(scope.regionLike(), SearchText.clean(q), Math.min(Math.max(limit, 1), 500));
        Map<UnitId, Unit> unitsById = units.findAllById(found.stream().map(a -> a.unitId().value()).distinct().toList())
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return found.stream().map(a -> view(a, unitsById.get(a.unitId()))).toList();
    }

    /**
     * The enabled staff of one unit, for choosing a handler among them (names and masked contacts only; a module
     * that offers this list decides who may see it).
     */
    @Transactional(readOnly = true)
    public List<AccountView> staffOf(UnitId unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("unit", unitId));
        return accounts.enabledInUnit(unitId).stream().map(a -> view(a, unit)).toList();
    }

    /**
     * Reveals an account's full phone number or resident id: administrators only, always audited as
     * {@code account:<id>:MOBILE} or {@code account:<id>:RESIDENT_ID} with the stated purpose. Any other field is
     * refused.
     */
    @Transactional(readOnly = true)
    public String reveal(StaffPrincipal actor, AccountId id, PiiKind kind, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInput("purpose", "identity.pii.purposeRequired");
        }
        Account account = inScope(actor.scope(), id);
        // an account holds exactly these two; the audit entry names the one revealed
        byte[] cipher = switch (kind) {
            case MOBILE -> account.phoneCipher();
            case RESIDENT_ID -> account.idNumberCipher();
            case TEXT -> throw new InvalidInput("field", "identity.pii.fieldUnknown", kind.name());
        };
        if (cipher == null) {
            throw new NotFound(kind.name(), id);
        }
        return vault.reveal(actor, cipher, "account:" + id + ":" + kind.name(), purpose.strip());
    }

    /** Accounts whose phone number is exactly this one, found by blind index without decrypting anything. */
    @Transactional(readOnly = true)
    public List<AccountView> findByPhone(Scope scope, String phone) {
        String index = vault.blindIndex(PiiKind.MOBILE, new MobileNumber(phone).value());
        return accounts.findByPhoneIndex(index).stream()
                .map(a -> view(a, units.find(a.unitId()).orElseThrow()))
                .filter(v -> scope.covers(org.shegong.region.RegionCode.of(v.unitRegion())))
                .toList();
    }

    private Account inScope(Scope scope, AccountId id) {
        return accounts.findInScope(id, scope.regionLike()).orElseThrow(() -> new NotFound("account", id));
    }

    private AccountView view(Account a, Unit unit) {
        return new AccountView(a.id(), a.username(), a.displayName(), unit.id(), unit.name(), unit.region().value(),
                a.roles().stream().sorted().toList(), a.enabled(), a.isLockedAt(clock.instant()), a.lastLoginAt(),
                a.phoneMasked(), a.idNumberMasked(), a.version());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
