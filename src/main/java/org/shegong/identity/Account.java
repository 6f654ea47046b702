package org.shegong.identity;

import org.shegong.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff account: belongs to one unit, holds roles, signs in with a password. */
@Table("identity_account")
class Account {

    @Id
    private @Nullable Long id;
    private String username;
    private String displayName;
    private long unitId;
    private String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastLoginAt;
    private @Nullable Instant passwordChangedAt;
    private byte @Nullable [] phoneCipher;
    private @Nullable String phoneIndex;
    private @Nullable String phoneMasked;
    private byte @Nullable [] idNumberCipher;
    private @Nullable String idNumberIndex;
    private @Nullable String idNumberMasked;
    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles;
    /** Raised whenever the account's rights change; sessions and tokens issued before it are void. */
    private int securityVersion;
    @Version
    private int version;
    private Instant createdAt;

    @PersistenceCreator
    Account(@Nullable Long id, String username, String displayName, long unitId, String passwordHash,
            boolean mustChangePassword, boolean enabled, int failedLogins, @Nullable Instant lockedUntil,
            @Nullable Instant lastLoginAt, @Nullable Instant passwordChangedAt, byte @Nullable [] phoneCipher,
            @Nullable String phoneIndex, @Nullable String phoneMasked, byte @Nullable [] idNumberCipher,
            @Nullable String idNumberIndex, @Nullable String idNumberMasked, Set<AccountRole> roles, int securityVersion,
            int version, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.unitId = unitId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.lastLoginAt = lastLoginAt;
        this.passwordChangedAt = passwordChangedAt;
        this.phoneCipher = phoneCipher;
        this.phoneIndex = phoneIndex;
        this.phoneMasked = phoneMasked;
        this.idNumberCipher = idNumberCipher;
        this.idNumberIndex = idNumberIndex;
        this.idNumberMasked = idNumberMasked;
        this.roles = new HashSet<>(roles);
        this.securityVersion = securityVersion;
        this.version = version;
        this.createdAt = createdAt;
    }

    static Account create(String username, String displayName, UnitId unitId, Set<Role> roles, String passwordHash,
            boolean mustChangePassword, Instant now) {
        String u = username == null ? "" : username.strip();
        if (!u.matches("[A-Za-z0-9_.\\-]{3,40}")) {
            throw new InvalidInput("username", "identity.account.username.invalid");
        }
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "identity.account.roles.empty");
        }
        Account a = new Account(null, u, validDisplayName(displayName), unitId.value(), passwordHash, mustChangePassword, true,
                0, null, null, now, null, null, null, null, null, null, Set.of(), 0, 0, now);
        a.roles = roles.stream().map(r -> new AccountRole(r.name())).collect(Collectors.toCollection(HashSet::new));
        return a;
    }

    private static String validDisplayName(String displayName) {
        String d = displayName == null ? "" : displayName.strip();
        if (d.isEmpty() || d.length() > 50) {
            throw new InvalidInput("displayName", "identity.account.displayName.invalid");
        }
        return d;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * A wrong password: counted for the administrators, never a lock. A lock that anyone can trigger with five
     * wrong passwords lets a stranger keep a person out; guessing is slowed per client address instead (limit).
     */
    void failedLogin() {
        failedLogins++;
    }

    void succeededLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** The owner's own change: other sessions and every token of the account end. */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = false;
        securityVersion++;
    }

    /** An administrator sets a new password; the owner must change it at next login. */
    void resetPassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        mustChangePassword = true;
        lockedUntil = null;
        failedLogins = 0;
        securityVersion++;
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new InvalidInput("roles", "identity.account.roles.empty");
        }
        Set<AccountRole> next = newRoles.stream().map(r -> new AccountRole(r.name()))
                .collect(Collectors.toCollection(HashSet::new));
        if (!next.equals(roles)) {
            roles = next;
            securityVersion++;
        }
    }

    void rename(String newDisplayName) {
        displayName = validDisplayName(newDisplayName);
    }

    void moveTo(UnitId newUnitId) {
        if (newUnitId.value() != unitId) {
            unitId = newUnitId.value();
            securityVersion++;
        }
    }

    void disable() {
        if (enabled) {
            enabled = false;
            securityVersion++;
        }
    }

    void enable() {
        enabled = true;
        lockedUntil = null;
        failedLogins = 0;
    }

    void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    void setPhone(@Nullable SealedValue phone) {
        phoneCipher = phone == null ? null : phone.cipher();
        phoneIndex = phone == null ? null : phone.blindIndex();
        phoneMasked = phone == null ? null : phone.masked();
    }

    void setIdNumber(@Nullable SealedValue idNumber) {
        idNumberCipher = idNumber == null ? null : idNumber.cipher();
        idNumberIndex = idNumber == null ? null : idNumber.blindIndex();
        idNumberMasked = idNumber == null ? null : idNumber.masked();
    }

    Set<Role> roles() {
        Set<Role> out = EnumSet.noneOf(Role.class);
        roles.forEach(r -> out.add(Role.valueOf(r.role())));
        return out;
    }

    AccountId id() {
        if (id == null) {
            throw new IllegalStateException("account not saved");
        }
        return new AccountId(id);
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    UnitId unitId() {
        return new UnitId(unitId);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    int failedLogins() {
        return failedLogins;
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    byte @Nullable [] phoneCipher() {
        return phoneCipher;
    }

    @Nullable String phoneMasked() {
        return phoneMasked;
    }

    byte @Nullable [] idNumberCipher() {
        return idNumberCipher;
    }

    @Nullable String idNumberMasked() {
        return idNumberMasked;
    }

    int version() {
        return version;
    }

    int securityVersion() {
        return securityVersion;
    }
}
