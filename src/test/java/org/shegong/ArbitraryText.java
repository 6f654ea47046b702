package org.shegong;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for property tests over the parsers: a fixed corpus of known troublemakers plus strings drawn from a seeded
 * generator (any UTF-16 unit including lone surrogates and NUL, digits and letters near the valid forms, long runs),
 * so every run is reproducible and a failure names its input.
 */
public final class ArbitraryText {

    /** The seed; change it locally to explore, keep it fixed in the build. */
    public static final long SEED = 20261130L;

    private static final List<String> CORPUS = List.of("", " ", "\u0000", "a\u0000b", "\uD800", "\uDC00x", "\uFFFD",
            "\t\r\n", "-1", "0", "99999999999999999999", "1e309", "NaN", "null", "[]", "{}", "[null]", "{\"type\":null}",
            "2025-02-30", "2025-13-01", "+999999999-12-31", "-999999999-01-01", "WORKING_DAYS(99999)", "HOURS(-1)",
            "11010519491231002X", "11010519491231002x", "110105194912310021", "13800138000", "+8613800138000",
            "1380013800", "138 0013 8000", "四川省成都市武侯区", "成都市武侯区玉林街道玉林北路1号", "x".repeat(100_000),
            "<script>alert(1)</script>", "'; drop table demand; --", "%00", "%C3%28", "\u202E\u0627", "𠀀𠀀", "🙂");

    private static final String NEAR = "0123456789Xx-+. ()/:,，省市区县街道乡镇村社区号路WORKING_DAYSCALENDAR_HOURS";

    private ArbitraryText() {
    }

    /** The corpus and {@code count} generated strings. */
    public static Stream<String> strings(int count) {
        Random random = new Random(SEED);
        List<String> all = new ArrayList<>(CORPUS);
        for (int i = 0; i < count; i++) {
            all.add(next(random));
        }
        return all.stream();
    }

    /** The inputs for which {@code property} threw anything but {@link InvalidInput}, with what it threw. */
    public static List<String> violations(Stream<String> inputs, java.util.function.Consumer<String> property) {
        List<String> violations = new ArrayList<>();
        inputs.forEach(input -> {
            try {
                property.accept(input);
            } catch (InvalidInput expected) {
                // the one allowed answer to bad input
            } catch (RuntimeException | AssertionError e) {
                String shown = input.length() > 60 ? input.substring(0, 60) + "…(" + input.length() + ")" : input;
                violations.add(shown.chars().mapToObj(c -> c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining()) + " -> " + e);
            }
        });
        return violations;
    }

    static String next(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 300 + random.nextInt(2_000);
            default -> random.nextInt(24);
        };
        StringBuilder sb = new StringBuilder(length);
        boolean near = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            sb.append(near ? NEAR.charAt(random.nextInt(NEAR.length())) : (char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return sb.toString();
    }
}
