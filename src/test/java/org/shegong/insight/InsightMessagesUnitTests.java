package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InsightMessagesUnitTests {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = InsightMessagesUnitTests.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysUsed(Pattern used, String... roots) throws IOException {
        Set<String> keys = new java.util.HashSet<>();
        for (String root : roots) {
            try (var files = Files.walk(Path.of(root))) {
                keys.addAll(files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html")).flatMap(f -> {
                    try {
                        return used.matcher(Files.readString(f)).results().map(m -> m.group(1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).collect(Collectors.toSet()));
            }
        }
        return keys;
    }

    @Test
    void everyInsightMessageExistsInChineseAndEnglish() throws IOException {
        Properties zh = load("insight.properties");
        Properties en = load("insight_en.properties");
        Set<String> keys = keysUsed(Pattern.compile("[\"{](insight\\.[a-zA-Z.]+[a-zA-Z])[\"}(]"),
                "src/main/java/org/shegong/insight", "src/main/resources/templates/insight", "src/main/resources/templates/layout.html");
        // audit-log action names look like keys but are not messages
        keys.removeAll(Set.of("insight.appeal.request", "insight.appeal.approve", "insight.appeal.reject",
                "insight.weights.set", "insight.problem.adopt"));
        assertThat(keys).contains("insight.weights.sum", "insight.ui.rankings", "insight.nav.rankings");
        assertThat(zh.stringPropertyNames()).containsAll(keys);
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }

    @Test
    void everyCallBackAndMergeMessageExistsInChineseAndEnglish() throws IOException {
        Properties zh = load("callback.properties");
        Properties en = load("callback_en.properties");
        Set<String> keys = keysUsed(Pattern.compile("[\"{]((?:callback|merge)\\.[a-zA-Z.]+[a-zA-Z])[\"}(]"),
                "src/main/java/org/shegong/demand", "src/main/resources/templates/demand");
        assertThat(keys).contains("callback.result.already", "merge.self", "callback.ui.queue");
        assertThat(zh.stringPropertyNames()).containsAll(keys);
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }
}
