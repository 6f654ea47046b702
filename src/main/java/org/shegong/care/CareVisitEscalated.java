package org.shegong.care;

import java.time.Instant;

/**
 * A visit overdue for {@code days} days was escalated to the township (or the supervising unit): that unit is told.
 * Carries nothing sensitive.
 */
public record CareVisitEscalated(PersonId personId, long unitId, String groupName, String groupNameEn, String maskedName,
        Instant dueAt, int days) {
}
