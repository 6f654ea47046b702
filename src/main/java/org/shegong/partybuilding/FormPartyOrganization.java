package org.shegong.partybuilding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A party organization to form over registered units, with its members (each counted in the unit they work in). */
public record FormPartyOrganization(@Nullable PartyOrganizationKind kind, @Nullable String name,
        @Nullable String regionCode, @Nullable List<OrganizationId> organizationIds, @Nullable List<Member> members,
        @Nullable Integer committeeSize) {

    /** A party member: the member number (组织关系编号) identifies them across branches. */
    @Schema(name = "FormPartyOrganizationMember")
    public record Member(@Nullable String memberNo, @Nullable String name, @Nullable OrganizationId organizationId,
            boolean probationary) {
    }
}
