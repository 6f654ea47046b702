package org.shegong.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class TrainingPolicyUnitTests {

    final TrainingPolicy policy = new TrainingPolicy(TrainingPolicy.DEFAULT_HOURS);

    @Test
    void aCredentialedWorkerOwesNinetyHoursAYearAndOneWithoutACredentialNone() {
        assertThat(policy.behind(Credential.INTERMEDIATE, new BigDecimal("89.9"))).isTrue();
        assertThat(policy.behind(Credential.INTERMEDIATE, new BigDecimal("90.0"))).isFalse();
        assertThat(policy.behind(Credential.ASSISTANT, BigDecimal.ZERO)).isTrue();
        assertThat(policy.behind(Credential.SENIOR, new BigDecimal("120"))).isFalse();
        assertThat(policy.behind(Credential.NONE, BigDecimal.ZERO)).isFalse();
        assertThat(new TrainingPolicy(new BigDecimal("72")).behind(Credential.SENIOR, new BigDecimal("72"))).isFalse();
    }

    @Test
    void credentialLevelsAreReadFromTheirNamesOrChineseTitlesOnly() {
        assertThat(Credential.parse("助理社会工作师")).isEqualTo(Credential.ASSISTANT);
        assertThat(Credential.parse("社会工作师")).isEqualTo(Credential.INTERMEDIATE);
        assertThat(Credential.parse(" 高级社会工作师 ")).isEqualTo(Credential.SENIOR);
        assertThat(Credential.parse("senior")).isEqualTo(Credential.SENIOR);
        assertThat(Credential.parse("无")).isEqualTo(Credential.NONE);
        assertThatThrownBy(() -> Credential.parse("社工")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Credential.parse(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void coverageAndRatesAreRoundedAsShown() {
        var c = new StationCoverage("510421000000", "米易县", 11, 2, 3, 5, 200_000L);
        assertThat(c.coverageRate()).isEqualTo(18.2);
        assertThat(c.workersPer10k()).isEqualTo(0.25);
        assertThat(c.uncoveredTownships()).isEqualTo(9);
        assertThat(new StationCoverage("x", "x", 0, 0, 0, 0, null).coverageRate()).isNull();
        assertThat(new StationCoverage("x", "x", 3, 1, 1, 7, null).workersPer10k()).isNull();
        // 1 / 3 = 33.33…% → 33.3 %; 2 / 3 → 66.7 %
        assertThat(new StationCoverage("x", "x", 3, 1, 1, 0, 30_000L).coverageRate()).isEqualTo(33.3);
        assertThat(new StationCoverage("x", "x", 3, 2, 2, 0, 30_000L).coverageRate()).isEqualTo(66.7);
        // 7 workers / 30,000 residents × 10,000 = 2.333… → 2.33
        assertThat(new StationCoverage("x", "x", 3, 2, 2, 7, 30_000L).workersPer10k()).isEqualTo(2.33);
    }
}
