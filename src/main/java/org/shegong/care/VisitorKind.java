package org.shegong.care;

/** Who visits: a grid worker or a social worker (staff accounts), or a volunteer recorded by name and number. */
public enum VisitorKind {
    GRID_WORKER, SOCIAL_WORKER, VOLUNTEER
}
