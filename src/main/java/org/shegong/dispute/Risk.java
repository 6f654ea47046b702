package org.shegong.dispute;

/** How likely a dispute is to worsen; {@code VIOLENCE} is reported to the police at once (人民调解法 §25). */
public enum Risk {
    LOW, MEDIUM, HIGH, VIOLENCE
}
