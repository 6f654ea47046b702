package org.shegong.identity;

import org.shegong.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Command: create a staff account. Phone and resident id are optional; both are sealed in the vault. The unit is
 * required; a body without one is refused like an unknown unit.
 */
public record NewAccount(String username, String displayName, @Nullable UnitId unitId, Set<Role> roles, String password,
        @Nullable String phone, @Nullable String idNumber) {
}
