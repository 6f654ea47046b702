package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the platform can show exists in Chinese and in English: each bundle named in application.yml has
 * the same keys in both languages, every key a module's code refuses input with is in its bundle, and every key a
 * page names is in some bundle.
 */
class MessagesUnitTests {

    private static final Path MAIN = Path.of("src/main");

    private static List<String> bundles() throws IOException {
        String yml = Files.readString(MAIN.resolve("resources/application.yml"));
        var m = Pattern.compile("basename:\\s*(\\S+)").matcher(yml);
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).split(","));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesUnitTests.class.getResourceAsStream("/" + resource + ".properties")) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Stream<String> matches(Path dir, String suffix, Pattern pattern) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        return Files.walk(dir).filter(f -> f.toString().endsWith(suffix)).flatMap(f -> {
            try {
                return pattern.matcher(Files.readString(f)).results().map(r -> r.group(1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (String bundle : bundles()) {
            Set<String> zh = load(bundle).stringPropertyNames();
            Set<String> en = load(bundle + "_en").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as(bundle + "_en").isEqualTo(new TreeSet<>(zh));
        }
    }

    @Test
    void everyKeyAModuleNamesInItsCodeIsInItsBundle() throws IOException {
        int checked = 0;
        for (String bundle : bundles()) {
            String module = bundle.substring(bundle.indexOf('/') + 1);
            Set<String> zh = load(bundle).stringPropertyNames();
            // a key handed to InvalidInput (second argument), a rule violation or a message lookup (first argument)
            Pattern literal = Pattern.compile("(?:InvalidInput|violation|getMessage)\\((?:\\s*\"[^\"]*\"\\s*,)?\\s*\"("
                    + Pattern.quote(module) + "\\.[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)+)\"");
            List<String> used = matches(MAIN.resolve("java/org/shegong/" + module), ".java", literal).toList();
            checked += used.size();
            assertThat(zh).as(bundle).containsAll(used);
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void everyKeyAPageNamesIsInABundle() throws IOException {
        Set<String> all = new HashSet<>();
        for (String bundle : bundles()) {
            all.addAll(load(bundle).stringPropertyNames());
        }
        List<String> used = matches(MAIN.resolve("resources/templates"), ".html",
                Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]")).distinct().toList();
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(all).containsAll(used);
    }
}
