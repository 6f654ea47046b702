package org.shegong.volunteer;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers {@code ZYZM-<yyyyMMdd>-<serial>-<check>}: the check is four hex digits of an HMAC over the rest,
 * so a number altered by hand is told apart from one that was never issued.
 */
@Component
class CertificateNumbers {

    enum Shape {
        WELL_FORMED, ALTERED, MALFORMED
    }

    private final SigningKey key;

    CertificateNumbers(SigningKey key) {
        this.key = key;
    }

    String next(LocalDate date, long serial) {
        String body = "ZYZM-" + date.toString().replace("-", "") + "-" + String.format(Locale.ROOT, "%06d", serial);
        return body + "-" + check(body);
    }

    Shape shape(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (!n.matches("ZYZM-\\d{8}-\\d{6,12}-[0-9A-F]{4}")) {
            return Shape.MALFORMED;
        }
        int cut = n.lastIndexOf('-');
        return check(n.substring(0, cut)).equals(n.substring(cut + 1)) ? Shape.WELL_FORMED : Shape.ALTERED;
    }

    private String check(String body) {
        return HexFormat.of().withUpperCase().formatHex(key.mac("cert:" + body)).substring(0, 4);
    }
}
