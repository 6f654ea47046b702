package org.shegong.demand.web;

import org.shegong.SignedIn;
import org.shegong.Anyone;
import org.shegong.demand.DemandStep;
import org.shegong.demand.DemandRoute;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandView;
import org.shegong.demand.Exclusion;
import org.shegong.demand.SubmitDemand;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 接诉即办 REST API: intake with Idempotency-Key, each lifecycle step, and citizen tracking. */
@RestController
class DemandApiController {

    private final DemandManagement demands;
    private final org.shegong.demand.DemandQueries queries;

    DemandApiController(DemandManagement demands, org.shegong.demand.DemandQueries queries) {
        this.demands = demands;
        this.queries = queries;
    }

    @PostMapping("/api/v1/demands")
    @DemandRoute(DemandStep.SUBMIT)
    ResponseEntity<DemandManagement.Submitted> submit(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody SubmitDemand body, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        var submitted = demands.submit(body, me, key);
        return ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(submitted);
    }

    @GetMapping("/api/v1/demands/inbox")
    @SignedIn
    List<org.shegong.demand.InboxRow> inbox(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "100") int limit) {
        return queries.inbox(me, open, limit);
    }

    @GetMapping("/api/v1/demands/queue")
    @DemandRoute(DemandStep.VIEW_QUEUE)
    List<org.shegong.demand.InboxRow> queue(Scope scope, @RequestParam(defaultValue = "100") int limit) {
        return queries.dispatchQueue(scope, limit);
    }

    @GetMapping("/api/v1/demands/board")
    @DemandRoute(DemandStep.VIEW_QUEUE)
    List<org.shegong.demand.InboxRow> board(Scope scope, @RequestParam(defaultValue = "100") int limit) {
        return queries.supervisionBoard(scope, limit);
    }

    @GetMapping("/api/v1/demands/whistles")
    @SignedIn
    List<org.shegong.demand.InboxRow> whistles(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "100") int limit) {
        return queries.whistles(me, limit);
    }

    @GetMapping("/api/v1/demands/{id}")
    @SignedIn
    DemandView get(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return demands.find(me, new DemandId(id));
    }

    @GetMapping("/api/v1/demands/{id}/proposal")
    @SignedIn
    ResponseEntity<?> proposal(Scope scope, @PathVariable long id) {
        return demands.proposal(scope, new DemandId(id)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record Text(@Nullable String text) {
        String value() {
            return text == null ? "" : text;
        }
    }

    @PostMapping("/api/v1/demands/{id}/dispatch")
    @DemandRoute(DemandStep.DISPATCH)
    DemandView dispatch(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody DemandManagement.Dispatch body) {
        return demands.dispatch(me, new DemandId(id), body);
    }

    @PostMapping("/api/v1/demands/{id}/answer-on-spot")
    @DemandRoute(DemandStep.ANSWER_ON_SPOT)
    DemandView answerOnSpot(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.answerOnSpot(me, new DemandId(id), body.value());
    }

    record ExclusionBody(@Nullable Exclusion exclusion, @Nullable String notice) {
    }

    @PostMapping("/api/v1/demands/{id}/exclude")
    @DemandRoute(DemandStep.EXCLUDE)
    DemandView exclude(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody ExclusionBody body) {
        return demands.exclude(me, new DemandId(id), body.exclusion(), body.notice() == null ? "" : body.notice());
    }

    @PostMapping("/api/v1/demands/{id}/accept")
    @DemandRoute(DemandStep.ACCEPT)
    DemandView accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return demands.accept(me, new DemandId(id));
    }

    @PostMapping("/api/v1/demands/{id}/reply")
    @DemandRoute(DemandStep.REPLY)
    DemandView reply(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.reply(me, new DemandId(id), body.value());
    }

    @PostMapping("/api/v1/demands/{id}/return")
    @DemandRoute(DemandStep.RETURN)
    DemandView returnOrder(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.returnOrder(me, new DemandId(id), body.value());
    }

    @PostMapping("/api/v1/demands/{id}/return/uphold")
    @DemandRoute(DemandStep.UPHOLD_RETURN)
    DemandView upholdReturn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return demands.upholdReturn(me, new DemandId(id));
    }

    @PostMapping("/api/v1/demands/{id}/return/refuse")
    @DemandRoute(DemandStep.REFUSE_RETURN)
    DemandView refuseReturn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.refuseReturn(me, new DemandId(id), body.value());
    }

    record ExtensionBody(@Nullable LocalDate until, @Nullable String reason) {
    }

    @PostMapping("/api/v1/demands/{id}/extension")
    @DemandRoute(DemandStep.REQUEST_EXTENSION)
    DemandView requestExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody ExtensionBody body) {
        return demands.requestExtension(me, new DemandId(id), body.until(), body.reason() == null ? "" : body.reason());
    }

    @PostMapping("/api/v1/demands/{id}/extension/approve")
    @DemandRoute(DemandStep.APPROVE_EXTENSION)
    DemandView approveExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return demands.approveExtension(me, new DemandId(id));
    }

    @PostMapping("/api/v1/demands/{id}/extension/reject")
    @DemandRoute(DemandStep.REJECT_EXTENSION)
    DemandView rejectExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.rejectExtension(me, new DemandId(id), body.value());
    }

    @PostMapping("/api/v1/demands/{id}/supervise")
    @DemandRoute(DemandStep.SUPERVISE)
    DemandView supervise(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.supervise(me, new DemandId(id), body.value());
    }

    record WhistleBody(@Nullable List<DemandManagement.Summon> departments, @Nullable String matter) {
    }

    @PostMapping("/api/v1/demands/{id}/whistle")
    @DemandRoute(DemandStep.WHISTLE)
    DemandView whistle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody WhistleBody body) {
        return demands.blowWhistle(me, new DemandId(id), body.departments() == null ? List.of() : body.departments(),
                body.matter() == null ? "" : body.matter());
    }

    @PostMapping("/api/v1/demands/{id}/report-in")
    @DemandRoute(DemandStep.REPORT_IN)
    DemandView reportIn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Text body) {
        return demands.reportIn(me, new DemandId(id), body.value());
    }

    @PostMapping("/api/v1/demands/{id}/close")
    @DemandRoute(DemandStep.CLOSE)
    DemandView close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return demands.close(me, new DemandId(id));
    }

    /** Public: tracking code + last four phone digits. A wrong pair answers exactly like an unknown code. */
    @GetMapping("/api/v1/public/demands/track")
    @Anyone
    ResponseEntity<?> track(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String lastFour) {
        return demands.track(code, lastFour).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404,
                        "error", "查询码或手机号后四位不正确", "errorEn", "Tracking code or phone digits do not match")));
    }

}
