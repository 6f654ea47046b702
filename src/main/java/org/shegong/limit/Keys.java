package org.shegong.limit;

/** Bucket keys: {@code group|a|address}, {@code group|t|target}, {@code group|p|address|target}. */
final class Keys {

    static final int MAX_SUBJECT = 100;

    private Keys() {
    }

    static String address(String group, String address) {
        return group + "|a|" + clean(address);
    }

    static String target(String group, String target) {
        return group + "|t|" + clean(target);
    }

    static String pair(String group, String address, String target) {
        return group + "|p|" + clean(address) + "|" + clean(target);
    }

    /** Printable characters only (PostgreSQL refuses NUL in text), at most {@value #MAX_SUBJECT} of them. */
    static String clean(String value) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_SUBJECT));
        value.strip().codePoints().limit(MAX_SUBJECT)
                .forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == '|' ? '?' : c));
        return b.toString();
    }
}
