package org.shegong.identity;

import org.shegong.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account as lists and the API show it: personal information masked. */
public record AccountView(AccountId id, String username, String displayName, UnitId unitId, String unitName,
        String unitRegion, List<Role> roles, boolean enabled, boolean locked, @Nullable Instant lastLoginAt,
        @Nullable String phoneMasked, @Nullable String idNumberMasked, int version) {
}
