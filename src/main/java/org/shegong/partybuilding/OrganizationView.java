package org.shegong.partybuilding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/** A registered organization with how it is covered now. */
@Schema(name = "PartyBuildingOrganizationView")
public record OrganizationView(OrganizationId id, CreditCode creditCode, String name, OrganizationKind kind, String industry,
        OrganizationSize size, long competentUnitId, RegionCode region, int employees, int fullMembers, boolean operating,
        LocalDate registeredOn, @Nullable PartyOrganizationId partyOrganizationId, @Nullable PartyOrganizationKind partyOrganizationKind,
        int instructors) {
}
