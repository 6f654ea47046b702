package org.shegong.demand.web;

import org.shegong.SignedIn;
import org.shegong.Anyone;
import org.shegong.demand.DemandStep;
import org.shegong.demand.DemandRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.demand.CallBackManagement;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandView;
import org.shegong.demand.MergeManagement;
import org.shegong.demand.Repeat;
import org.shegong.demand.Satisfaction;
import org.shegong.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** After the reply: the call-back queue, reopen decisions, repeats and merging — pages and API; the citizen's rating. */
@Controller
class FollowUpController {


    private final CallBackManagement callBacks;
    private final MergeManagement merges;
    private final DemandManagement demands;

    FollowUpController(CallBackManagement callBacks, MergeManagement merges, DemandManagement demands) {
        this.demands = demands;
        this.callBacks = callBacks;
        this.merges = merges;
    }

    // ---- pages ----

    @GetMapping("/demands/callbacks")
    @DemandRoute(DemandStep.CALL_BACK)
    String queue(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", callBacks.queue(me.scope(), 200));
        model.addAttribute("satisfactions", Satisfaction.values());
        return "demand/callbacks";
    }

    @PostMapping("/demands/{id}/callback")
    @DemandRoute(DemandStep.CALL_BACK)
    String callBack(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean reached,
            @RequestParam(required = false) Boolean resolved, @RequestParam(required = false) Satisfaction satisfaction,
            @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        try {
            if (reached) {
                callBacks.record(me, new DemandId(id), resolved, satisfaction, comment);
            } else {
                callBacks.notReached(me, new DemandId(id));
            }
            return "redirect:/demands/callbacks";
        } catch (InvalidInput e) {
            error(model, response, e);
            return queue(me, model);
        }
    }

    @GetMapping("/demands/reopens")
    @DemandRoute(DemandStep.DECIDE_REOPEN)
    String reopens(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", callBacks.reopenRequests(me.scope(), 200));
        return "demand/reopens";
    }

