package org.shegong.volunteer;

/** How dangerous an activity is. A risky one needs insurance first and is never open to minors. */
public enum Risk {
    LOW, HIGH
}
