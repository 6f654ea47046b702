package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class AssessmentPolicyUnitTests {

    static UnitFigures unit(long id, String name, long dispatched, long onTime, long calledBack, long resolved, long satisfied,
            long basic) {
        return new UnitFigures(id, name, "510107000000", dispatched, onTime, calledBack, resolved, satisfied, basic, 0, 0, 0);
    }

    // A: 8 of 10 accepted on time, 6 of 8 called back resolved, 5 satisfied + 2 basically satisfied of 8
    static final UnitFigures A = unit(1, "甲街道", 10, 8, 8, 6, 5, 2);
    static final UnitFigures B = unit(2, "乙街道", 6, 6, 5, 5, 5, 0);
    static final UnitFigures FEW_DISPATCHED = unit(3, "丙街道", 3, 3, 3, 3, 3, 0);
    static final UnitFigures FEW_CALLED_BACK = unit(4, "丁局", 10, 10, 4, 4, 4, 0);

    @Test
    void computesEachRateAsHandComputed() {
        RankedUnit a = AssessmentPolicy.rank(List.of(A), new Weights(20, 40, 40, 80, 5)).get(0);
        assertThat(a.response()).isEqualTo(80.0);
        assertThat(a.resolution()).isEqualTo(75.0);
        // (5 + 2 × 0.8) / 8 = 82.5 %
        assertThat(a.satisfaction()).isEqualTo(82.5);
        // 0.2 × 80 + 0.4 × 75 + 0.4 × 82.5 = 79
        assertThat(a.score()).isEqualTo(79.0);
        assertThat(a.rank()).isEqualTo(1);
    }

    @Test
    void weightsAndTheCreditForBasicallySatisfiedChangeTheScore() {
        RankedUnit a = AssessmentPolicy.rank(List.of(A), new Weights(50, 25, 25, 100, 5)).get(0);
        assertThat(a.satisfaction()).isEqualTo(87.5);
        // 0.5 × 80 + 0.25 × 75 + 0.25 × 87.5 = 80.625
        assertThat(a.score()).isEqualTo(80.63);
    }

    @Test
    void unitsBelowTheMinimumSampleAreShownButNotRanked() {
        List<RankedUnit> ranked = AssessmentPolicy.rank(List.of(FEW_DISPATCHED, A, FEW_CALLED_BACK, B),
                new Weights(20, 40, 40, 80, 5));
        assertThat(ranked).extracting(r -> r.figures().unitName()).containsExactly("乙街道", "甲街道", "丁局", "丙街道");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, null, null);
        assertThat(ranked.get(3).response()).isEqualTo(100.0);
        assertThat(ranked.get(3).score()).isNull();

        List<RankedUnit> lowerBar = AssessmentPolicy.rank(List.of(FEW_DISPATCHED, A), new Weights(20, 40, 40, 80, 3));
        assertThat(lowerBar).extracting(RankedUnit::rank).containsExactly(1, 2);
    }

    @Test
    void equalScoresShareAPlace() {
        UnitFigures twin = unit(5, "戊街道", 10, 8, 8, 6, 5, 2);
        List<RankedUnit> ranked = AssessmentPolicy.rank(List.of(A, B, twin), new Weights(20, 40, 40, 80, 5));
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2);
    }

    @Test
    void weightsMustSumToOneHundredPercent() {
        assertThatThrownBy(() -> new Weights(30, 40, 40, 80, 5)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("insight.weights.sum");
        assertThatThrownBy(() -> new Weights(-10, 60, 50, 80, 5)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Weights(20, 40, 40, 120, 5)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InsightProperties(30, 30, 30, 80, 5, 10)).isInstanceOf(IllegalStateException.class);
    }
}