    @PostMapping("/demands/{id}/reopen")
    @DemandRoute(DemandStep.DECIDE_REOPEN)
    String decideReopen(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean approve,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            if (approve) {
                callBacks.approveReopen(me, new DemandId(id), reason);
            } else {
                callBacks.rejectReopen(me, new DemandId(id), reason);
            }
            return "redirect:/demands/reopens";
        } catch (InvalidInput e) {
            error(model, response, e);
            return reopens(me, model);
        }
    }

    /** htmx: call-back rounds, likely repeats and merges shown on a demand's page. */
    @GetMapping("/demands/{id}/follow-up")
    @SignedIn
    String followUp(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("rounds", callBacks.rounds(me.scope(), new DemandId(id)));
        model.addAttribute("repeats", merges.repeatsOf(me.scope(), new DemandId(id)));
        model.addAttribute("parent", merges.parentOf(new DemandId(id)).orElse(null));
        model.addAttribute("decisions", merges.decisions(me.scope(), new DemandId(id)));
        model.addAttribute("d", demands.find(me, new DemandId(id)));
        return "demand/follow-up :: panel";
    }

    /** htmx: a "likely repeats" badge for a row of a demand list, loaded when the row scrolls into view. */
    @GetMapping("/demands/{id}/repeats/badge")
    @SignedIn
    String repeatBadge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("count", merges.repeatsOf(me.scope(), new DemandId(id)).size());
        return "demand/repeat-badge";
    }

    @PostMapping("/demands/{id}/merge")
    @DemandRoute(DemandStep.MERGE)
    String merge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long parentId) {
        merges.merge(me, new DemandId(id), new DemandId(parentId));
        return "redirect:/demands/" + id;
    }

    /** "不是重复": the operator refuses a likely repeat shown on the demand's page (same method as the API route). */
    @PostMapping("/demands/{id}/not-repeat")
    @DemandRoute(DemandStep.REFUSE_MERGE)
    String refuseMerge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam long otherId) {
        merges.refuse(me, new DemandId(id), new DemandId(otherId));
        return "redirect:/demands/" + id;
    }

    @GetMapping("/public/rate")
    @Anyone
    String rateForm(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("code", code);
        return "demand/public-rate";
    }

    @PostMapping("/public/rate")
    @Anyone
    String rate(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String lastFour,
            @RequestParam(required = false) Boolean resolved, @RequestParam(required = false) Satisfaction satisfaction,
            @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("code", code);
        try {
            boolean found = callBacks.rateOnline(code, lastFour, resolved, satisfaction, comment).isPresent();
            model.addAttribute(found ? "rated" : "notFound", true);
            if (!found) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
            }
        } catch (InvalidInput e) {
            error(model, response, e);
        }
        return "demand/public-rate";
    }

    private static void error(Model model, HttpServletResponse response, InvalidInput e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    // ---- API ----

    record CallBackBody(boolean reached, @Nullable Boolean resolved, @Nullable Satisfaction satisfaction,
            @Nullable String comment) {
    }

    record ReasonBody(@Nullable String reason) {
    }

    record MergeBody(long parentId) {
    }

    record RefuseBody(long otherId) {
    }

    record CheckBody(@Nullable String categoryCode, @Nullable String regionCode, @Nullable Double lat, @Nullable Double lng,
            @Nullable String matter) {
    }

    @GetMapping("/api/v1/demands/callbacks")
    @DemandRoute(DemandStep.CALL_BACK)
    @ResponseBody
    List<CallBackManagement.QueueRow> apiQueue(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "100") int limit) {
        return callBacks.queue(me.scope(), limit);
    }

    @PostMapping("/api/v1/demands/{id}/callback")
    @DemandRoute(DemandStep.CALL_BACK)
    @ResponseBody
    CallBackManagement.RoundView apiCallBack(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody CallBackBody body) {
        return body.reached() ? callBacks.record(me, new DemandId(id), body.resolved(), body.satisfaction(), body.comment())
                : callBacks.notReached(me, new DemandId(id));
    }

    @GetMapping("/api/v1/demands/{id}/callbacks")
    @SignedIn
    @ResponseBody
    List<CallBackManagement.RoundView> apiRounds(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return callBacks.rounds(me.scope(), new DemandId(id));
    }

    @GetMapping("/api/v1/demands/reopens")
    @DemandRoute(DemandStep.DECIDE_REOPEN)
    @ResponseBody
    List<CallBackManagement.ReopenRow> apiReopens(@AuthenticationPrincipal StaffPrincipal me) {
        return callBacks.reopenRequests(me.scope(), 200);
    }

    @PostMapping("/api/v1/demands/{id}/reopen/approve")
    @DemandRoute(DemandStep.DECIDE_REOPEN)
    @ResponseBody
    DemandView apiApprove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ReasonBody body) {
        return callBacks.approveReopen(me, new DemandId(id), body.reason() == null ? "" : body.reason());
    }

    @PostMapping("/api/v1/demands/{id}/reopen/reject")
    @DemandRoute(DemandStep.DECIDE_REOPEN)
    @ResponseBody
    DemandView apiReject(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ReasonBody body) {
        return callBacks.rejectReopen(me, new DemandId(id), body.reason() == null ? "" : body.reason());
    }

    @GetMapping("/api/v1/demands/{id}/repeats")
    @SignedIn
    @ResponseBody
    List<Repeat> apiRepeats(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return merges.repeatsOf(me.scope(), new DemandId(id));
    }

    @PostMapping("/api/v1/demands/repeats/check")
    @DemandRoute(DemandStep.SUBMIT)
    @ResponseBody
    List<Repeat> apiCheck(@AuthenticationPrincipal StaffPrincipal me, @RequestBody CheckBody body) {
        return merges.check(me, body.categoryCode(), body.regionCode(), body.lat(), body.lng(), body.matter());
    }

    @PostMapping("/api/v1/demands/{id}/not-repeat")
    @DemandRoute(DemandStep.REFUSE_MERGE)
    @ResponseBody
    DemandView apiRefuseMerge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody RefuseBody body) {
        return merges.refuse(me, new DemandId(id), new DemandId(body.otherId()));
    }

    @GetMapping("/api/v1/demands/{id}/decisions")
    @SignedIn
    @ResponseBody
    List<org.shegong.demand.PairDecision> apiDecisions(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return merges.decisions(me.scope(), new DemandId(id));
    }

    @PostMapping("/api/v1/demands/{id}/merge")
    @DemandRoute(DemandStep.MERGE)
    @ResponseBody
    DemandView apiMerge(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody MergeBody body) {
        return merges.merge(me, new DemandId(id), new DemandId(body.parentId()));
    }
}
