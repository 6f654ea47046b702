package org.shegong.calendar;

/** Whether a year's national schedule is the published one or computed from the statutory holidays. */
public enum YearStatus {
    OFFICIAL,
    PROVISIONAL
}
