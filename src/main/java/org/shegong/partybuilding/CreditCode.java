package org.shegong.partybuilding;

import com.fasterxml.jackson.annotation.JsonValue;
import org.shegong.InvalidInput;

/**
 * 统一社会信用代码: 18 characters — registration authority, organization kind, the six-digit division code, the
 * nine-character organization code, and a check character.
 */
public record CreditCode(@JsonValue String value) {

    // GB 32100-2015 §4.2: the code alphabet is 0-9 and the capitals without I, O, Z, S, V (31 characters)
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // GB 32100-2015 §5, table 3: weights of positions 1–17; check = 31 − (Σ value × weight mod 31), 31 → 0
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    public CreditCode {
        if (!isValid(value)) {
            throw new InvalidInput("creditCode", "partybuilding.creditCode.invalid", value);
        }
    }

    /** Trims and upper-cases what a person typed, then checks it. */
    public static CreditCode of(String typed) {
        return new CreditCode(typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        // positions 3–8 are a division code (GB/T 2260): digits only
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return value.charAt(17) == checkCharacter(value.substring(0, 17));
    }

    /** The check character for the first seventeen characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
