package org.shegong.identity;

/**
 * The platform refuses to start because of its configuration (for example a bootstrap administrator password that
 * breaks the password policy). {@link StartupRefusalAnalyzer} turns it into one sentence in Chinese and English
 * instead of a message key and a stack trace.
 *
 * @param key  message key in {@code i18n/identity} saying what is wrong, with {@code args}
 */
class StartupRefused extends RuntimeException {

    private final String key;
    private final Object[] args;

    StartupRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
