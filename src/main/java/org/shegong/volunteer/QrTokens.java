package org.shegong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.shegong.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed tokens the organizer shows as a QR code for a shift's check-in or check-out:
 * {@code <shift>.<I|O>.<expiry epoch seconds>.<HMAC-SHA256>}. A token past its expiry, or whose MAC does not
 * match (forged or altered), is refused.
 */
@Component
class QrTokens {

    enum Kind {
        IN, OUT
    }

    record Claim(long shiftId, Kind kind, Instant expiresAt) {
    }

    private final SigningKey key;
    private final Clock clock;
    private final VolunteerProperties properties;

    QrTokens(SigningKey key, Clock clock, VolunteerProperties properties) {
        this.key = key;
        this.clock = clock;
        this.properties = properties;
    }

    String issue(long shiftId, Kind kind) {
        Instant expires = clock.instant().plus(properties.qrLifetime());
        String payload = shiftId + "." + (kind == Kind.IN ? "I" : "O") + "." + expires.getEpochSecond();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(key.mac("qr:" + payload));
    }

    Instant expiryOfNewToken() {
        return clock.instant().plus(properties.qrLifetime());
    }

    Claim check(String token) {
        String t = token == null ? "" : token.strip();
        String[] parts = t.split("\\.");
        if (parts.length != 4 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[IO]") || !parts[2].matches("\\d{1,12}")) {
            throw new InvalidInput("token", "volunteer.qr.malformed");
        }
        byte[] mac;
        try {
            mac = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("token", "volunteer.qr.forged");
        }
        if (!key.verify("qr:" + parts[0] + "." + parts[1] + "." + parts[2], mac)) {
            throw new InvalidInput("token", "volunteer.qr.forged");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!clock.instant().isBefore(expires)) {
            throw new InvalidInput("token", "volunteer.qr.expired");
        }
        return new Claim(Long.parseLong(parts[0]), parts[1].equals("I") ? Kind.IN : Kind.OUT, expires);
    }
}
