package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.ShegongApplication;

class VolunteerRulesUnitTests {

    @Test
    void aMinorUntilTheEighteenthBirthdayAndAChildUntilTheFourteenth() {
        LocalDate born = LocalDate.of(2008, 12, 5);
        assertThat(MinorPolicy.minor(born, LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(MinorPolicy.minor(born, LocalDate.of(2026, 12, 5))).isFalse();
        assertThat(MinorPolicy.child(born, LocalDate.of(2022, 12, 4))).isTrue();
        assertThat(MinorPolicy.child(born, LocalDate.of(2022, 12, 5))).isFalse();
        // born on 29 February: of age on 1 March in a common year
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(MinorPolicy.minor(leap, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(MinorPolicy.minor(leap, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void certificateNumbersTellAlteredFromMalformed() {
        VolunteerProperties p = new VolunteerProperties(List.of(), Duration.ofMinutes(2),
                "00112233445566778899aabbccddeeff", null);
        CertificateNumbers n = new CertificateNumbers(new SigningKey(null, p, null));
        String number = n.next(LocalDate.of(2026, 12, 5), 17);
        assertThat(number).matches("ZYZM-20261205-000017-[0-9A-F]{4}");
        assertThat(n.shape(number)).isEqualTo(CertificateNumbers.Shape.WELL_FORMED);
        assertThat(n.shape(number.toLowerCase())).isEqualTo(CertificateNumbers.Shape.WELL_FORMED);
        assertThat(n.shape(number.replace("000017", "000018"))).isEqualTo(CertificateNumbers.Shape.ALTERED);
        assertThat(n.shape("ZYZM-2026-1")).isEqualTo(CertificateNumbers.Shape.MALFORMED);
        assertThat(n.shape(null)).isEqualTo(CertificateNumbers.Shape.MALFORMED);
    }

    @Test
    void availabilityMatchesTheShiftsBeijingTime() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 12, 5, 9, 0, 0, 0, ShegongApplication.ZONE);
        ZonedDateTime mondayEvening = ZonedDateTime.of(2026, 12, 7, 18, 0, 0, 0, ShegongApplication.ZONE);
        assertThat(Availability.WEEKEND.covers(saturday)).isTrue();
        assertThat(Availability.WEEKDAY.covers(saturday)).isFalse();
        assertThat(Availability.EVENING.covers(mondayEvening)).isTrue();
        assertThat(Availability.WEEKDAY.covers(mondayEvening)).isFalse();
        assertThat(Availability.WEEKDAY.covers(mondayEvening.minusMinutes(1))).isTrue();
    }

    @Test
    void skillsAreSplitOnChineseAndLatinSeparatorsWithoutDuplicates() {
        assertThat(Skills.parse("急救，心理疏导、急救; Computers")).containsExactly("急救", "心理疏导", "computers");
        assertThat(Skills.parse("  ")).isEmpty();
        assertThatThrownBy(() -> Skills.parse("a".repeat(21))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void certificatePagesMaskTheName() {
        assertThat(Certificates.maskName("吴十一")).isEqualTo("吴**");
        assertThat(Certificates.maskName("王")).isEqualTo("王*");
    }
}
