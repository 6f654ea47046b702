package org.shegong.demand;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may take which {@link DemandStep} on a demand now: role × scope × relation × state, decided here once
 * (docs/decisions/0005-permissions.md). Every transition of {@link DemandManagement}, {@link CallBackManagement}
 * and {@link MergeManagement} calls {@link #require} first, so a page form and its API twin cannot disagree;
 * {@link #allowed} is what the views carry, so a template shows a form only when its step would be taken.
 *
 * <p>Relations: the hotline's steps are for operators and administrators whose region holds the demand; a
 * work order's steps for the unit holding it (returning and extensions for the lead only); supervision,
 * extensions and reopening for the administrators of the demand's region — never for the person or the unit
 * that asked for the extension; the whistle for the lead township; reporting in for a summoned department.
 * The caller has already loaded the demand within their scope (an out-of-scope id is 404 before any of this).
 */
@Component
class DemandPermissions {

    /** The steps taken on a demand (the rest — submit, queues, Open311 administration — concern no single demand). */
    static final Set<DemandStep> ON_A_DEMAND = EnumSet.complementOf(EnumSet.of(DemandStep.SUBMIT, DemandStep.VIEW_QUEUE,
            DemandStep.MANAGE_OPEN311_KEYS, DemandStep.PUBLISH_OPEN311_CATEGORY, DemandStep.VOLUNTEER_SERVICE,
            DemandStep.RECOMPUTE_DEADLINE));

    private static final Set<DemandStatus> OPEN = EnumSet.of(DemandStatus.RECEIVED, DemandStatus.RETURNED,
            DemandStatus.DISPATCHED, DemandStatus.ACCEPTED);

    private final Clock clock;

    DemandPermissions(Clock clock) {
        this.clock = clock;
    }

    /** Every step {@code me} may take on {@code d} now: permitted by role and relation, and possible in its state. */
    Set<DemandStep> allowed(StaffPrincipal me, Demand d) {
        Set<DemandStep> out = EnumSet.noneOf(DemandStep.class);
        for (DemandStep step : ON_A_DEMAND) {
            if (refusal(me, d, step).isEmpty() && possible(me, d, step)) {
                out.add(step);
            }
        }
        return out;
    }

    /**
     * Refuses, with the rule, a step {@code me} may not take on {@code d} by role or relation. Whether the step
     * is possible in the demand's state is the aggregate's to say (400 naming the state rule).
     */
    void require(StaffPrincipal me, Demand d, DemandStep step) {
        Optional<NotPermitted> refused = refusal(me, d, step);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** For steps that concern no single demand (submitting): the role level. */
    void require(StaffPrincipal me, DemandStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("identity.rule.role", label(step));
        }
    }

    Optional<NotPermitted> refusal(StaffPrincipal me, Demand d, DemandStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return refuse("identity.rule.role", step);
        }
        return switch (step) {
            case DISPATCH, ANSWER_ON_SPOT, EXCLUDE, CLOSE, UPHOLD_RETURN, REFUSE_RETURN, CALL_BACK, MERGE, REFUSE_MERGE, RECATEGORISE ->
                    operatorOf(me, d) ? Optional.empty() : refuse("demand.rule.operator", step);
            case ACCEPT, REPLY -> activeOrder(me, d) != null ? Optional.empty() : refuse("demand.rule.handlerUnit", step);
            case RETURN, REQUEST_EXTENSION -> isLead(me, d) ? Optional.empty() : refuse("demand.rule.leadUnit", step);
            case APPROVE_EXTENSION, REJECT_EXTENSION -> {
                // 接诉即办工作条例 §15: an extension is approved by the supervisor, never by whoever asked for it
                Optional<TimelineEntry> request = d.extensionRequest();
                if (request.isPresent() && (request.get().actor().equals(me.username())
                        || Long.valueOf(me.unitId().value()).equals(request.get().actorUnitId()))) {
                    yield refuse("demand.rule.ownExtension", step);
                }
                yield supervisorOf(me, d) ? Optional.empty() : refuse("demand.rule.supervisor", step);
            }
            case SUPERVISE, DECIDE_REOPEN -> supervisorOf(me, d) && !holdsAnOrder(me, d) ? Optional.empty()
                    : refuse("demand.rule.supervisor", step);
            case WHISTLE -> isLead(me, d) && me.has(Role.TOWNSHIP_STAFF) ? Optional.empty()
                    : refuse("demand.rule.leadTownship", step);
            case REPORT_IN -> d.summoned().containsKey(me.unitId().value()) ? Optional.empty() : refuse("demand.rule.summoned", step);
            case SUBMIT, VIEW_QUEUE, MANAGE_OPEN311_KEYS, PUBLISH_OPEN311_CATEGORY -> Optional.empty();
            case VOLUNTEER_SERVICE, RECOMPUTE_DEADLINE -> refuse("demand.rule.platformOnly", step);
        };
    }

    /** Whether the step can be taken in the demand's present state (the aggregate's rules, asked in advance). */
    private boolean possible(StaffPrincipal me, Demand d, DemandStep step) {
        DemandStatus status = d.status();
        WorkOrder mine = activeOrder(me, d);
        return switch (step) {
            case DISPATCH -> (status == DemandStatus.RECEIVED || status == DemandStatus.RETURNED)
                    && d.returnAwaitingDecision().isEmpty();
            case ANSWER_ON_SPOT -> status == DemandStatus.RECEIVED && d.kind() == DemandKind.ENQUIRY;
            case EXCLUDE -> status == DemandStatus.RECEIVED;
            case CLOSE -> status == DemandStatus.REPLIED;
            case UPHOLD_RETURN, REFUSE_RETURN -> d.returnAwaitingDecision().isPresent();
            case ACCEPT -> mine != null && mine.status() == WorkOrder.Status.DISPATCHED;
            case RETURN -> mine != null && mine.role() == WorkOrder.Role.LEAD && mine.status() == WorkOrder.Status.DISPATCHED
                    && !mine.designated() && clock.instant().isBefore(mine.returnBy());
            case REPLY -> mine != null && mine.status() == WorkOrder.Status.ACCEPTED;
            case REQUEST_EXTENSION, WHISTLE -> mine != null && mine.role() == WorkOrder.Role.LEAD
                    && mine.status() == WorkOrder.Status.ACCEPTED
                    && (step == DemandStep.WHISTLE || !d.extended() && d.requestedExtension() == null);
            case APPROVE_EXTENSION, REJECT_EXTENSION -> d.requestedExtension() != null;
            case SUPERVISE -> d.supervisable();
            case REPORT_IN -> d.summoned().containsKey(me.unitId().value()) && d.summoned().get(me.unitId().value()).reportedAt() == null;
            case CALL_BACK -> status == DemandStatus.REPLIED || (status == DemandStatus.DISPATCHED
                    || status == DemandStatus.ACCEPTED) && d.leadOrder().map(o -> !o.replyBy().isAfter(clock.instant()))
                            .orElse(false);
            case MERGE -> OPEN.contains(status);
            case REFUSE_MERGE -> status != DemandStatus.MERGED && status != DemandStatus.EXCLUDED;
            // a category is corrected only in re-dispatching a return the hotline upheld (the unit said it is not theirs)
            case RECATEGORISE -> status == DemandStatus.RETURNED && d.returnAwaitingDecision().isEmpty()
                    && d.timeline().stream().anyMatch(e -> e.step() == DemandStep.UPHOLD_RETURN);
            case DECIDE_REOPEN -> status == DemandStatus.REPLIED || status == DemandStatus.CLOSED;
            case SUBMIT, VIEW_QUEUE, MANAGE_OPEN311_KEYS, PUBLISH_OPEN311_CATEGORY, VOLUNTEER_SERVICE, RECOMPUTE_DEADLINE -> false;
        };
    }

    /** A hotline operator, or an administrator, whose region holds the demand. */
    private static boolean operatorOf(StaffPrincipal me, Demand d) {
        return (me.has(Role.HOTLINE_OPERATOR) || me.isAdministrator()) && regionHolds(me, d);
    }

    /** An administrator whose region (not a department's assignments) holds the demand. */
    private static boolean supervisorOf(StaffPrincipal me, Demand d) {
        return me.isAdministrator() && regionHolds(me, d);
    }

    private static boolean regionHolds(StaffPrincipal me, Demand d) {
        return !me.scope().assignedOnly() && me.scope().covers(d.region());
    }

    private static boolean isLead(StaffPrincipal me, Demand d) {
        return d.leadOrder().map(o -> o.unitId() == me.unitId().value()).orElse(false);
    }

    private static boolean holdsAnOrder(StaffPrincipal me, Demand d) {
        return activeOrder(me, d) != null;
    }

    private static @Nullable WorkOrder activeOrder(StaffPrincipal me, Demand d) {
        return d.orders().stream().filter(o -> o.unitId() == me.unitId().value() && o.status() != WorkOrder.Status.WITHDRAWN)
                .reduce((a, b) -> b).orElse(null);
    }

    private static Optional<NotPermitted> refuse(String rule, DemandStep step) {
        return Optional.of(new NotPermitted(rule, label(step)));
    }

    private static DefaultMessageSourceResolvable label(DemandStep step) {
        return new DefaultMessageSourceResolvable(new String[] { RouteDecisions.labelKey(step) }, step.name());
    }
}
