package org.shegong.identity;

import org.shegong.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in staff member: account, unit, roles and the data scope that follows from the unit.
 * {@code securityVersion} is the account's security version when this sign-in began; once the account's rights
 * change (disabled, roles, unit, password) the versions differ and the sign-in is over.
 * <p>Stored Java-serialized in the session table; one stored before its ids were typed is read by
 * {@code StoredSessionDeserializer} as {@code StoredBefore0007} (decision 0007).
 */
public record StaffPrincipal(AccountId accountId, String username, String displayName, UnitId unitId, String unitName,
        UnitKind unitKind, RegionCode unitRegion, Set<Role> roles, boolean mustChangePassword, int securityVersion)
        implements Serializable, AuthenticatedPrincipal {

    public StaffPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A sign-in of an account whose rights never changed (security version 0). */
    public StaffPrincipal(AccountId accountId, String username, String displayName, UnitId unitId, String unitName,
            UnitKind unitKind, RegionCode unitRegion, Set<Role> roles, boolean mustChangePassword) {
        this(accountId, username, displayName, unitId, unitName, unitKind, unitRegion, roles, mustChangePassword, 0);
    }

    @Override
    public String getName() {
        return username;
    }

    public Scope scope() {
        return unitKind == UnitKind.FUNCTIONAL_DEPARTMENT
                ? Scope.assignedTo(unitId.value(), unitRegion)
                : Scope.of(unitRegion);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return roles.stream().anyMatch(Role::isAdministrator);
    }

    public Collection<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** The same person after changing their own password, which raised the account's security version. */
    StaffPrincipal withPasswordChanged(int newSecurityVersion) {
        return new StaffPrincipal(accountId, username, displayName, unitId, unitName, unitKind, unitRegion, roles, false,
                newSecurityVersion);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    /**
     * The principal's stored form before decision 0007 typed its ids: the same components with {@code long} ids.
     * Only ever read (the session store reads an old stored principal as this) and replaced on reading by the
     * principal it stood for; keep its components exactly as they were, they are the stream's field layout.
     */
    record StoredBefore0007(long accountId, String username, String displayName, long unitId, String unitName,
            UnitKind unitKind, RegionCode unitRegion, Set<Role> roles, boolean mustChangePassword, int securityVersion)
            implements Serializable {

        @Serial
        private Object readResolve() {
            return new StaffPrincipal(AccountId.of(accountId), username, displayName, UnitId.of(unitId), unitName,
                    unitKind, unitRegion, roles, mustChangePassword, securityVersion);
        }
    }
}
