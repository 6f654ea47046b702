package org.shegong.care;

import java.time.Instant;

/**
 * A planned visit is overdue: the responsible unit is told. Carries nothing sensitive — the group, a masked name and
 * where to read more (the person's page, opened only for those who may see them).
 */
public record CareVisitOverdue(PersonId personId, long unitId, String groupName, String groupNameEn, String maskedName,
        Instant dueAt) {
}
