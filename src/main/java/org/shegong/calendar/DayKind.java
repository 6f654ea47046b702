package org.shegong.calendar;

/** What a schedule entry makes of its day. */
public enum DayKind {
    /** A holiday rest day (放假), also when it falls on a weekday. */
    REST,
    /** A make-up working day (调休上班日), always a Saturday or Sunday. */
    WORK
}
