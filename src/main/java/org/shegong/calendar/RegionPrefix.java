package org.shegong.calendar;

import org.jspecify.annotations.Nullable;

/**
 * Which regions a region overlay applies to. Division codes are 12 digits (2+2+2+3+3; a grid adds
 * 3): a region's significant digits are its code without the all-zero lower segments, and a code
 * lies inside it when it starts with them. Done here on plain strings because the calendar depends
 * on no other module.
 */
final class RegionPrefix {

    private static final int[] LEVEL_DIGITS = {2, 4, 6, 9};

    static String significant(@Nullable String code) {
        if (code == null) {
            return "";
        }
        if (code.length() != 12) {
            return code;
        }
        for (int digits : LEVEL_DIGITS) {
            if (allZero(code, digits)) {
                return code.substring(0, digits);
            }
        }
        return code;
    }

    /** Whether the overlay for {@code overlayCode} applies in {@code regionCode}. */
    static boolean covers(@Nullable String overlayCode, String regionCode) {
        return overlayCode != null && regionCode.startsWith(significant(overlayCode));
    }

    static boolean isWellFormed(@Nullable String code) {
        return code != null && (code.length() == 12 || code.length() == 15) && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean allZero(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            if (code.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private RegionPrefix() {
    }
}
