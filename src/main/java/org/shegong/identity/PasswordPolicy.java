package org.shegong.identity;

import java.util.Locale;
import java.util.Set;
import org.shegong.InvalidInput;

/**
 * Password strength (GB/T 22239-2019 等保 2.0 §8.1.4.1 a: identity credentials must be complex and
 * changed regularly): at least 10 characters from at least three of upper case, lower case, digits
 * and symbols, not containing the user name, not a well-known password.
 */
final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password123", "admin12345", "qwerty12345", "12345678910",
            "p@ssw0rd123", "shegong123", "abc123456789", "1qaz2wsx3edc", "woaini1314", "aa123456789");

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < 10 || password.length() > 128) {
            throw new InvalidInput("password", "identity.password.length");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new InvalidInput("password", "identity.password.classes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("password", "identity.password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            throw new InvalidInput("password", "identity.password.common");
        }
    }
}
