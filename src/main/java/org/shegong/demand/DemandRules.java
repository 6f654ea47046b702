package org.shegong.demand;

import org.shegong.InvalidInput;

/** Refusals of illegal steps, each with a message key naming the rule (i18n/demand*.properties). */
final class DemandRules {

    /** 3 failed dispatches, then the hotline designates the unit (DOMAIN §2, dispatch disputes). */
    static final int FAILED_DISPATCHES_BEFORE_DESIGNATION = 3;

    private DemandRules() {
    }

    static InvalidInput violation(String key, Object... args) {
        return new InvalidInput("status", key, args);
    }

    static String required(String text, String field, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInput(field, "demand.text.required");
        }
        if (t.length() > max) {
            throw new InvalidInput(field, "demand.text.tooLong", max);
        }
        // PostgreSQL text cannot hold NUL, and no one types other control characters
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new InvalidInput(field, "demand.text.badCharacters");
        }
        return t;
    }
}
