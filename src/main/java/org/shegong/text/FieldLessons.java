package org.shegong.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled demands the platform ships ({@code text/field-lessons.tsv}: a field code, a tab, what the citizen said), so
 * a province's category suggestions start from about 4,870 settled calls as well as the lexicon, before its own history
 * teaches it more (issue 11). Each teaches its field's likeliest label, as a lesson settled by field only does.
 */
public record FieldLessons(List<Lesson> lessons) {

    /** One shipped call and the field that handles it. */
    public record Lesson(String field, String text) {
    }

    private static final FieldLessons SHIPPED = read();

    public FieldLessons {
        lessons = List.copyOf(lessons);
    }

    public static FieldLessons shipped() {
        return SHIPPED;
    }

    /** Teaches every lesson to this classifier; a field it does not have (inactive in the catalogue) is skipped. */
    public void teach(CatalogueClassifier classifier) {
        lessons.forEach(l -> classifier.learnInField(l.text(), l.field(), 1));
    }

    private static FieldLessons read() {
        List<Lesson> out = new ArrayList<>();
        try (InputStream in = FieldLessons.class.getResourceAsStream("/text/field-lessons.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                out.add(new Lesson(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FieldLessons(out);
    }
}
