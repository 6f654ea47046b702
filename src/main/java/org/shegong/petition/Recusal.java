package org.shegong.petition;

import java.time.Instant;

/**
 * 信访工作条例 §28: a staff member's declaration of a direct interest in a petition; or (§30 ¶3, §46) a staff member
 * named as accused in a 检举控告 ({@code accused}). Either way they can neither see the case nor be assigned to it.
 */
record Recusal(long accountId, String username, String reason, Instant at, boolean accused) {
}
