package org.shegong.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An activity with its shifts, and the steps the viewer may take on it. */
public record ActivityView(ActivityId id, long organizationId, String organizationName, String title, String description,
        String regionCode, String place, Risk risk, boolean insuranceRequired, @Nullable String insurance, List<String> skills,
        String status, @Nullable Long demandId, @Nullable Instant demandReportedAt, List<ShiftView> shifts,
        Set<VolunteerStep> allowed, @Nullable TaskSource source) {

    /** A task made from a demand or from another module's record (e.g. a care need), to be reported done. */
    public boolean task() {
        return demandId != null || source != null;
    }

    public boolean may(String step) {
        return allowed.contains(VolunteerStep.valueOf(step));
    }

    /** One role × time slot × place. */
    public record ShiftView(long id, String roleName, String place, Instant startsAt, Instant endsAt, int capacity, int taken,
            int waiting) {

        public int free() {
            return capacity - taken;
        }
    }
}
