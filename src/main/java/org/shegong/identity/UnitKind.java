package org.shegong.identity;

/** Kinds of unit (单位). A functional department sees the cases assigned to it; the others see their region. */
public enum UnitKind {
    SOCIAL_WORK_DEPARTMENT,
    GOVERNMENT,
    FUNCTIONAL_DEPARTMENT,
    TOWNSHIP_OFFICE,
    VILLAGE_COMMITTEE,
    STATION
}
