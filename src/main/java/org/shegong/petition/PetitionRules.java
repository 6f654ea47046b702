package org.shegong.petition;

import org.shegong.InvalidInput;

/** Refusals of illegal steps, each with a message key naming the rule (i18n/petition*.properties). */
final class PetitionRules {

    // 信访工作条例 §18: 多人走访推选代表，代表人数不超过5人
    static final int MAX_REPRESENTATIVES = 5;
    // 信访工作条例 §34: 延长期限不得超过30日
    static final int MAX_EXTENSION_DAYS = 30;

    private PetitionRules() {
    }

    static InvalidInput violation(String key, Object... args) {
        return new InvalidInput("status", key, args);
    }

    static String required(String text, String field, int max) {
        return text(text, field, "petition.text.required", max);
    }

    static String text(String text, String field, String missingKey, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInput(field, missingKey);
        }
        if (t.length() > max) {
            throw new InvalidInput(field, "petition.text.tooLong", max);
        }
        // PostgreSQL text cannot hold NUL, and no one types other control characters
        if (t.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new InvalidInput(field, "petition.text.badCharacters");
        }
        return t;
    }
}
