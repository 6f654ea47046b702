package org.shegong.volunteer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.shegong.InvalidInput;

/** Skills as free words separated by commas, the Chinese comma or 、; stored normalised, as a {@code text[]} (V240). */
final class Skills {

    private Skills() {
    }

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,，、;；\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList()));
        if (out.size() > 20 || out.stream().anyMatch(s -> s.length() > 20)) {
            throw new InvalidInput("skills", "volunteer.skills.tooMany");
        }
        return out;
    }

    static String[] store(List<String> skills) {
        return skills.toArray(String[]::new);
    }

    /** One skill searched for, normalised as stored; empty when the text is blank. */
    static String one(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
