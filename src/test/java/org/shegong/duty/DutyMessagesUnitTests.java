package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the duty code and templates use exists in Chinese and in English. */
class DutyMessagesUnitTests {

    private static final Pattern KEY = Pattern.compile("\"(duty\\.[a-zA-Z]+(?:\\.[a-zA-Z_]+)+)\"|#\\{(duty\\.[a-zA-Z_.]+[a-zA-Z_])");

    @Test
    void everyUsedKeyHasChineseAndEnglishText() throws IOException {
        Properties zh = load("i18n/duty.properties");
        Properties en = load("i18n/duty_en.properties");
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java/org/shegong/duty"), Path.of("src/main/resources/templates/duty")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }

        assertThat(used).contains("duty.item.lead.required", "duty.import.notXlsx", "duty.title");
        assertThat(zh.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(DutyMessagesUnitTests.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
