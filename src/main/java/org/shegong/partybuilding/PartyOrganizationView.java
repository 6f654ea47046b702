package org.shegong.partybuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/** A party organization with its units and, per unit, how many of its members work there. */
public record PartyOrganizationView(PartyOrganizationId id, PartyOrganizationKind kind, String name, RegionCode region,
        @Nullable Integer committeeSize, LocalDate formedOn, List<UnitMembers> units) {

    public record UnitMembers(OrganizationId organizationId, String name, int fullMembers, int probationaryMembers) {
    }

    @JsonProperty
    public int members() {
        return units.stream().mapToInt(u -> u.fullMembers() + u.probationaryMembers()).sum();
    }
}
