package org.shegong.identity;

/** Kinds of personal information the vault protects, each with its own normalisation and mask. */
public enum PiiKind {
    /** Mainland mobile number: shown as 138****1234. */
    MOBILE,
    /** Resident id number (GB 11643): shown as 510104********1234. */
    RESIDENT_ID,
    /** Free text such as an address: shown with all but the first 6 characters hidden. */
    TEXT;

    String normalize(String value) {
        String v = value.strip();
        return switch (this) {
            case MOBILE -> v.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
            case RESIDENT_ID -> v.toUpperCase(java.util.Locale.ROOT);
            case TEXT -> v;
        };
    }

    public String mask(String value) {
        String v = normalize(value);
        return switch (this) {
            case MOBILE -> v.length() < 7 ? "*".repeat(v.length()) : v.substring(0, 3) + "****" + v.substring(v.length() - 4);
            case RESIDENT_ID -> v.length() < 10 ? "*".repeat(v.length()) : v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
            case TEXT -> v.codePointCount(0, v.length()) <= 6 ? v.replaceAll(".", "*")
                    : v.substring(0, v.offsetByCodePoints(0, 6)) + "****";
        };
    }
}
