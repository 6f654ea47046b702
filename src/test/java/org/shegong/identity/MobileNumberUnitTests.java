package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class MobileNumberUnitTests {

    @Test
    void acceptsMainlandMobileNumbersWithOrWithoutCountryCodeAndSpaces() {
        assertThat(new MobileNumber("13812345678").value()).isEqualTo("13812345678");
        assertThat(new MobileNumber("+86 138-1234-5678").value()).isEqualTo("13812345678");
        assertThat(new MobileNumber("19912345678").value()).isEqualTo("19912345678");
    }

    @Test
    void refusesLandlinesShortNumbersAndNonMobilePrefixes() {
        assertThatThrownBy(() -> new MobileNumber("02885123456")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new MobileNumber("1381234567")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new MobileNumber("12812345678")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new MobileNumber("138123456789")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void masksTheMiddleFourDigits() {
        assertThat(PiiKind.MOBILE.mask("13812345678")).isEqualTo("138****5678");
        assertThat(PiiKind.RESIDENT_ID.mask("510104199003071234")).isEqualTo("510104********1234");
        assertThat(PiiKind.TEXT.mask("成都市武侯区玉林北路1号")).isEqualTo("成都市武侯区****");
    }
}
