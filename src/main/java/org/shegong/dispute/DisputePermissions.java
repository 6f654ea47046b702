package org.shegong.dispute;

import java.util.EnumSet;
import java.util.Set;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.PetitionId;
import org.shegong.petition.PetitionManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may take which {@link DisputeStep} on which dispute (docs/decisions/0005-permissions.md): regional staff whose
 * region holds the dispute see it (functional departments do not: disputes are not assigned to them); a dispute that
 * came from a petition of the kind 检举控告 is seen only by those the petition module lets see that petition
 * (信访工作条例 §30 ¶3: nothing about an accuser reaches the accused). The mediator's and escalation steps belong to the
 * level that holds the dispute now or above it: once a village hands a dispute to the township, the village no longer
 * mediates it. Outside the scope: 404.
 */
@Component
class DisputePermissions {

    private static final Set<DisputeStep> HOLDER = EnumSet.of(DisputeStep.MEDIATE, DisputeStep.ESCALATE);

    private final PetitionManagement petitions;
    private final TransactionTemplate apart;

    DisputePermissions(PetitionManagement petitions, PlatformTransactionManager transactions) {
        this.petitions = petitions;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * Whether another module's lookup finds the record for the caller. The lookup runs outside the caller's transaction:
     * its {@code NotFound} ends only its own transaction, never marks ours for rollback.
     */
    boolean finds(Runnable lookup) {
        return Boolean.TRUE.equals(apart.execute(status -> {
            try {
                lookup.run();
                return true;
            } catch (NotFound e) {
                return false;
            }
        }));
    }

    boolean visible(StaffPrincipal me, Disputes.Row d) {
        if (me.scope().assignedOnly() || !me.scope().covers(d.region())) {
            return false;
        }
        return !d.confidential() || seesPetition(me, d.petitionId());
    }

    /** Whether the petition module shows {@code me} this petition (its own visibility rule, never re-implemented). */
    boolean seesPetition(StaffPrincipal me, Long petitionId) {
        if (petitionId == null) {
            return false;
        }
        return finds(() -> petitions.find(me, new PetitionId(petitionId)));
    }

    /** The steps {@code me} may take on the dispute now (role, holder and state). */
    Set<DisputeStep> allowed(StaffPrincipal me, Disputes.Row d) {
        Set<DisputeStep> out = EnumSet.noneOf(DisputeStep.class);
        if (!visible(me, d)) {
            return out;
        }
        for (DisputeStep step : DisputeStep.values()) {
            if (refusal(me, d, step) == null && stateAllows(d, step)) {
                out.add(step);
            }
        }
        return out;
    }

    /** 404 outside the scope, 403 naming the rule; a step impossible in the state is the caller's 400. */
    void require(StaffPrincipal me, Disputes.Row d, DisputeStep step) {
        if (!visible(me, d)) {
            throw new NotFound("dispute", d.id());
        }
        String rule = refusal(me, d, step);
        if (rule != null) {
            throw new NotPermitted(rule);
        }
    }

    /** The role level, for steps on no record yet. */
    void require(StaffPrincipal me, DisputeStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("dispute.rule.role");
        }
    }

    private static String refusal(StaffPrincipal me, Disputes.Row d, DisputeStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            return "dispute.rule.role";
        }
        if (HOLDER.contains(step) && !me.scope().covers(d.holderRegion())) {
            return "dispute.rule.holder";
        }
        return null;
    }

    private static boolean stateAllows(Disputes.Row d, DisputeStep step) {
        return switch (step) {
            case MEDIATE -> d.status().open();
            case ESCALATE -> d.holderLevel() != Level.COUNTY && (d.status() == DisputeStatus.REGISTERED
                    || d.status() == DisputeStatus.MEDIATING || d.status() == DisputeStatus.FAILED);
            case FOLLOW_UP -> d.status() == DisputeStatus.EFFECTIVE;
            case REPORT_POLICE -> d.policeReportedAt() == null && d.status() != DisputeStatus.PERFORMED;
            case VIEW -> true;
            default -> false;
        };
    }
}
