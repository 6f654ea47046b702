package org.shegong.volunteer;

import java.time.Instant;
import java.util.List;

/** A service-record certificate (志愿服务记录证明) as issued. */
public record CertificateView(String number, String volunteerName, String idMasked, String volunteerNumber,
        String organization, long minutes, List<String> content, Instant issuedAt) {

    public String hours() {
        return Hours.text(minutes);
    }
}
