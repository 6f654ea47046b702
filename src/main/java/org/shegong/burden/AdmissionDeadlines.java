package org.shegong.burden;

import java.time.LocalDate;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The two deadlines of an admission application, counted on the working calendar (holidays and 调休 days):
 * the work may start no earlier than {@code leadWorkingDays} working days after the application, and the county
 * body decides within {@code decisionWorkingDays} working days.
 */
@Component
class AdmissionDeadlines {

    private final WorkingCalendar calendar;
    private final BurdenProperties properties;

    AdmissionDeadlines(WorkingCalendar calendar, BurdenProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    // DOMAIN §5 (居委会组织法 §20; 村（社区）工作事项准入): *default* 30 working days ahead of the start
    /** The first day the work may start for an application filed on {@code submittedOn}. */
    Deadline earliestStart(LocalDate submittedOn, String countyCode) {
        return calendar.addWorkingDays(submittedOn, properties.leadWorkingDays(), countyCode);
    }

    // DOMAIN §5: the county-level body decides within *default* 15 working days
    /** The last day of the county body's decision. */
    Deadline decideBy(LocalDate submittedOn, String countyCode) {
        return calendar.addWorkingDays(submittedOn, properties.decisionWorkingDays(), countyCode);
    }
}
