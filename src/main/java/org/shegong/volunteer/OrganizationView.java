package org.shegong.volunteer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A volunteer organization (team) run by a unit, with its approval state. */
@Schema(name = "VolunteerOrganizationView")
public record OrganizationView(long id, String name, long unitId, String regionCode, OrganizationStatus status,
        String registeredBy, Instant registeredAt, @Nullable String decidedBy, @Nullable String decisionNote, long members) {
}
