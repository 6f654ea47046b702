package org.shegong.petition;

import static org.shegong.petition.PetitionStep.*;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Who may take which step on a petition now (decision 0005): state × role × scope × relation, decided here once for the
 * API, the pages and the templates.
 * <ul>
 * <li><b>Petition office</b> (信访工作机构): a petition officer or an administrator whose region holds the petition, or who
 * sits in one of the case's units; for a 检举控告 whose accused are not yet named, only that of the registering organ's
 * region (信访工作条例 §30 ¶3). It registers, sorts, transfers, decides objections, registers review requests, assigns,
 * names the accused, flags and supervises.</li>
 * <li><b>Assigned staff</b> of the handling, review or re-review organ (or that organ's own petition office) take that
 * organ's steps; the one who asked for an extension cannot approve it (§34).</li>
 * <li>An accused unit or person, and staff who recused (§28, §46), take no step: the case is hidden from them (404).</li>
 * </ul>
 * {@link #require} decides the person (403 naming the rule); the petition itself then refuses a step its state does not
 * allow (400 naming the statutory rule). {@link #allowed} combines both, for the forms a page shows.
 */
final class PetitionPermissions {

    static final Set<PetitionStep> OFFICE = EnumSet.of(CLASSIFY, FORWARD_OPINION, CHANNEL, TRANSFER, AGREE_OBJECTION,
            REFUSE_OBJECTION, REVIEW_REQUEST, RE_REVIEW_REQUEST, ASSIGN, NAME_ACCUSED, MARK_MAJOR, SUPERVISE);
    static final Set<PetitionStep> HANDLING = EnumSet.of(OBJECT, ACCEPT, DECLINE, REQUEST_EXTENSION, APPROVE_EXTENSION,
            SETTLE, DECIDE, RECORD_EXECUTION);
    static final Set<PetitionStep> REVIEWING = EnumSet.of(DECIDE_REVIEW);
    static final Set<PetitionStep> RE_REVIEWING = EnumSet.of(RECORD_HEARING, DECIDE_RE_REVIEW);
    static final Set<PetitionStep> ANY_VIEWER = EnumSet.of(VIEW, ATTACH, RECUSE);

    private PetitionPermissions() {
    }

    /** The steps {@code me} may take on {@code p} now; empty if the petition is hidden from them. */
    static Set<PetitionStep> allowed(Petition p, StaffPrincipal me) {
        Set<PetitionStep> out = EnumSet.noneOf(PetitionStep.class);
        for (PetitionStep step : PetitionStep.values()) {
            if (refusal(p, me, step) == null && stateAllows(p, me, step)) {
                out.add(step);
            }
        }
        return out;
    }

    /** Refuses with 403 naming the rule when {@code me} may not take {@code step} on {@code p}, whatever its state. */
    static void require(Petition p, StaffPrincipal me, PetitionStep step) {
        if (!visible(p, me)) {
            // a petition hidden from the caller stays 404, never a hint that it exists
            throw new NotFound("petition", p.id() == null ? 0 : p.id().value());
        }
        NotPermitted refused = refusal(p, me, step);
        if (refused != null) {
            throw refused;
        }
    }

    /** Whether the petition is visible to {@code me}: the same predicate as {@link Viewer#VISIBLE}, for a loaded petition. */
    static boolean visible(Petition p, StaffPrincipal me) {
        if (p.recused().stream().anyMatch(r -> r.accountId() == me.accountId().value())) {
            return false; // 信访工作条例 §28
        }
        if (p.category() == Category.ACCUSATION && p.organs().contains(me.unitId().value())) {
            return false; // 信访工作条例 §46: never to the accused unit
        }
        return office(p, me) || p.assigned(me.accountId().value(), me.unitId().value());
    }

    /** The petition office for this petition (see the class comment). */
    static boolean office(Petition p, StaffPrincipal me) {
        if (!Viewer.hasPetitionRole(me)) {
            return false;
        }
        Scope scope = me.scope();
        boolean inScope = (!scope.assignedOnly() && covers(scope, p.regionCode())) || p.caseUnits().contains(me.unitId().value());
        if (!inScope) {
            return false;
        }
        // 信访工作条例 §30 ¶3: until the accused are named, only the registering organ's petition office sees an accusation
        if (p.category() == Category.ACCUSATION && !p.accusedNamed()) {
            return p.receivingUnitId() == me.unitId().value() || (!scope.assignedOnly() && covers(scope, p.receivingRegion()));
        }
        return true;
    }

    private static boolean covers(Scope scope, String code) {
        try {
            return scope.covers(RegionCode.of(code));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Staff of {@code unit} acting for it on this case: assigned to it there, or that unit's own petition office. */
    private static boolean actsFor(@Nullable Long unit, Petition p, StaffPrincipal me) {
        return unit != null && unit == me.unitId().value() && (p.assigned(me.accountId().value(), unit) || Viewer.hasPetitionRole(me));
    }

    private static @Nullable NotPermitted refusal(Petition p, StaffPrincipal me, PetitionStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return new NotPermitted(step.roleRule(), label(step));
        }
        if (!visible(p, me)) {
            return new NotPermitted("petition.rule.hidden", label(step));
        }
        if (OFFICE.contains(step)) {
            return office(p, me) ? null : new NotPermitted("petition.rule.office", label(step));
        }
        if (HANDLING.contains(step)) {
            if (!actsFor(p.handlingUnitId(), p, me)) {
                return new NotPermitted("petition.rule.handler", label(step));
            }
            // 信访工作条例 §34: 经本机关、单位负责人批准 — the one who asked cannot approve
            if (step == APPROVE_EXTENSION && p.extensionApprovedBy() == null
                    && p.extensionRequester().filter(me.username()::equals).isPresent()) {
                return new NotPermitted("petition.extension.selfApproval");
            }
            return null;
        }
        if (REVIEWING.contains(step)) {
            return actsFor(p.reviewUnitId(), p, me) ? null : new NotPermitted("petition.rule.reviewer", label(step));
        }
        if (RE_REVIEWING.contains(step)) {
            return actsFor(p.reReviewUnitId(), p, me) ? null : new NotPermitted("petition.rule.reReviewer", label(step));
        }
        if (ANY_VIEWER.contains(step)) {
            return null;
        }
        // registration, statistics and the platform's own records are not steps on a petition
        return new NotPermitted("petition.rule.notOnRecord", label(step));
    }

    /** The state part, for showing a form only when the petition would accept it (the petition itself enforces it). */
    private static boolean stateAllows(Petition p, StaffPrincipal me, PetitionStep step) {
        PetitionStatus s = p.status();
        Route route = p.route();
        boolean onTrack = p.category() == Category.ACCUSATION
                || (p.category() == Category.CLAIM && route != null && route.entersTrack());
        return switch (step) {
            case VIEW, RECUSE -> true;
            case CLASSIFY -> s == PetitionStatus.REGISTERED;
            case FORWARD_OPINION -> s == PetitionStatus.REGISTERED && p.category() == Category.OPINION;
            case CHANNEL -> s == PetitionStatus.REGISTERED && p.category() == Category.CLAIM && route != null
                    && !route.entersTrack();
            case TRANSFER -> (s == PetitionStatus.REGISTERED || s == PetitionStatus.OBJECTED) && onTrack;
            case AGREE_OBJECTION, REFUSE_OBJECTION -> s == PetitionStatus.OBJECTED;
            case OBJECT, ACCEPT, DECLINE -> s == PetitionStatus.TRANSFERRED;
            case REQUEST_EXTENSION -> s == PetitionStatus.ACCEPTED && p.extensionDays() == null;
            case APPROVE_EXTENSION -> s == PetitionStatus.ACCEPTED && p.extensionDays() != null
                    && p.extensionApprovedBy() == null;
            case SETTLE, DECIDE -> s == PetitionStatus.ACCEPTED;
            case RECORD_EXECUTION -> p.decision() != null && p.decision().outcome() == Outcome.UPHOLD && p.executedAt() == null;
            case REVIEW_REQUEST -> s == PetitionStatus.DECIDED;
            case RE_REVIEW_REQUEST -> s == PetitionStatus.REVIEWED;
            case DECIDE_REVIEW -> s == PetitionStatus.UNDER_REVIEW;
            case RECORD_HEARING, DECIDE_RE_REVIEW -> s == PetitionStatus.UNDER_RE_REVIEW;
            case ASSIGN, SUPERVISE, ATTACH -> !s.closed();
            case NAME_ACCUSED -> p.category() == Category.ACCUSATION && !s.closed();
            case MARK_MAJOR -> !p.major();
            case REGISTER, READ_STATISTICS, RATE, ISSUE_DOCUMENT, NOTE_REPEAT, RECOMPUTE_DEADLINE -> false;
        };
    }

    static DefaultMessageSourceResolvable label(PetitionStep step) {
        return new DefaultMessageSourceResolvable(new String[] { RouteDecisions.labelKey(step) }, step.name());
    }
}
