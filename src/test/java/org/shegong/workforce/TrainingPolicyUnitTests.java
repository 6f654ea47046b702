package org.shegong.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.region.RegionCode;

class TrainingPolicyUnitTests {

    static final RegionCode MIYI_TOWN = RegionCode.of("510421100000");
    static final RegionCode RENHE_TOWN = RegionCode.of("510411100000");
    static final RegionCode WUHOU = RegionCode.of("510107000000");

    final TrainingPolicy policy = new TrainingPolicy(new WorkforceProperties(null, null));

    @Test
    void aCredentialedWorkerOwesNinetyHoursAYearAndOneWithoutACredentialNone() {
        assertThat(policy.behind(Credential.INTERMEDIATE, WUHOU, new BigDecimal("89.9"))).isTrue();
        assertThat(policy.behind(Credential.INTERMEDIATE, WUHOU, new BigDecimal("90.0"))).isFalse();
        assertThat(policy.behind(Credential.ASSISTANT, WUHOU, BigDecimal.ZERO)).isTrue();
        assertThat(policy.behind(Credential.SENIOR, WUHOU, new BigDecimal("120"))).isFalse();
        assertThat(policy.behind(Credential.NONE, WUHOU, BigDecimal.ZERO)).isFalse();
        assertThat(new TrainingPolicy(new WorkforceProperties(new BigDecimal("72"), null))
                .behind(Credential.SENIOR, WUHOU, new BigDecimal("72"))).isFalse();
    }

    @Test
    void aRegionMaySetItsOwnHoursAndTheLongestPrefixWinsElsewhereTheNationalDefault() {
        // 攀枝花市 (5104) asks 100 hours, its county 米易县 (510421) 80; 武侯区 keeps the national 90
        var perRegion = new TrainingPolicy(new WorkforceProperties(null, List.of(
                new WorkforceProperties.TrainingHours("5104", new BigDecimal("100")),
                new WorkforceProperties.TrainingHours("510421", new BigDecimal("80")))));
        assertThat(perRegion.required(MIYI_TOWN)).isEqualByComparingTo("80");
        assertThat(perRegion.behind(Credential.INTERMEDIATE, MIYI_TOWN, new BigDecimal("79.5"))).isTrue();
        assertThat(perRegion.behind(Credential.INTERMEDIATE, MIYI_TOWN, new BigDecimal("80"))).isFalse();
        assertThat(perRegion.required(RENHE_TOWN)).isEqualByComparingTo("100");
        assertThat(perRegion.behind(Credential.INTERMEDIATE, RENHE_TOWN, new BigDecimal("99.5"))).isTrue();
        assertThat(perRegion.behind(Credential.INTERMEDIATE, RENHE_TOWN, new BigDecimal("100"))).isFalse();
        assertThat(perRegion.required(WUHOU)).isEqualByComparingTo("90");
        assertThat(perRegion.behind(Credential.ASSISTANT, WUHOU, new BigDecimal("89.5"))).isTrue();
        assertThat(perRegion.behind(Credential.ASSISTANT, WUHOU, new BigDecimal("90"))).isFalse();
        assertThat(perRegion.behind(Credential.NONE, MIYI_TOWN, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void aMisconfiguredRegionOrNegativeHoursStopTheStart() {
        assertThatThrownBy(() -> new TrainingPolicy(new WorkforceProperties(null,
                List.of(new WorkforceProperties.TrainingHours("51x4", BigDecimal.TEN))))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TrainingPolicy(new WorkforceProperties(null,
                List.of(new WorkforceProperties.TrainingHours("5104", new BigDecimal("-1"))))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TrainingPolicy(new WorkforceProperties(new BigDecimal("-5"), null)))
                .isInstanceOf(IllegalStateException.class);
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
