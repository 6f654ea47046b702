package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.calendar.DeadlineRule;

class DemandPropertiesUnitTests {

    @Test
    void aConfiguredOverrideChangesOnlyItsRegionAndKind() {
        var props = new DemandProperties("", List.of(new DemandProperties.TimeLimit("5101", null, DemandKind.COMPLAINT, null,
                null, null, "WORKING_DAYS(10)", null, null, "成都市规定")));
        TimeLimitPolicy policy = props.policy();
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "510107005000", null).handling())
                .isEqualTo(DeadlineRule.workingDays(10));
        assertThat(policy.limitsFor(DemandKind.HELP, TimeLimitClass.ORDINARY, "510107005000", null).handling())
                .isEqualTo(DeadlineRule.workingDays(7));
        assertThat(policy.limitsFor(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, "513400000000", null).handling())
                .isEqualTo(DeadlineRule.workingDays(15));
    }

    @Test
    void aMalformedRegionPrefixOrRuleStopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> new DemandProperties("", List.of(new DemandProperties.TimeLimit("成都", null, null, null, null,
                null, "WORKING_DAYS(10)", null, null, "x"))).policy()).hasMessageContaining("region-prefix");
        assertThatThrownBy(() -> new DemandProperties("", List.of(new DemandProperties.TimeLimit("5101", null, null, null, null,
                null, "ten days", null, null, "x"))).policy()).hasMessageContaining("not a deadline rule");
    }
}
