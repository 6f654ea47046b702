package org.shegong.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored audit-log row, with its place in the hash chain. */
public record AuditRecord(long seq, Instant at, String actor, @Nullable String actorUnit, String action,
        @Nullable String target, String outcome, @Nullable String detail, @Nullable String clientIp,
        String prevHash, String hash) {

    /** The SM3 hash this row must carry given its predecessor's hash; any edited field changes it. */
    String expectedHash() {
        return AuditLog.chainHash(prevHash, seq, at, actor, actorUnit, action, target, outcome, detail, clientIp);
    }
}
