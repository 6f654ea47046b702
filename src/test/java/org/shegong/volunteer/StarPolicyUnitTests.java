package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarPolicyUnitTests {

    private final StarPolicy defaults = new StarPolicy(List.of());

    @Test
    void earnsEachDefaultStarExactlyAtItsThreshold() {
        String region = "510107005001";
        assertThat(defaults.stars(region, 0)).isZero();
        assertThat(defaults.stars(region, 100 * 60 - 1)).isZero();
        assertThat(defaults.stars(region, 100 * 60)).isEqualTo(1);
        assertThat(defaults.stars(region, 300 * 60 - 1)).isEqualTo(1);
        assertThat(defaults.stars(region, 300 * 60)).isEqualTo(2);
        assertThat(defaults.stars(region, 600 * 60 - 1)).isEqualTo(2);
        assertThat(defaults.stars(region, 600 * 60)).isEqualTo(3);
        assertThat(defaults.stars(region, 1000 * 60 - 1)).isEqualTo(3);
        assertThat(defaults.stars(region, 1000 * 60)).isEqualTo(4);
        assertThat(defaults.stars(region, 1500 * 60 - 1)).isEqualTo(4);
        assertThat(defaults.stars(region, 1500 * 60)).isEqualTo(5);
        assertThat(defaults.stars(region, 100_000 * 60)).isEqualTo(5);
    }

    @Test
    void tellsTheHoursToTheNextStarAndNothingAtTheTop() {
        assertThat(defaults.hoursToNext("510107005001", 0)).isEqualTo(100);
        assertThat(defaults.hoursToNext("510107005001", 99 * 60 + 1)).isEqualTo(1);
        assertThat(defaults.hoursToNext("510107005001", 100 * 60)).isEqualTo(200);
        assertThat(defaults.hoursToNext("510107005001", 1500 * 60)).isEqualTo(-1);
    }

    @Test
    void aRegionUsesItsOwnThresholdsTheLongestPrefixWinningAndOthersKeepTheDefault() {
        StarPolicy p = new StarPolicy(List.of(new VolunteerProperties.StarThresholds("5101", List.of(50, 200, 500)),
                new VolunteerProperties.StarThresholds("510107", List.of(20, 40))));
        assertThat(p.stars("510104017000", 50 * 60)).isEqualTo(1);
        assertThat(p.stars("510104017000", 50 * 60 - 1)).isZero();
        assertThat(p.stars("510107005001", 40 * 60)).isEqualTo(2);
        assertThat(p.stars("510107005001", 20 * 60 - 1)).isZero();
        assertThat(p.stars("511000000000", 50 * 60)).isZero();
        assertThat(p.stars("511000000000", 100 * 60)).isEqualTo(1);
    }

    @Test
    void refusesThresholdsThatDoNotRise() {
        assertThatThrownBy(() -> new StarPolicy(List.of(new VolunteerProperties.StarThresholds("51", List.of(100, 100)))))
                .isInstanceOf(IllegalStateException.class);
    }
}
