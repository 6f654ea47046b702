package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class QrTokensUnitTests {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-05T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static QrTokens tokens(Hand clock, String key) {
        VolunteerProperties p = new VolunteerProperties(List.of(), Duration.ofMinutes(2), key, null);
        return new QrTokens(new SigningKey(null, p, null), clock, p);
    }

    @Test
    void aTokenWorksUntilJustBeforeItExpires() {
        Hand clock = new Hand();
        QrTokens t = tokens(clock, KEY);
        String token = t.issue(42, QrTokens.Kind.IN);
        clock.now = clock.now.plus(Duration.ofMinutes(2)).minusSeconds(1);
        assertThat(t.check(token).shiftId()).isEqualTo(42);
        assertThat(t.check(token).kind()).isEqualTo(QrTokens.Kind.IN);
        clock.now = clock.now.plusSeconds(1);
        assertThatThrownBy(() -> t.check(token)).isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.qr.expired");
    }

    @Test
    void refusesAlteredForgedAndMalformedTokens() {
        Hand clock = new Hand();
        QrTokens t = tokens(clock, KEY);
        String token = t.issue(42, QrTokens.Kind.IN);
        String[] p = token.split("\\.");
        assertThatThrownBy(() -> t.check("43." + p[1] + "." + p[2] + "." + p[3])).hasMessageContaining("volunteer.qr.forged");
        assertThatThrownBy(() -> t.check(p[0] + ".O." + p[2] + "." + p[3])).hasMessageContaining("volunteer.qr.forged");
        assertThatThrownBy(() -> t.check(p[0] + "." + p[1] + "." + (Long.parseLong(p[2]) + 600) + "." + p[3]))
                .hasMessageContaining("volunteer.qr.forged");
        String otherKey = tokens(clock, KEY.replace('0', '1')).issue(42, QrTokens.Kind.IN);
        assertThatThrownBy(() -> t.check(otherKey)).hasMessageContaining("volunteer.qr.forged");
        assertThatThrownBy(() -> t.check(p[0] + "." + p[1] + "." + p[2] + ".!!")).hasMessageContaining("volunteer.qr.forged");
        assertThatThrownBy(() -> t.check("hello")).hasMessageContaining("volunteer.qr.malformed");
        assertThatThrownBy(() -> t.check(null)).hasMessageContaining("volunteer.qr.malformed");
    }
}
