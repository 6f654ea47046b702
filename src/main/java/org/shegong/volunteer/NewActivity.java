package org.shegong.volunteer;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Command: an organizer creates an activity of one of its organizations, with its roles × time slots × places.
 *
 * @param regionCode where it happens: village, community or grid code
 * @param insurance  the accident insurance arranged (insurer and policy), required for risky activities
 */
public record NewActivity(long organizationId, String title, @Nullable String description, String regionCode, String place,
        Risk risk, boolean insuranceRequired, @Nullable String insurance, @Nullable String skills, List<Shift> shifts) {

    /** One role in one time slot at one place, with its number of places. */
    public record Shift(String roleName, @Nullable String place, Instant startsAt, Instant endsAt, int capacity) {
    }
}
