package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ToDoUnitTests {

    private static ToDo due(String localDateTime, boolean overdue) {
        var at = LocalDateTime.parse(localDateTime).atZone(ShegongApplication.ZONE).toInstant();
        return new ToDo("k", 1, at, overdue, "/demands/inbox");
    }

    @Test
    void aDayDeadlineReadsAsTwentyFourHundredOfItsLastDay() {
        // 民法典 §203: stored as the next day's 00:00, shown as the last day at 24:00
        ToDo t = due("2026-12-19T00:00", false);
        assertThat(t.deadlineText()).isEqualTo("2026-12-18 24:00");
        assertThat(t.lastDay()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void anHourDeadlineReadsAtItsMinuteOneMinuteAfterMidnightIsTheNextDay() {
        ToDo t = due("2026-12-19T00:01", false);
        assertThat(t.deadlineText()).isEqualTo("2026-12-19 00:01");
        assertThat(t.lastDay()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(new ToDo("k", 2, null, false, "/notices").deadlineText()).isEmpty();
    }

    @Test
    void overdueLinesComeFirstThenTheNearestDeadlineThenThoseWithout() {
        ToDo none = new ToDo("none", 1, null, false, "/notices");
        ToDo later = due("2026-12-20T00:00", false);
        ToDo sooner = due("2026-12-19T00:00", false);
        ToDo overdue = due("2026-12-21T00:00", true);
        assertThat(Stream.of(none, later, sooner, overdue).sorted(ToDo.URGENCY).toList())
                .isEqualTo(List.of(overdue, sooner, later, none));
    }

    @Test
    void aToDoLinksOnlyIntoThisSite() {
        assertThatThrownBy(() -> new ToDo("k", 1, null, false, "//evil.example/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToDo("k", 1, null, false, "https://evil.example")).isInstanceOf(IllegalArgumentException.class);
    }
}
