package org.shegong.identity;

/** Cleans a free-text search term for use inside a LIKE pattern (wildcards are dropped, not interpreted). */
final class SearchText {

    private SearchText() {
    }

    static String clean(String q) {
        if (q == null) {
            return "";
        }
        String s = q.strip().replace("%", "").replace("_", "").replace("\\", "");
        return s.length() > 50 ? s.substring(0, 50) : s;
    }
}
