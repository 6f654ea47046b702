package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shegong.InvalidInput;

class CreditCodeUnitTests {

    @ParameterizedTest
    @ValueSource(strings = { "91350100M000100Y43", "91440300708461136T", "91110000802100433B", "91510100MA61XXXX0X" })
    void acceptsRealFormatCodesWithTheirCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "91350100M000100Y44", "91440300708461136X", "91110000802100433A", "91510100MA61XXXX01" })
    void refusesAWrongCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void computesTheCheckCharacterIncludingTheWrapFromThirtyOneToZero() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        // find a body whose weighted sum is a multiple of 31: its check character is '0', not the 32nd symbol
        String body = "9151010000000000";
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            String first17 = body + c;
            if (CreditCode.checkCharacter(first17) == '0') {
                assertThat(CreditCode.isValid(first17 + "0")).isTrue();
                return;
            }
        }
        throw new AssertionError("no body with check character 0 found");
    }

    @Test
    void refusesWrongLengthLettersOutsideTheAlphabetAndLettersInTheDivisionCode() {
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y433")).isFalse();
        // I, O, Z, S, V are not in the alphabet (GB 32100 §4.2)
        assertThat(CreditCode.isValid("91350100M000100I43")).isFalse();
        assertThat(CreditCode.isValid("91A50100M000100Y43")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void typedCodesAreTrimmedAndUpperCasedAndAWrongOneIsABilingualInputError() {
        assertThat(CreditCode.of(" 91440300708461136t ").value()).isEqualTo("91440300708461136T");
        assertThatThrownBy(() -> CreditCode.of("91440300708461136X")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.creditCode.invalid");
    }
}
