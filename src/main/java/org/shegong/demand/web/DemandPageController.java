package org.shegong.demand.web;

import org.shegong.SignedIn;
import org.shegong.Anyone;
import org.shegong.demand.DemandStep;
import org.shegong.demand.DemandRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandQueries;
import org.shegong.demand.Exclusion;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 接诉即办 pages: the operator workbench, the unit inbox, a demand's detail with its timeline, the supervision board. */
@Controller
class DemandPageController {

    private final DemandManagement demands;
    private final DemandQueries queries;
    private final UnitManagement units;

    private final org.shegong.duty.CategoryCatalogue categories;
    private final org.shegong.identity.PiiVault vault;

    DemandPageController(DemandManagement demands, DemandQueries queries, UnitManagement units,
            org.shegong.duty.CategoryCatalogue categories, org.shegong.identity.PiiVault vault) {
        this.categories = categories;
        this.vault = vault;
        this.demands = demands;
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/demands/workbench")
    @DemandRoute(DemandStep.VIEW_QUEUE)
    String workbench(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("queue", queries.dispatchQueue(me.scope(), 100));
        model.addAttribute("kinds", DemandKind.values());
        model.addAttribute("classes", TimeLimitClass.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("fields", categories.tree());
        return "demand/workbench";
    }

    @PostMapping("/demands")
    @DemandRoute(DemandStep.SUBMIT)
    String submit(@AuthenticationPrincipal StaffPrincipal me, SubmitDemand form, Model model, HttpServletResponse response) {
        try {
            var submitted = demands.submit(form, me, null);
            return "redirect:/demands/" + submitted.id() + "?created";
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return workbench(me, model);
        }
    }

    /** htmx: the caller's earlier demands while the operator types the number. */
    @GetMapping("/demands/caller-history")
    @DemandRoute(DemandStep.VIEW_QUEUE)
    String callerHistory(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String phone, Model model) {
        List<org.shegong.demand.InboxRow> rows = List.of();
        try {
            var number = new org.shegong.identity.MobileNumber(phone);
            rows = queries.callerHistory(me.scope(), vault.blindIndex(org.shegong.identity.PiiKind.MOBILE, number.value()), 10);
        } catch (InvalidInput notYetAPhoneNumber) {
            // the operator is still typing: show nothing
        }
        model.addAttribute("rows", rows);
        model.addAttribute("phone", phone);
        return "demand/caller-history :: history";
    }

    @GetMapping("/demands/inbox")
    @SignedIn
    String inbox(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("rows", queries.inbox(me, open, 200));
        model.addAttribute("open", open);
        return "demand/inbox";
    }

    @GetMapping("/demands/whistles")
    @SignedIn
    String whistles(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", queries.whistles(me, 200));
        return "demand/whistles";
    }

    @GetMapping("/demands/board")
    @DemandRoute(DemandStep.VIEW_QUEUE)
    String board(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", queries.supervisionBoard(me.scope(), 200));
        return "demand/board";
    }

    @GetMapping("/demands/{id}/photos/{seq}")
    @SignedIn
    org.springframework.http.ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @PathVariable int seq) {
        var p = demands.photo(me.scope(), id, seq);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=600")
                .body(p.bytes());
    }

    @GetMapping("/demands/{id}")
    @SignedIn
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        var demand = demands.find(me.scope(), id);
        model.addAttribute("d", demand);
        model.addAttribute("proposal", demands.proposal(me.scope(), id).orElse(null));
        model.addAttribute("photoCount", demands.photoCount(me.scope(), id));
        model.addAttribute("me", me);
        model.addAttribute("myOrder", demand.orders().stream()
                .filter(o -> o.unitId() == me.unitId() && !o.status().equals("WITHDRAWN")).reduce((a, b) -> b).orElse(null));
        model.addAttribute("units", units.search(me.scope(), "", 300));
        model.addAttribute("exclusions", Exclusion.values());
        model.addAttribute("summonedMe", demand.summoned().stream()
                .anyMatch(x -> x.unitId() == me.unitId() && x.reportedAt() == null));
        model.addAttribute("unitNames", java.util.stream.Stream.concat(demand.orders().stream().map(o -> o.unitId()),
                        demand.summoned().stream().map(x -> x.unitId())).distinct()
                .collect(java.util.stream.Collectors.toMap(u -> u, u -> units.byId(u).map(v -> v.name()).orElse("#" + u))));
        model.addAttribute("departments", units.search(org.shegong.region.Scope.of(me.unitRegion().ancestorAt(
                org.shegong.region.RegionLevel.COUNTY)), "", 300).stream()
                .filter(u -> u.kind() == org.shegong.identity.UnitKind.FUNCTIONAL_DEPARTMENT).toList());
        return "demand/detail";
    }

    @PostMapping("/demands/{id}/{action}")
    @DemandRoute({DemandStep.DISPATCH, DemandStep.ACCEPT, DemandStep.REPLY, DemandStep.RETURN, DemandStep.UPHOLD_RETURN, DemandStep.REFUSE_RETURN, DemandStep.REQUEST_EXTENSION, DemandStep.APPROVE_EXTENSION, DemandStep.REJECT_EXTENSION, DemandStep.SUPERVISE, DemandStep.ANSWER_ON_SPOT, DemandStep.EXCLUDE, DemandStep.REPORT_IN, DemandStep.WHISTLE, DemandStep.CLOSE})
    String act(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable String action,
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) Long leadUnitId,
            @RequestParam(required = false) List<Long> coHandlerUnitIds, @RequestParam(required = false) Exclusion exclusion,
            @RequestParam(required = false) LocalDate until, @RequestParam(required = false) List<Long> departmentIds,
            @RequestParam(required = false) java.time.LocalDateTime reportBy, Model model, HttpServletResponse response) {
        try {
            switch (action) {
                case "dispatch" -> demands.dispatch(me, id, new DemandManagement.Dispatch(leadUnitId == null ? -1 : leadUnitId,
                        coHandlerUnitIds == null ? List.of() : coHandlerUnitIds, text));
                case "accept" -> demands.accept(me, id);
                case "reply" -> demands.reply(me, id, text);
                case "return" -> demands.returnOrder(me, id, text);
                case "uphold-return" -> demands.upholdReturn(me, id);
                case "refuse-return" -> demands.refuseReturn(me, id, text);
                case "extension" -> demands.requestExtension(me, id, until, text);
                case "approve-extension" -> demands.approveExtension(me, id);
                case "reject-extension" -> demands.rejectExtension(me, id, text);
                case "supervise" -> demands.supervise(me, id, text);
                case "answer-on-spot" -> demands.answerOnSpot(me, id, text);
                case "exclude" -> demands.exclude(me, id, exclusion, text);
                case "report-in" -> demands.reportIn(me, id, text);
                case "whistle" -> demands.blowWhistle(me, id, (departmentIds == null ? List.<Long>of() : departmentIds).stream()
                        .map(u -> new DemandManagement.Summon(u, reportBy == null ? null
                                : reportBy.atZone(org.shegong.calendar.Deadline.ZONE).toInstant()))
                        .toList(), text);
                case "close" -> demands.close(me, id);
                default -> throw new org.shegong.NotFound("action", action);
            }
            return "redirect:/demands/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, id, model);
        }
    }

    @GetMapping("/public/track")
    @Anyone
    String track(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String lastFour, Model model) {
        model.addAttribute("code", code);
        if (!code.isBlank()) {
            model.addAttribute("searched", true);
            model.addAttribute("progress", demands.track(code, lastFour).orElse(null));
        }
        return "demand/track";
    }
}
