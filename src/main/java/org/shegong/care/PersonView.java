package org.shegong.care;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A registered person as the viewer may see them: sealed values masked, a child's name masked unless the viewer needs
 * to know, the visit plan, visits, needs and the steps the viewer may take.
 */
public record PersonView(PersonId id, String name, String groupCode, String groupName, String groupNameEn, boolean sensitive,
        Risk risk, String residentIdMasked, int birthYear, @Nullable String phoneMasked, @Nullable String addressMasked,
        boolean hasNotes, String villageCode, String gridCode, @Nullable VisitorKind visitorKind,
        @Nullable String visitorName, @Nullable String visitorNumber, int visitDays, @Nullable Instant lastVisitAt,
        Instant nextDueAt, boolean overdue, @Nullable Instant escalatedAt, List<Visit> visits, List<Need> needs,
        Set<CareStep> allowed) {

    public boolean may(String step) {
        return allowed.contains(CareStep.valueOf(step));
    }

    /** One logged visit. */
    public record Visit(long id, Instant visitedAt, String place, String seen, String needs, String visitorName,
            boolean onTime, boolean hasPhoto) {
    }

    /** A need found on a visit and where it went. */
    public record Need(long id, @Nullable Long visitId, String description, @Nullable NeedKind kind, String status,
            @Nullable Long demandId, @Nullable String demandCode, @Nullable Long activityId, @Nullable String disputeRef,
            @Nullable String outcome, Instant createdAt, @Nullable Instant doneAt) {
    }
}
