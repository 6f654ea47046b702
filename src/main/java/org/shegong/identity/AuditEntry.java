package org.shegong.identity;

import org.jspecify.annotations.Nullable;

/** What is written to the audit log: who (account and unit), what, on which target, with which outcome. */
public record AuditEntry(String actor, @Nullable String actorUnit, String action, @Nullable String target,
        String outcome, @Nullable String detail, @Nullable String clientIp) {

    /** Longer values are cut so that any attempt, however large its input, is still written (and indexed). */
    static final int MAX_ACTOR = 200, MAX_TARGET = 500, MAX_DETAIL = 4000, MAX_SHORT = 100;

    public AuditEntry {
        actor = clip(actor, MAX_ACTOR);
        actorUnit = clip(actorUnit, MAX_ACTOR);
        action = clip(action, MAX_SHORT);
        target = clip(target, MAX_TARGET);
        outcome = clip(outcome, MAX_SHORT);
        detail = clip(detail, MAX_DETAIL);
        clientIp = clip(clientIp, MAX_SHORT);
    }

    /** PostgreSQL text cannot hold NUL; a cut value ends in "…" so a reader sees it was cut. */
    static @Nullable String clip(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.replace('\u0000', '\uFFFD');
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    public static AuditEntry of(StaffPrincipal actor, String action, @Nullable String target, String outcome,
            @Nullable String detail) {
        return new AuditEntry(actor.username(), actor.unitName(), action, target, outcome, detail, null);
    }

    public AuditEntry withClientIp(@Nullable String ip) {
        return new AuditEntry(actor, actorUnit, action, target, outcome, detail, ip);
    }
}
