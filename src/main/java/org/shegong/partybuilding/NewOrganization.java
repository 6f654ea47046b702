package org.shegong.partybuilding;

import org.jspecify.annotations.Nullable;

/** An organization to register (entry or one spreadsheet row); checked by {@link PartyBuildingRegistry}. */
public record NewOrganization(@Nullable String creditCode, @Nullable String name, @Nullable OrganizationKind kind,
        @Nullable String industry, @Nullable OrganizationSize size, @Nullable Long competentUnitId,
        @Nullable String regionCode, @Nullable Integer employees, @Nullable Integer fullMembers) {
}
