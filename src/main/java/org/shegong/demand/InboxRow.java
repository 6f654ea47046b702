package org.shegong.demand;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a unit's inbox or a supervision board: a work order (or an undispatched demand) and its deadline. */
@Schema(name = "DemandInboxRow")
public record InboxRow(DemandId demandId, String trackingCode, DemandKind kind, DemandStatus status, String categoryCode,
        String matter, String regionCode, Instant receivedAt, @Nullable Long unitId, @Nullable String orderRole,
        @Nullable String orderStatus, Instant dueAt, boolean dueSoon, boolean overdue) {

    /** For deadline colours: red overdue, amber due soon, otherwise normal. */
    public String urgency() {
        return overdue ? "overdue" : dueSoon ? "due-soon" : "normal";
    }
}
