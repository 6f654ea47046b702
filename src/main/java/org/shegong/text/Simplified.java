package org.shegong.text;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese characters as simplified ("停水三天了沒有人管" → "停水三天了没有人管", "瓦斯外洩" → "瓦斯外泄"), so a
 * text written in traditional characters is judged like the same text in simplified ones. ICU's
 * "Traditional-Simplified" transliterator (the Unicode CLDR tables) does the work; a text with no traditional
 * character comes back as it was. A transliterator is not safe for concurrent use, so each thread keeps its own.
 */
final class Simplified {

    private static final ThreadLocal<Transliterator> TRANSLITERATOR = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Simplified() {
    }

    static String of(String text) {
        return text.isEmpty() ? text : TRANSLITERATOR.get().transliterate(text);
    }
}
