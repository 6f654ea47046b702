package org.shegong.petition;

import java.time.Instant;

/** 信访工作条例 §28: a staff member's declaration of a direct interest in a petition. */
record Recusal(long accountId, String username, String reason, Instant at) {
}
