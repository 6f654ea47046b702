package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PetitionMessagesUnitTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = PetitionMessagesUnitTests.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRuleTheModuleCanRefuseWithHasAChineseAndAnEnglishMessage() throws IOException {
        Properties zh = load("petition.properties");
        Properties en = load("petition_en.properties");
        var used = Pattern.compile("\"(petition\\.[a-zA-Z.]+)\"");
        var keys = Files.walk(Path.of("src/main/java/org/shegong/petition")).filter(f -> f.toString().endsWith(".java"))
                .flatMap(f -> {
                    try {
                        return used.matcher(Files.readString(f)).results().map(m -> m.group(1));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toSet());
        assertThat(keys).isNotEmpty();
        assertThat(zh.stringPropertyNames()).containsAll(keys);
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    }
}
