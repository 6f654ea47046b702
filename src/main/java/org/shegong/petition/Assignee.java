package org.shegong.petition;

import java.time.Instant;

/** A staff member assigned to a petition in one of its units: besides the petition office, they alone see the case. */
record Assignee(long accountId, String username, long unitId, Instant at) {
}
