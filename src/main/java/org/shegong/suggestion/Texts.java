package org.shegong.suggestion;

import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/** Length limits of free text: empty where required and over the limit are refused with the field named. */
final class Texts {

    static final int MAX_FIELD = 50;

    private Texts() {
    }

    static String required(String field, @Nullable String value, int max, String emptyKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInput(field, emptyKey);
        }
        return limited(field, v, max);
    }

    static String optional(String field, @Nullable String value, int max) {
        return limited(field, value == null ? "" : value.strip(), max);
    }

    static String field(@Nullable String value) {
        String v = value == null || value.isBlank() ? "综合" : value.strip();
        return limited("field", v, MAX_FIELD);
    }

    private static String limited(String field, String v, int max) {
        if (v.codePointCount(0, v.length()) > max) {
            throw new InvalidInput(field, "suggestion.text.tooLong", max);
        }
        return v;
    }
}
