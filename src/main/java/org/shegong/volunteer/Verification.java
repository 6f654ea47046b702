package org.shegong.volunteer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the public verification page may say about a certificate number: whether it is genuine and, if so, only the
 * issuer, date, hours and a masked name — no id number, phone or volunteer number.
 */
public record Verification(String number, Result result, @Nullable String issuer, @Nullable LocalDate issuedOn,
        @Nullable String hours, @Nullable String maskedName) {

    public enum Result {
        /** Issued by this platform, unchanged. */
        VALID,
        /** Has the shape of a number, but its check characters do not match: altered. */
        ALTERED,
        /** Never issued (or not a certificate number at all). */
        UNKNOWN
    }
}
