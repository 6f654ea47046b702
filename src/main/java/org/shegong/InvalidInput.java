package org.shegong;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule. Carries the offending field and a message key that every module
 * defines in its own {@code i18n/<module>.properties}; the web layer answers 400 with the message
 * in Chinese and English, and nothing is stored.
 */
public class InvalidInput extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;
    private final Object[] args;

    public InvalidInput(@Nullable String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
