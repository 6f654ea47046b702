package org.shegong.demand;

/** How fast a demand must move: life/property emergencies, water/power/gas/heating, everything else. */
public enum TimeLimitClass {
    EMERGENCY, UTILITIES, ORDINARY
}
