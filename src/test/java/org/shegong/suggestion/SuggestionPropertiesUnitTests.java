package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendars;

class SuggestionPropertiesUnitTests {

    final SuggestionProperties properties = new SuggestionProperties(30, 0.6, Map.of("5101", 20, "510107", 15));

    @Test
    void aRegionUsesItsOwnNumberElseItsNearestAncestorsElseTheDefault() {
        assertThat(properties.feedbackDaysFor("510107005000")).isEqualTo(15);
        assertThat(properties.feedbackDaysFor("510104000000")).isEqualTo(20);
        assertThat(properties.feedbackDaysFor("510700000000")).isEqualTo(30);
        assertThat(new SuggestionProperties(30, 0.6, null).feedbackDaysFor("510107000000")).isEqualTo(30);
    }

    @Test
    void theFeedbackDeadlineFollowsTheRegionsSetting() {
        FeedbackDeadline deadline = new FeedbackDeadline(WorkingCalendars.seeded(), properties::feedbackDaysFor);
        var received = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, Deadline.ZONE).toInstant();
        assertThat(deadline.of(received, "510107005000").date()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(deadline.of(received, "510700000000").date()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void refusesNumbersOutsideOneToAYearAndKeysThatAreNotRegionPrefixes() {
        assertThatThrownBy(() -> new SuggestionProperties(0, 0.6, null)).hasMessageContaining("1–365");
        assertThatThrownBy(() -> new SuggestionProperties(30, 0.6, Map.of("5101", 366))).hasMessageContaining("5101");
        assertThatThrownBy(() -> new SuggestionProperties(30, 0.6, Map.of("成都", 20))).hasMessageContaining("prefixes");
        assertThatThrownBy(() -> new SuggestionProperties(30, 0, null)).hasMessageContaining("group-threshold");
        assertThat(new SuggestionProperties(365, 1, Map.of("51", 1)).feedbackDaysFor("510000000000")).isEqualTo(1);
    }
}
