package org.shegong.identity;

import org.jspecify.annotations.Nullable;

/** What is written to the audit log: who (account and unit), what, on which target, with which outcome. */
public record AuditEntry(String actor, @Nullable String actorUnit, String action, @Nullable String target,
        String outcome, @Nullable String detail, @Nullable String clientIp) {

    public static AuditEntry of(StaffPrincipal actor, String action, @Nullable String target, String outcome,
            @Nullable String detail) {
        return new AuditEntry(actor.username(), actor.unitName(), action, target, outcome, detail, null);
    }

    public AuditEntry withClientIp(@Nullable String ip) {
        return new AuditEntry(actor, actorUnit, action, target, outcome, detail, ip);
    }
}
