package org.shegong.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped cold-start lexicon of the catalogue's fields ({@code text/field-lexicon.txt}): for each field code the
 * words callers use for its matters (synonyms, Sichuan dialect, typos, the departments' names), and for each kind
 * of danger happening now the field of the service it is transferred to.
 */
public record FieldLexicon(Map<String, List<String>> words, Map<Emergency, String> emergencies) {

    private static final FieldLexicon SHIPPED = read();

    public FieldLexicon {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        words.forEach((code, ws) -> copy.put(code, List.copyOf(ws)));
        words = java.util.Collections.unmodifiableMap(copy);
        emergencies = Map.copyOf(emergencies);
    }

    public static FieldLexicon shipped() {
        return SHIPPED;
    }

    /** The field a danger of this kind belongs to, if the lexicon names one. */
    public Optional<String> fieldOf(Emergency danger) {
        return Optional.ofNullable(emergencies.get(danger));
    }

    private static FieldLexicon read() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<Emergency, String> emergencies = new EnumMap<>(Emergency.class);
        try (InputStream in = FieldLexicon.class.getResourceAsStream("/text/field-lexicon.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String rest = line.substring(colon + 1).strip();
                if (key.startsWith("!")) {
                    emergencies.put(Emergency.valueOf(key.substring(1)), rest);
                } else if (!rest.isEmpty()) {
                    words.computeIfAbsent(key, k -> new ArrayList<>()).addAll(List.of(rest.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FieldLexicon(words, emergencies);
    }
}
