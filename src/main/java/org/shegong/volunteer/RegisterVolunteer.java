package org.shegong.volunteer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Command: a citizen registers as a volunteer (志愿服务条例 §7: true and complete identity, skills, availability,
 * contact). A minor names a guardian and records the guardian's consent.
 */
public record RegisterVolunteer(String name, String idNumber, String mobile, String password, String skills,
        Set<Availability> availability, String regionCode, @Nullable String guardianName,
        @Nullable String guardianMobile, boolean guardianConsent) {
}
