package org.shegong.petition;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A written decision — 信访处理意见书, 复查意见 or 复核意见 (信访工作条例 §32, §35, §36): outcome, the facts
 * found, the reasons and the legal basis, each required.
 */
@Schema(name = "PetitionDecision")
public record Decision(Outcome outcome, String facts, String reasons, String legalBasis, Instant decidedAt) {

    static Decision of(Outcome outcome, String facts, String reasons, String legalBasis, Instant at) {
        if (outcome == null) {
            throw new org.shegong.InvalidInput("outcome", "petition.decision.outcome");
        }
        // 信访工作条例 §32: 信访处理意见书 states the facts, the reasons and the legal basis
        String f = PetitionRules.text(facts, "facts", "petition.decision.facts", 5000);
        String r = PetitionRules.text(reasons, "reasons", "petition.decision.reasons", 5000);
        String b = PetitionRules.text(legalBasis, "legalBasis", "petition.decision.legalBasis", 2000);
        return new Decision(outcome, f, r, b, at);
    }

    /** Which decision: 信访处理意见书 (§32), 复查意见 (§35) or 复核意见 (§36); a stored row's {@code stage}. */
    enum Stage {
        HANDLING, REVIEW, RE_REVIEW
    }
}
