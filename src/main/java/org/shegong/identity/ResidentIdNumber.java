package org.shegong.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.shegong.InvalidInput;

/** A resident identity number (公民身份号码, GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    public ResidentIdNumber {
        value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new InvalidInput("idNumber", "identity.idNumber.format");
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidInput("idNumber", "identity.idNumber.birthDate");
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInput("idNumber", "identity.idNumber.checkDigit");
        }
    }

    // GB 11643-1999 §5.2: check character = ISO 7064:1983 MOD 11-2 over the first 17 digits
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    @Override
    public String toString() {
        return PiiKind.RESIDENT_ID.mask(value);
    }
}
