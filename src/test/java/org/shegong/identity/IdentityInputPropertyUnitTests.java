package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shegong.ArbitraryText;

/** Property: any string is either a valid identity value or an {@link org.shegong.InvalidInput}, never another failure. */
class IdentityInputPropertyUnitTests {

    @Test
    void anyStringIsAResidentIdNumberOrInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(5_000), s -> {
            ResidentIdNumber id = new ResidentIdNumber(s);
            assertThat(id.value()).hasSize(18);
        })).isEmpty();
    }

    @Test
    void anyStringIsAMobileNumberOrInvalidInput() {
        assertThat(ArbitraryText.violations(ArbitraryText.strings(5_000), s -> {
            MobileNumber m = new MobileNumber(s);
            assertThat(m.value()).matches("1\\d{10}");
        })).isEmpty();
    }
}
