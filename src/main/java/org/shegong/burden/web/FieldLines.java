package org.shegong.burden.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.burden.DataForms;
import org.shegong.burden.FieldType;

/**
 * The field list of the form-definition page, one field a line: {@code key|label|type|required|min|max|prefill|choices}
 * (e.g. {@code households|户数|INTEGER|y|0||region.households}).
 */
final class FieldLines {

    private FieldLines() {
    }

    static List<DataForms.NewField> parse(@Nullable String text) {
        List<DataForms.NewField> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            if (raw.isBlank()) {
                continue;
            }
            String[] p = (raw + "|||||||").split("\\|", -1);
            FieldType type;
            try {
                type = FieldType.valueOf(p[2].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("fields", "burden.form.field.line", line);
            }
            out.add(new DataForms.NewField(p[0].strip(), p[1].strip(), type, p[3].strip().matches("(?i)y|yes|true|是|1"),
                    number(p[4], line), number(p[5], line), null, p[7].strip().isEmpty() ? null : p[7].strip(),
                    p[6].strip().isEmpty() ? null : p[6].strip()));
        }
        return out;
    }

    private static @Nullable BigDecimal number(String s, int line) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("fields", "burden.form.field.line", line);
        }
    }
}
