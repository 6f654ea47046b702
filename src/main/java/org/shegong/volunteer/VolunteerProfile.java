package org.shegong.volunteer;

import java.util.List;
import java.util.Set;

/** A volunteer as they and staff see them: personal data masked, hours and stars from confirmed records only. */
public record VolunteerProfile(VolunteerId id, String number, String name, String idMasked, String mobileMasked, int age,
        boolean minor, List<String> skills, Set<Availability> availability, String regionCode, long confirmedMinutes,
        long recordedMinutes, int stars, long hoursToNextStar) {

    public String confirmedHours() {
        return Hours.text(confirmedMinutes);
    }
}
