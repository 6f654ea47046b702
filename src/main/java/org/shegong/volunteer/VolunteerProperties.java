package org.shegong.volunteer;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shegong.volunteer}.
 *
 * @param stars      star-level thresholds in hours per region prefix (the longest matching prefix wins); a region
 *                   without one uses {@link StarPolicy#DEFAULT_HOURS}
 * @param qrLifetime how long a check-in/out QR token shown by the organizer stays valid
 * @param signingKey hex HMAC key for QR tokens and certificate numbers; when unset one key is generated once and
 *                   kept in the database, so every node shares it
 * @param pdfFont    a TrueType (glyf-outline) CJK font for certificates; unset: the petition documents' font
 *                   setting, then the usual system locations
 */
@ConfigurationProperties("shegong.volunteer")
public record VolunteerProperties(@Nullable List<StarThresholds> stars, @Nullable Duration qrLifetime,
        @Nullable String signingKey, @Nullable String pdfFont) {

    public VolunteerProperties {
        stars = stars == null ? List.of() : List.copyOf(stars);
        qrLifetime = qrLifetime == null ? Duration.ofMinutes(2) : qrLifetime;
    }

    /** Thresholds (hours) for stars 1…n in a region and everything inside it. */
    public record StarThresholds(String regionPrefix, List<Integer> hours) {
    }
}
