package org.shegong.petition;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, unique resident id numbers and JSON bodies for petition tests. */
final class PetitionTestData {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 900);

    private PetitionTestData() {
    }

    /** A GB 11643 resident id number born 1970-01-01 in 武侯区 with a unique sequence. */
    static String residentId() {
        long n = NEXT.incrementAndGet() % 1000;
        return residentId("510107" + "19700101" + String.format("%03d", n));
    }

    static String residentId(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    static String register(String category, String matter, String residentId, String phone, String extra) {
        return """
                {"channel":"LETTER","groupVisit":false,"petitioners":[{"name":"张大爷","phone":"%s","residentId":"%s"}],
                 "matter":"%s","regionCode":"510107005000","category":"%s"%s}
                """.formatted(phone, residentId, matter, category, extra);
    }
}
