package org.shegong.workforce;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Test data for the workforce module: valid resident id numbers that no other test uses. */
public final class WorkforceFixtures {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 10_000_000L);

    private WorkforceFixtures() {
    }

    /** A GB 11643 number in {@code area} (6 digits), unique within this test run. */
    public static String residentId(String area) {
        long n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String first17 = area.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", (n / 15_000) % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
