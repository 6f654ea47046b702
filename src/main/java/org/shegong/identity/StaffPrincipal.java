package org.shegong.identity;

import org.shegong.Role;
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

/** The signed-in staff member: account, unit, roles and the data scope that follows from the unit. */
public record StaffPrincipal(long accountId, String username, String displayName, long unitId, String unitName,
        UnitKind unitKind, RegionCode unitRegion, Set<Role> roles, boolean mustChangePassword)
        implements Serializable, AuthenticatedPrincipal {

    public StaffPrincipal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    @Override
    public String getName() {
        return username;
    }

    public Scope scope() {
        return unitKind == UnitKind.FUNCTIONAL_DEPARTMENT
                ? Scope.assignedTo(unitId, unitRegion)
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

    /** The same person after changing their own password. */
    public StaffPrincipal withPasswordChanged() {
        return new StaffPrincipal(accountId, username, displayName, unitId, unitName, unitKind, unitRegion, roles, false);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
