package org.shegong.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;
import org.shegong.InvalidInput;

class FormFieldUnitTests {

    private static FormField integer(String min, String max) {
        return new FormField(1, "staff", "人数", FieldType.INTEGER, true, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), null, List.of(), null);
    }

    @Test
    void numericRangesIncludeTheirEdges() {
        FormField f = integer("0", "500");
        assertThat(f.check("0").number()).isEqualByComparingTo("0");
        assertThat(f.check("500").number()).isEqualByComparingTo("500");
        assertThat(f.check(" 499 ").number()).isEqualByComparingTo("499");
        assertThatThrownBy(() -> f.check("-1")).isInstanceOf(InvalidInput.class).hasMessageContaining("burden.field.range");
        assertThatThrownBy(() -> f.check("501")).hasMessageContaining("burden.field.range");
        assertThatThrownBy(() -> f.check("2.5")).hasMessageContaining("burden.field.integer");
        assertThat(f.check("3.0").number()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> f.check("三")).hasMessageContaining("burden.field.number");
        assertThatThrownBy(() -> f.check("1e20")).hasMessageContaining("burden.field.range");
        assertThatThrownBy(() -> f.check("  ")).hasMessageContaining("burden.field.required");
    }

    @Test
    void textDateAndChoiceFieldsKeepTheirRules() {
        FormField text = new FormField(2, "note", "说明", FieldType.TEXT, false, null, null, 5, List.of(), null);
        assertThat(text.check("").empty()).isTrue();
        assertThat(text.check("一二三四五").text()).isEqualTo("一二三四五");
        assertThatThrownBy(() -> text.check("一二三四五六")).hasMessageContaining("burden.field.length");
        FormField date = new FormField(3, "day", "日期", FieldType.DATE, true, null, null, null, List.of(), null);
        assertThat(date.check("2026-02-28").text()).isEqualTo("2026-02-28");
        assertThatThrownBy(() -> date.check("2026-02-29")).hasMessageContaining("burden.field.date");
        FormField choice = new FormField(4, "kind", "类型", FieldType.CHOICE, true, null, null, null, List.of("城市社区", "农村社区"), null);
        assertThat(choice.check("农村社区").text()).isEqualTo("农村社区");
        assertThatThrownBy(() -> choice.check("城市")).hasMessageContaining("burden.field.choice");
    }

    @Test
    void arbitraryTextNeverPassesAnIntegerFieldUnlessItIsAWholeNumberInRange() {
        FormField f = integer("0", "100000");
        ArbitraryText.strings(500).forEach(t -> {
            try {
                BigDecimal n = f.check(t).number();
                assertThat(n).isNotNull();
                assertThat(n.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
                assertThat(n).isBetween(BigDecimal.ZERO, new BigDecimal("100000"));
            } catch (InvalidInput expected) {
                assertThat(expected.messageKey()).startsWith("burden.field.");
            }
        });
    }
}
