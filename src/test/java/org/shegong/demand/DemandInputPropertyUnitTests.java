package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;
import org.shegong.InvalidInput;

/** Properties of demand command validation over arbitrary text. */
class DemandInputPropertyUnitTests {

    @Test
    void anyTextIsKeptWithoutControlCharactersOrIsInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(5_000), s -> {
            String kept = DemandRules.required(s, "matter", 2_000);
            assertThat(kept).isNotBlank().hasSizeLessThanOrEqualTo(2_000).doesNotContain("\u0000");
        })).isEmpty();
    }

    @Test
    void aDispatchWithANullCoHandlerIsInvalidInput() {
        assertThatThrownBy(() -> new DemandManagement.Dispatch(1, Arrays.asList(2L, null), "理由"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("coHandlerUnitIds"));
    }
}
