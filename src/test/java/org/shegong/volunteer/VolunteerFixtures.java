package org.shegong.volunteer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

/** Valid resident ids and mobiles for tests, and a ready registration. */
final class VolunteerFixtures {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private VolunteerFixtures() {
    }

    /** A resident id number (GB 11643) for someone born on {@code born} in 武侯区, with a random order code. */
    static String idNumber(LocalDate born) {
        String first = "510107" + born.toString().replace("-", "")
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * WEIGHTS[i];
        }
        return first + CHECK[sum % 11];
    }

    /** A random id of an adult born between 1960 and 1999 (collisions are practically impossible). */
    static String adultId() {
        return idNumber(LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(40 * 365)));
    }

    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static RegisterVolunteer adult(String name, String skills) {
        return new RegisterVolunteer(name, adultId(), mobile(), "Volunteer2026", skills, EnumSet.of(Availability.WEEKEND),
                "510107005001", null, null, false);
    }
}
