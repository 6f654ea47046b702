package org.shegong.petition.web;

import java.util.Set;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Role;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a named step of the track for the API and the pages alike. Steps of the petition department (register,
 * classify, transfer, decide on objections, channel, forward, requests for review, supervision) need a petition
 * officer or an administrator; the handling organ's steps are checked against the organ by the aggregate.
 */
final class Steps {

    static final Set<String> OFFICE = Set.of("classify", "forward-opinion", "channel", "transfer", "agree-objection",
            "refuse-objection", "review-request", "re-review-request", "assignee", "accused-person", "major", "supervision");

    private Steps() {
    }

    static boolean isOfficer(StaffPrincipal me) {
        return me.has(Role.PETITION_OFFICER) || me.isAdministrator();
    }

    static PetitionView run(PetitionManagement petitions, StaffPrincipal me, long id, String action, Step s) {
        if (OFFICE.contains(action) && !isOfficer(me)) {
            throw new AccessDeniedException("petition officers only");
        }
        Integer v = s.version();
        return switch (action) {
            case "classify" -> petitions.classify(me, id, v, required(s.category(), "category", "petition.category.required"),
                    s.route(), s.organs());
            case "forward-opinion" -> petitions.forwardOpinion(me, id, v);
            case "channel" -> petitions.channel(me, id, v, s.notice());
            case "transfer" -> petitions.transfer(me, id, v, required(s.unitId(), "unitId", "petition.organ.unknown"), s.mode());
            case "object" -> petitions.object(me, id, v, s.reason());
            case "agree-objection" -> petitions.agreeObjection(me, id, v, s.note());
            case "refuse-objection" -> petitions.refuseObjection(me, id, v, s.note());
            case "accept" -> petitions.accept(me, id, v);
            case "decline" -> petitions.decline(me, id, v, s.reason());
            case "extension" -> petitions.requestExtension(me, id, v, s.days() == null ? 0 : s.days(), s.reason());
            case "extension-approval" -> petitions.approveExtension(me, id, v, s.head());
            case "execution" -> petitions.recordExecution(me, id, v, s.note());
            case "settle" -> petitions.settle(me, id, v, s.agreement());
            case "decision" -> petitions.decide(me, id, v, s.outcome(), s.facts(), s.reasons(), s.legalBasis());
            case "review-request" -> petitions.requestReview(me, id, v,
                    required(s.unitId(), "unitId", "petition.organ.unknown"), s.requestedOn());
            case "review-decision" -> petitions.decideReview(me, id, v, s.outcome(), s.facts(), s.reasons(), s.legalBasis());
            case "re-review-request" -> petitions.requestReReview(me, id, v,
                    required(s.unitId(), "unitId", "petition.organ.unknown"), s.requestedOn());
            case "hearing" -> petitions.recordHearing(me, id, v, s.days() == null ? 0 : s.days(), s.note());
            case "re-review-decision" -> petitions.decideReReview(me, id, v, s.outcome(), s.facts(), s.reasons(),
                    s.legalBasis());
            case "accused-person" -> petitions.nameAccusedPerson(me, id, v,
                    required(s.accountId(), "accountId", "petition.text.required"));
            case "assignee" -> petitions.assign(me, id, v, required(s.accountId(), "accountId", "petition.text.required"));
            case "major" -> petitions.flagMajor(me, id, v, s.reason());
            case "supervision" -> petitions.supervise(me, id, v, s.note());
            default -> throw new NotFound("petition step", action);
        };
    }

    private static <T> T required(T value, String field, String key) {
        if (value == null) {
            throw new InvalidInput(field, key, "");
        }
        return value;
    }
}
