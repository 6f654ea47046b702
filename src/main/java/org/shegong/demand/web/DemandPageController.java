package org.shegong.demand.web;

import org.shegong.SignedIn;
import org.shegong.Anyone;
import org.shegong.demand.DemandStep;
import org.shegong.demand.DemandRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandQueries;
import org.shegong.demand.Exclusion;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitId;
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

    private final org.shegong.region.RegionDirectory regions;
    private final List<org.shegong.demand.CallerFlags> callerFlags;

    private final org.shegong.demand.IntakeJudgement judgement;
    private final org.shegong.demand.MergeManagement merges;
    private final org.shegong.demand.IntakeRecords intakeRecords;

    DemandPageController(DemandManagement demands, DemandQueries queries, UnitManagement units,
            org.shegong.duty.CategoryCatalogue categories, org.shegong.identity.PiiVault vault,
            org.shegong.region.RegionDirectory regions, List<org.shegong.demand.CallerFlags> callerFlags,
            org.shegong.demand.IntakeJudgement judgement, org.shegong.demand.MergeManagement merges,
            org.shegong.demand.IntakeRecords intakeRecords) {
        this.intakeRecords = intakeRecords;
        this.judgement = judgement;
        this.merges = merges;
        this.regions = regions;
        this.callerFlags = callerFlags;
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
    String submit(@AuthenticationPrincipal StaffPrincipal me, SubmitDemand form, Model model, HttpServletResponse response,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String itemCode,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String suggested,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String emergency,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable Long mergeInto,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable List<Long> notRepeatOf) {
        try {
            var submitted = demands.submit(form, me, null);
            // the intake has committed: what was suggested and chosen, and a merge taken from the suggestions, follow
            // it and never undo it
            try {
                judgement.recordChoice(submitted.id(), itemCode, suggested, emergency);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DemandPageController.class).warn("suggestion not recorded: {}", e.toString());
            }
            // repeats the operator refused in the suggestions ("不是重复"): pair lessons, never offered again
            for (Long other : notRepeatOf == null ? List.<Long>of() : notRepeatOf.stream().distinct().limit(20).toList()) {
                try {
                    if (other != null && !other.equals(mergeInto)) {
                        merges.refuse(me, submitted.id(), new DemandId(other));
                    }
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(DemandPageController.class).warn("refusal not recorded: {}", e.toString());
                }
            }
            if (mergeInto != null) {
                try {
                    merges.merge(me, submitted.id(), new DemandId(mergeInto));
                } catch (RuntimeException e) {
                    return "redirect:/demands/" + submitted.id() + "?created&mergeRefused";
                }
            }
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
        List<org.shegong.demand.CallerFlags.Flag> flags = new java.util.ArrayList<>();
        try {
            var number = new org.shegong.identity.MobileNumber(phone);
            rows = queries.callerHistory(me.scope(), vault.blindIndex(org.shegong.identity.PiiKind.MOBILE, number.value()), 10);
            callerFlags.forEach(source -> flags.addAll(source.flagsFor(number, me.scope())));
        } catch (InvalidInput notYetAPhoneNumber) {
            // the operator is still typing: show nothing
        }
        model.addAttribute("rows", rows);
        model.addAttribute("flags", flags);
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
        var p = demands.photo(me.scope(), new DemandId(id), seq);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=600")
                .body(p.bytes());
    }

    @GetMapping("/demands/{id}")
    @SignedIn
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        var demand = demands.find(me, new DemandId(id));
        model.addAttribute("d", demand);
        // the place by its names, province down (a grid's code is shown by its village)
        model.addAttribute("regionPath", regions.ancestors(org.shegong.region.RegionCode.of(demand.regionCode().substring(0, 12)))
                .stream().map(org.shegong.region.Region::name).collect(java.util.stream.Collectors.joining(" ")));
        var proposal = demand.may("DISPATCH") ? demands.proposal(me.scope(), new DemandId(id)).orElse(null) : null;
        model.addAttribute("proposal", proposal);
        model.addAttribute("missingUnit", proposal == null ? null : MissingUnit.of(proposal));
        model.addAttribute("photoCount", demands.photoCount(me.scope(), new DemandId(id)));
        model.addAttribute("me", me);
        model.addAttribute("units", demand.may("DISPATCH") ? units.search(me.scope(), "", 300) : List.of());
        model.addAttribute("exclusions", Exclusion.values());
        // in re-dispatching an upheld return the category (item) may be corrected
        model.addAttribute("catalogue", demand.may("RECATEGORISE") ? categories.tree() : List.of());
        model.addAttribute("catalogueItems", demand.may("RECATEGORISE") ? categories.itemsByCategory() : java.util.Map.of());
        model.addAttribute("intake", intakeRecords.of(me.scope(), new DemandId(id)).orElse(null));
        model.addAttribute("unitNames", java.util.stream.Stream.concat(demand.orders().stream().map(o -> o.unitId()),
                        demand.summoned().stream().map(x -> x.unitId())).distinct()
                .collect(java.util.stream.Collectors.toMap(u -> u, u -> units.byId(UnitId.of(u)).map(v -> v.name()).orElse("#" + u))));
        model.addAttribute("departments", !demand.may("WHISTLE") ? List.of() : units.search(org.shegong.region.Scope.of(
                me.unitRegion().ancestorAt(org.shegong.region.RegionLevel.COUNTY)), "", 300).stream()
                .filter(u -> u.kind() == org.shegong.identity.UnitKind.FUNCTIONAL_DEPARTMENT).toList());
        return "demand/detail";
    }

    /**
     * The unit the proposal names but that is not registered yet: the form then preselects nobody (one click must not
     * misroute the demand) and links to creating it, with name, kind and region filled in.
     */
    record MissingUnit(String name, org.shegong.identity.UnitKind kind, String regionCode) {

        static @org.jspecify.annotations.Nullable MissingUnit of(org.shegong.duty.DispatchProposal p) {
            if (p.leadUnitId() != null) {
                return null;
            }
            // without a matching item the county government coordinates; otherwise the township office leads
            return p.manualDispatch()
                    ? new MissingUnit(p.leadName(), org.shegong.identity.UnitKind.GOVERNMENT,
                            p.township().ancestorAt(org.shegong.region.RegionLevel.COUNTY).value())
                    : new MissingUnit(p.leadName(), org.shegong.identity.UnitKind.TOWNSHIP_OFFICE, p.township().value());
        }
    }

    // ---- one route per step, each the thin twin of its API route (same DemandManagement method) ----

    @PostMapping("/demands/{id}/dispatch")
    @DemandRoute(DemandStep.DISPATCH)
    String dispatch(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) List<Long> coHandlerUnitIds,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String categoryCode, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.dispatch(me, new DemandId(id), new DemandManagement.Dispatch(
                leadUnitId == null ? -1 : leadUnitId, coHandlerUnitIds == null ? List.of() : coHandlerUnitIds, text,
                categoryCode)));
    }

    @PostMapping("/demands/{id}/answer-on-spot")
    @DemandRoute(DemandStep.ANSWER_ON_SPOT)
    String answerOnSpot(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.answerOnSpot(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/exclude")
    @DemandRoute(DemandStep.EXCLUDE)
    String exclude(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) Exclusion exclusion, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.exclude(me, new DemandId(id), exclusion, text));
    }

    @PostMapping("/demands/{id}/accept")
    @DemandRoute(DemandStep.ACCEPT)
    String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.accept(me, new DemandId(id)));
    }

    @PostMapping("/demands/{id}/reply")
    @DemandRoute(DemandStep.REPLY)
    String reply(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.reply(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/return")
    @DemandRoute(DemandStep.RETURN)
    String returnOrder(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.returnOrder(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/uphold-return")
    @DemandRoute(DemandStep.UPHOLD_RETURN)
    String upholdReturn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.upholdReturn(me, new DemandId(id)));
    }

    @PostMapping("/demands/{id}/refuse-return")
    @DemandRoute(DemandStep.REFUSE_RETURN)
    String refuseReturn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.refuseReturn(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/extension")
    @DemandRoute(DemandStep.REQUEST_EXTENSION)
    String requestExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) LocalDate until, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.requestExtension(me, new DemandId(id), until, text));
    }

    @PostMapping("/demands/{id}/approve-extension")
    @DemandRoute(DemandStep.APPROVE_EXTENSION)
    String approveExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.approveExtension(me, new DemandId(id)));
    }

    @PostMapping("/demands/{id}/reject-extension")
    @DemandRoute(DemandStep.REJECT_EXTENSION)
    String rejectExtension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.rejectExtension(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/supervise")
    @DemandRoute(DemandStep.SUPERVISE)
    String supervise(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.supervise(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/whistle")
    @DemandRoute(DemandStep.WHISTLE)
    String whistle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) List<Long> departmentIds, @RequestParam(required = false) LocalDateTime reportBy,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.blowWhistle(me, new DemandId(id),
                (departmentIds == null ? List.<Long>of() : departmentIds).stream()
                        .map(u -> new DemandManagement.Summon(u, reportBy == null ? null
                                : reportBy.atZone(org.shegong.calendar.Deadline.ZONE).toInstant()))
                        .toList(), text));
    }

    @PostMapping("/demands/{id}/report-in")
    @DemandRoute(DemandStep.REPORT_IN)
    String reportIn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.reportIn(me, new DemandId(id), text));
    }

    @PostMapping("/demands/{id}/close")
    @DemandRoute(DemandStep.CLOSE)
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> demands.close(me, new DemandId(id)));
    }

    /** Takes the step and shows the demand again; bad input shows it with the message (400), nothing changed. */
    private String step(StaffPrincipal me, long id, Model model, HttpServletResponse response, Runnable step) {
        try {
            step.run();
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
