package org.shegong.text;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese characters as simplified ("停水三天了沒有人管" → "停水三天了没有人管", "瓦斯外洩" → "瓦斯外泄"), so a
 * text written in traditional characters is judged like the same text in simplified ones. ICU's
 * "Traditional-Simplified" transliterator (the Unicode CLDR tables) is the source: it is asked once, character by
 * character, over the CJK blocks, and what it changes is kept in a table. Run over a whole text the transliterator
 * costs about half a millisecond per 200 characters; the table costs a few microseconds, which is what lets it run
 * on every keystroke's suggestion. A text with no traditional character comes back as it was.
 */
final class Simplified {

    /** CJK Unified Ideographs Extension A, the unified block and the compatibility ideographs. */
    private static final int[][] BLOCKS = { { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF } };

    private static final int FIRST = 0x3400;
    /** The simplified character of each CJK character from {@link #FIRST}, 0 where it is unchanged or not one char. */
    private static final char[] ONE = new char[0xFAFF - FIRST + 1];
    /** The few that become more than one character, or a surrogate pair. */
    private static final Map<Character, String> MORE = new HashMap<>();
    private static final int SIZE = build();

    private Simplified() {
    }

    private static int build() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        int changed = 0;
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                String one = String.valueOf((char) c);
                String simplified = icu.transliterate(one);
                if (!simplified.equals(one)) {
                    changed++;
                    if (simplified.length() == 1) {
                        ONE[c - FIRST] = simplified.charAt(0);
                    } else {
                        MORE.put((char) c, simplified);
                    }
                }
            }
        }
        return changed;
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char one = c >= FIRST && c - FIRST < ONE.length ? ONE[c - FIRST] : 0;
            String more = one == 0 && c >= FIRST && !MORE.isEmpty() ? MORE.get(c) : null;
            if (one != 0 || more != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (one != 0) {
                    out.append(one);
                } else {
                    out.append(more);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** How many characters the table changes (for the record: about 2,700). */
    static int size() {
        return SIZE;
    }
}
