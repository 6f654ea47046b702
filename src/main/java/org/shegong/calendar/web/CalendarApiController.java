package org.shegong.calendar.web;

import org.shegong.SignedIn;
import org.shegong.calendar.CalendarStep;
import org.shegong.calendar.CalendarRoute;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.CalendarManagement;
import org.shegong.calendar.CalendarYear;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.ScheduledDay;
import org.shegong.calendar.WorkingCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    record DeadlineView(LocalDate deadline, Instant dueAt, boolean provisional, String rule, String explanation,
            String explanationEn) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.date(), d.dueAt(), d.provisional(), d.rule().toString(), d.explanation(), d.explanationEn());
        }
    }

    record YearSummary(int year, String status, @Nullable String source, @Nullable Instant loadedAt,
            @Nullable String loadedBy, long restDays, long workDays) {
        static YearSummary of(CalendarYear y) {
            return new YearSummary(y.year(), y.status().name(), y.source(), y.loadedAt(), y.loadedBy(), y.restDays(), y.workDays());
        }
    }

    record DayView(LocalDate date, String kind, String name, @Nullable String regionCode) {
        static DayView of(ScheduledDay d) {
            return new DayView(d.date(), d.kind().name(), d.name(), d.regionCode());
        }
    }

    record YearView(int year, String status, @Nullable String source, @Nullable Instant loadedAt,
            @Nullable String loadedBy, List<DayView> days) {
        static YearView of(CalendarYear y) {
            return new YearView(y.year(), y.status().name(), y.source(), y.loadedAt(), y.loadedBy(),
                    y.days().stream().map(DayView::of).toList());
        }
    }

    private final WorkingCalendar calendar;
    private final CalendarManagement management;

    CalendarApiController(WorkingCalendar calendar, CalendarManagement management) {
        this.calendar = calendar;
        this.management = management;
    }

    /** {@code from} plus {@code workingDays} or {@code calendarDays} (with roll-over), optionally in a region. */
    @GetMapping("/deadline")
    @SignedIn
    DeadlineView deadline(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String workingDays,
            @RequestParam(required = false) @Nullable String calendarDays,
            @RequestParam(required = false) @Nullable String region) {
        LocalDate start = CalendarInput.date("from", from);
        DeadlineRule rule = CalendarInput.rule(workingDays, calendarDays);
        return DeadlineView.of(calendar.apply(rule, start, CalendarInput.region(region)));
    }

    @GetMapping("/years")
    @SignedIn
    List<YearSummary> years() {
        return management.years().stream().map(YearSummary::of).toList();
    }

    @GetMapping("/years/{year}")
    @SignedIn
    YearView year(@PathVariable int year) {
        return YearView.of(management.year(year));
    }

    /** Replaces the year's whole schedule (national and regional entries) and marks it official. */
    @PutMapping("/years/{year}")
    @CalendarRoute(CalendarStep.EDIT_SCHEDULE)
    YearView replace(@PathVariable int year, @RequestBody(required = false) @Nullable List<CalendarInput.DayForm> days,
            @RequestParam(required = false) @Nullable String source, Principal principal) {
        if (days == null || days.isEmpty()) {
            throw new InvalidInput("days", "calendar.day.required");
        }
        List<ScheduledDay> entries = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            entries.add(CalendarInput.day("days[" + i + "]", days.get(i)));
        }
        return YearView.of(management.replaceYear(year, entries, source == null ? "API" : source, principal.getName()));
    }
}
