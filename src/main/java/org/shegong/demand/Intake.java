package org.shegong.demand;

import org.jspecify.annotations.Nullable;
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

    /** The last four digits of the phone, as the citizen proves ownership of a tracking code. */
    String phoneLastFour() {
        String masked = phone.masked();
        return masked.substring(Math.max(0, masked.length() - 4));
    }
}
