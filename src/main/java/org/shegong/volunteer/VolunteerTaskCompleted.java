package org.shegong.volunteer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer task made from a citizen's demand was completed: the organizing body confirmed the hours of every
 * volunteer who served. The demand module writes it to the demand's timeline.
 *
 * @param demandId     the demand the task was made from, or {@code null} for a task from another source
 * @param source       the other module's record the task was made from (e.g. a care need), or {@code null}
 * @param activityId   the volunteer activity (task)
 * @param organization name of the organizing body
 * @param volunteers   how many volunteers served
 * @param minutes      confirmed minutes in all
 */
public record VolunteerTaskCompleted(@Nullable Long demandId, ActivityId activityId, String organization, int volunteers,
        long minutes, Instant at, @Nullable TaskSource source) {
}
