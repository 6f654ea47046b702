package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;

class AwardRoundUnitTests {

    static AwardRound round(String grades) {
        return new AwardRound(new AwardRoundId(1), 2026, "2026年度优秀人民建议", AwardRound.parseGrades(grades), "510107000000", Map.of(), null,
                null, 1);
    }

    static SuggestionId id(long value) {
        return new SuggestionId(value);
    }

    @Test
    void aGradeTakesExactlyItsQuotaAndNotOneMore() {
        AwardRound r = round("一等奖=1; 二等奖=2").grant(id(10), "二等奖").grant(id(11), "二等奖");
        assertThat(r.given("二等奖")).isEqualTo(2);
        assertThatThrownBy(() -> r.grant(id(12), "二等奖")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("suggestion.award.quota");
        // the other grade still has its own quota
        assertThat(r.grant(id(12), "一等奖").given("一等奖")).isEqualTo(1);
    }

    @Test
    void regradingASuggestionFreesItsFormerGradeAndItHoldsOneGradePerRound() {
        AwardRound r = round("一等奖=1; 二等奖=1").grant(id(10), "二等奖").grant(id(10), "一等奖");
        assertThat(r.awards()).containsExactly(Map.entry(id(10), "一等奖"));
        assertThat(r.grant(id(11), "二等奖").given("二等奖")).isEqualTo(1);
        assertThatThrownBy(() -> r.grant(id(11), "一等奖")).hasMessageContaining("suggestion.award.quota");
    }

    @Test
    void refusesAGradeTheRoundDoesNotHave() {
        assertThatThrownBy(() -> round("一等奖=1").grant(id(10), "特等奖")).hasMessageContaining("suggestion.award.grade");
    }

    @Test
    void gradesAreTypedAsGradeEqualsQuotaWithinLimits() {
        assertThat(AwardRound.parseGrades("一等奖=3；二等奖：5\n三等奖=1000")).containsExactly(Map.entry("一等奖", 3),
                Map.entry("二等奖", 5), Map.entry("三等奖", 1000));
        for (String bad : List.of("", "一等奖", "一等奖=0", "一等奖=1001", "一等奖=1;一等奖=2", "=3",
                "a=1;b=1;c=1;d=1;e=1;f=1;g=1;h=1;i=1;j=1;k=1")) {
            assertThatThrownBy(() -> AwardRound.parseGrades(bad)).as(bad).hasMessageContaining("suggestion.award.grades");
        }
        assertThat(AwardRound.parseGrades("a=1;b=1;c=1;d=1;e=1;f=1;g=1;h=1;i=1;j=1")).hasSize(10);
    }

    @Test
    void aPanelOfAtLeastThreeDecidesAndThenNothingChanges() {
        AwardRound r = round("一等奖=2").grant(id(10), "一等奖");
        assertThatThrownBy(() -> r.decide(List.of("张", "李", " "), Instant.EPOCH)).hasMessageContaining("suggestion.award.panel");
        assertThatThrownBy(() -> r.decide(List.of("张", "李", "张"), Instant.EPOCH)).hasMessageContaining("suggestion.award.panel");
        AwardRound decided = r.decide(List.of("张", "李", "王"), Instant.EPOCH);
        assertThat(decided.panel()).containsExactly("张", "李", "王");
        assertThatThrownBy(() -> decided.grant(id(11), "一等奖")).hasMessageContaining("suggestion.award.decided");
        assertThatThrownBy(() -> decided.withdraw(id(10))).hasMessageContaining("suggestion.award.decided");
        assertThatThrownBy(() -> round("一等奖=1").decide(List.of("张", "李", "王"), Instant.EPOCH))
                .hasMessageContaining("suggestion.award.empty");
    }
}
