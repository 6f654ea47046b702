package org.shegong.care;

/** A person's risk as the visitor judges it; it sets how often they are visited ({@link VisitSchedule}). */
public enum Risk {
    HIGH, NORMAL, LOW
}
