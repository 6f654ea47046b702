package org.shegong.burden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * One field of a data form with its validation: type, required, numeric range, text length, choices, and the
 * platform source that pre-fills it ({@link PrefillSource#key()}), if any.
 */
public record FormField(int position, String key, String label, FieldType type, boolean required,
        @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable Integer maxLength, List<String> choices,
        @Nullable String prefill) {

    static final int TEXT_MAX = 2000;

    public FormField {
        choices = List.copyOf(choices);
    }

    /** A checked value: the number for numeric fields, the text for the others (both null when left empty). */
    record Checked(@Nullable BigDecimal number, @Nullable String text) {
        boolean empty() {
            return number == null && text == null;
        }

        String display() {
            return number != null ? number.stripTrailingZeros().toPlainString() : text == null ? "" : text;
        }
    }

    /** Checks a raw value against the field's rules; {@link InvalidInput} names the field and the rule broken. */
    Checked check(@Nullable String raw) {
        String v = raw == null ? "" : raw.strip();
        String field = "values." + key;
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInput(field, "burden.field.required", label);
            }
            return new Checked(null, null);
        }
        switch (type) {
            case INTEGER, DECIMAL -> {
                BigDecimal n;
                try {
                    n = new BigDecimal(v.replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new InvalidInput(field, "burden.field.number", label, v);
                }
                if (type == FieldType.INTEGER && n.stripTrailingZeros().scale() > 0) {
                    throw new InvalidInput(field, "burden.field.integer", label, v);
                }
                if (n.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                    throw new InvalidInput(field, "burden.field.range", label, v, minValue == null ? "" : minValue,
                            maxValue == null ? "" : maxValue);
                }
                if ((minValue != null && n.compareTo(minValue) < 0) || (maxValue != null && n.compareTo(maxValue) > 0)) {
                    throw new InvalidInput(field, "burden.field.range", label, v,
                            minValue == null ? "" : minValue.toPlainString(), maxValue == null ? "" : maxValue.toPlainString());
                }
                return new Checked(n, null);
            }
            case DATE -> {
                try {
                    return new Checked(null, LocalDate.parse(v).toString());
                } catch (DateTimeParseException e) {
                    throw new InvalidInput(field, "burden.field.date", label, v);
                }
            }
            case CHOICE -> {
                if (!choices.contains(v)) {
                    throw new InvalidInput(field, "burden.field.choice", label, v, String.join("、", choices));
                }
                return new Checked(null, v);
            }
            default -> {
                int max = maxLength == null ? TEXT_MAX : Math.min(maxLength, TEXT_MAX);
                if (v.length() > max) {
                    throw new InvalidInput(field, "burden.field.length", label, max);
                }
                return new Checked(null, v);
            }
        }
    }
}
