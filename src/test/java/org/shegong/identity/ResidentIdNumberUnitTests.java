package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class ResidentIdNumberUnitTests {

    // GB 11643-1999 annex example: 11010519491231002X
    @Test
    void acceptsTheStandardsOwnExampleWithCheckCharacterX() {
        assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(new ResidentIdNumber("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void acceptsANumberWithANumericCheckDigit() {
        String first17 = "51010419900307123";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(new ResidentIdNumber(id).value()).isEqualTo(id);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021"))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("identity.idNumber.checkDigit");
    }

    @Test
    void refusesWrongLengthAndLettersAndImpossibleBirthDates() {
        assertThatThrownBy(() -> new ResidentIdNumber("1101051949123100")).hasMessageContaining("identity.idNumber.format");
        assertThatThrownBy(() -> new ResidentIdNumber("11010519491231A02X")).hasMessageContaining("identity.idNumber.format");
        String first17 = "51010419900230123";
        assertThatThrownBy(() -> new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17)))
                .hasMessageContaining("identity.idNumber.birthDate");
    }

    @Test
    void printsOnlyMasked() {
        assertThat(new ResidentIdNumber("11010519491231002X")).hasToString("110105********002X");
    }
}
