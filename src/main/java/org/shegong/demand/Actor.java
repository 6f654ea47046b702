package org.shegong.demand;

/** Who performs a step: the staff account's user name and unit. */
public record Actor(String username, long unitId) {
}
