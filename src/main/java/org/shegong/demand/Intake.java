package org.shegong.demand;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.shegong.calendar.Deadline;
import org.shegong.identity.SealedValue;

/**
 * What the requester told us, fixed at intake: the matter, where, and how to reach them. The phone
 * number is sealed by the PII vault (encrypted, blind-indexed, masked) before it gets here.
 */
record Intake(String trackingCode, Channel channel, String matter, @Nullable String address, @Nullable Double lat,
        @Nullable Double lng, @Nullable String contactName, SealedValue phone) {

    Intake {
        // 接诉即办工作条例 §10: a record holds at least the time, the matter and a contact
        matter = DemandRules.required(matter, "matter", 2000);
        if (address != null && address.length() > 300) {
            throw new org.shegong.InvalidInput("address", "demand.text.tooLong", 300);
        }
        if (contactName != null && contactName.length() > 50) {
            throw new org.shegong.InvalidInput("contactName", "demand.text.tooLong", 50);
        }
    }

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_PREFIX = "SC".length() + 6;

    /**
     * A new tracking code: "SC" + the day + 8 random characters of 32. A day of 55,000 demands (a Sichuan year's busiest)
     * expects a clash with a code already given about once in two years; {@link Demands} then gives the new demand
     * another code of the same day, so a clash costs a retry, never a refused intake.
     */
    static String newTrackingCode(Instant now) {
        return random(new StringBuilder("SC").append(CODE_DATE.format(now.atZone(Deadline.ZONE))));
    }

    /** This intake under another code of the same day, the first having been taken by another demand. */
    Intake retracked() {
        return new Intake(random(new StringBuilder(trackingCode.substring(0, Math.min(CODE_PREFIX, trackingCode.length())))),
                channel, matter, address, lat, lng, contactName, phone);
    }

    private static String random(StringBuilder prefix) {
        for (int i = 0; i < 8; i++) {
            prefix.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return prefix.toString();
    }

    /** The last four digits of the phone, as the citizen proves ownership of a tracking code. */
    String phoneLastFour() {
        String masked = phone.masked();
        return masked.substring(Math.max(0, masked.length() - 4));
    }
}
