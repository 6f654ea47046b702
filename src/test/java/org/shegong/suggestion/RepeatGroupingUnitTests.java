package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.text.ChineseText;

class RepeatGroupingUnitTests {

    final RepeatGrouping grouping = new RepeatGrouping(0.6);

    static List<String> w(String topic, String measures) {
        return RepeatGrouping.words(topic, measures);
    }

    static final List<String> ELEVATOR = w("建议加快老旧小区加装电梯", "简化老旧小区加装电梯审批流程，加大财政补贴力度，协调低层住户意见");
    static final List<String> ELEVATOR_AGAIN = w("老旧小区加装电梯的建议", "希望简化加装电梯的审批流程，提高财政补贴，做好低层住户协调");
    static final List<String> PARKING = w("老旧小区停车难", "利用小区周边空地建设立体停车场，错时开放机关单位停车位");
    static final List<String> ELEVATOR_MAINTENANCE = w("加强小区电梯维保监管", "建立电梯维保质量评价制度，定期公布维保单位检查结果");

    /** The same topic, a different proposal: not a repeat. */
    static final List<String> ELEVATOR_FUND = w("老旧小区加装电梯", "设立加装电梯后期维护基金，明确产权人承担维保责任");
    static final List<String> ELEVATOR_SHORT = w("加装电梯", "简化审批流程，加大财政补贴");

    @Test
    void groupsARepeatWordedDifferently() {
        assertThat(ChineseText.similarity(ELEVATOR, ELEVATOR_AGAIN)).isGreaterThanOrEqualTo(0.6);
        assertThat(grouping.match(ELEVATOR_AGAIN, List.of(PARKING, ELEVATOR, ELEVATOR_MAINTENANCE), x -> x)).contains(ELEVATOR);
        assertThat(grouping.match(ELEVATOR_SHORT, List.of(PARKING, ELEVATOR), x -> x)).contains(ELEVATOR);
    }

    @Test
    void keepsNearMissesApart() {
        assertThat(grouping.match(PARKING, List.of(ELEVATOR, ELEVATOR_MAINTENANCE), x -> x)).isEmpty();
        assertThat(grouping.match(ELEVATOR_MAINTENANCE, List.of(ELEVATOR, PARKING), x -> x)).isEmpty();
        assertThat(grouping.match(ELEVATOR_FUND, List.of(ELEVATOR, ELEVATOR_MAINTENANCE), x -> x)).isEmpty();
    }

    @Test
    void groupsAWholeBatchByLeads() {
        int[] lead = grouping.groupAll(List.of(ELEVATOR, PARKING, ELEVATOR_AGAIN, ELEVATOR_MAINTENANCE, ELEVATOR_SHORT,
                ELEVATOR_FUND));
        assertThat(lead).containsExactly(0, 1, 0, 3, 0, 5);
    }
}
