package org.shegong.dispute.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.dispute.Committees;
import org.shegong.dispute.Consent;
import org.shegong.dispute.DisputeId;
import org.shegong.dispute.DisputeKind;
import org.shegong.dispute.DisputeRegister;
import org.shegong.dispute.DisputeRoute;
import org.shegong.dispute.DisputeSource;
import org.shegong.dispute.DisputeStatistics;
import org.shegong.dispute.DisputeStep;
import org.shegong.dispute.DisputeView;
import org.shegong.dispute.Level;
import org.shegong.dispute.Mediation;
import org.shegong.dispute.NewDispute;
import org.shegong.dispute.Risk;
import org.shegong.dispute.Screenings;
import org.shegong.identity.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dispute pages: the register with its form, one dispute with the mediator's forms (shown only when the step is
 * allowed now), screening rounds for grid workers (phone first), committees and statistics. A refused input re-renders
 * the page with the reason in Chinese and English (400) and changes nothing.
 */
@Controller
class DisputePageController {

    private final DisputeRegister register;
    private final Mediation mediation;
    private final Screenings screenings;
    private final Committees committees;
    private final DisputeStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    DisputePageController(DisputeRegister register, Mediation mediation, Screenings screenings, Committees committees,
            DisputeStatistics statistics, MessageSource messages, Clock clock) {
        this.register = register;
        this.mediation = mediation;
        this.screenings = screenings;
        this.committees = committees;
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the register

    @GetMapping("/disputes")
    @DisputeRoute(DisputeStep.VIEW)
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) @Nullable String source, @RequestParam(required = false) @Nullable Long sourceId,
            Model model) {
        model.addAttribute("lines", register.list(me, open, 200));
        model.addAttribute("open", open);
        model.addAttribute("kinds", DisputeKind.values());
        model.addAttribute("risks", Risk.values());
        model.addAttribute("sources", Arrays.stream(DisputeSource.values()).filter(s -> s != DisputeSource.CARE_VISIT).toList());
        model.addAttribute("presetSource", source == null ? "WALK_IN" : source);
        model.addAttribute("presetSourceId", sourceId);
        model.addAttribute("defaultRegion", me.unitRegion().value());
        model.addAttribute("mayRegister", DisputeStep.REGISTER.allowsAnyOf(me.roles()));
        return "dispute/list";
    }

    @PostMapping("/disputes")
    @DisputeRoute(DisputeStep.REGISTER)
    String registerDispute(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable DisputeKind kind,
            @RequestParam(defaultValue = "") String facts, @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String place, @RequestParam(required = false) @Nullable Risk risk,
            @RequestParam(required = false) @Nullable DisputeSource source, @RequestParam(required = false) @Nullable Long sourceId,
            @RequestParam(defaultValue = "") String party1, @RequestParam(defaultValue = "") String party1Id,
            @RequestParam(defaultValue = "") String party2, @RequestParam(defaultValue = "") String party2Id,
            @RequestParam(defaultValue = "") String moreParties, @RequestParam(defaultValue = "") String policeReport,
            Model model, HttpServletResponse response) {
        List<NewDispute.Party> parties = new ArrayList<>();
        addParty(parties, party1, party1Id);
        addParty(parties, party2, party2Id);
        for (String line : moreParties.split("\\R")) {
            if (!line.isBlank()) {
                String[] f = line.split("[,，]", 2);
                addParty(parties, f[0], f.length > 1 ? f[1] : "");
            }
        }
        try {
            DisputeView d = register.register(me, new NewDispute(kind, facts, regionCode, place, risk, source, sourceId,
                    parties, policeReport));
            return "redirect:/disputes/" + d.id();
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problem", bilingual(e));
            return list(me, false, source == null ? null : source.name(), sourceId, model);
        }
    }

    private static void addParty(List<NewDispute.Party> parties, String name, String id) {
        if (!name.isBlank() || !id.isBlank()) {
            parties.add(new NewDispute.Party(name, id));
        }
    }

    @GetMapping("/disputes/{id}")
    @DisputeRoute(DisputeStep.VIEW)
    String dispute(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        DisputeView d = register.find(me, new DisputeId(id));
        model.addAttribute("d", d);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("consents", List.of(Consent.GIVEN, Consent.REFUSED, Consent.STOPPED));
        model.addAttribute("levels", Level.values());
        return "dispute/dispute";
    }

    /** Runs a step; on a refused input shows the dispute again with the reason (400), nothing changed. */
    private String step(StaffPrincipal me, long id, Model model, HttpServletResponse response, Supplier<DisputeView> step) {
        try {
            step.get();
            return "redirect:/disputes/" + id;
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problem", bilingual(e));
            return dispute(me, id, model);
        }
    }

    @PostMapping("/disputes/{id}/consents")
    @DisputeRoute(DisputeStep.MEDIATE)
    String consent(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer party, @RequestParam(required = false) @Nullable Consent consent,
            Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.recordConsent(me, new DisputeId(id), party, consent));
    }

    @PostMapping("/disputes/{id}/mediation")
    @DisputeRoute(DisputeStep.MEDIATE)
    String start(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.start(me, new DisputeId(id)));
    }

    @PostMapping("/disputes/{id}/sessions")
    @DisputeRoute(DisputeStep.MEDIATE)
    String session(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) @Nullable LocalDate heldOn, @RequestParam(defaultValue = "") String mediators,
            @RequestParam(defaultValue = "") String notes, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.recordSession(me, new DisputeId(id), heldOn, mediators, notes));
    }

    @PostMapping("/disputes/{id}/extension")
    @DisputeRoute(DisputeStep.MEDIATE)
    String extend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean bothAgree, @RequestParam(required = false) @Nullable Integer days,
            Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.extend(me, new DisputeId(id), bothAgree, days));
    }

    @PostMapping("/disputes/{id}/agreement")
    @DisputeRoute(DisputeStep.MEDIATE)
    String agree(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "") String facts,
            @RequestParam(defaultValue = "") String terms, @RequestParam(defaultValue = "") String performanceWay,
            @RequestParam(required = false) @Nullable LocalDate performBy, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.agree(me, new DisputeId(id), facts, terms, performanceWay, performBy));
    }

    @GetMapping("/disputes/{id}/agreement.pdf")
    @DisputeRoute(DisputeStep.VIEW)
    ResponseEntity<byte[]> agreementPdf(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return DisputeApiController.pdf(mediation.agreementPdf(me, new DisputeId(id)), id);
    }

    @PostMapping("/disputes/{id}/signing")
    @DisputeRoute(DisputeStep.MEDIATE)
    String sign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) @Nullable LocalDate effectiveOn,
            @RequestParam(defaultValue = "false") boolean partiesSigned, @RequestParam(defaultValue = "false") boolean mediatorSigned,
            @RequestParam(defaultValue = "false") boolean sealed, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.sign(me, new DisputeId(id), effectiveOn, partiesSigned, mediatorSigned, sealed));
    }

    @PostMapping("/disputes/{id}/failure")
    @DisputeRoute(DisputeStep.MEDIATE)
    String fail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.fail(me, new DisputeId(id), reason));
    }

    @PostMapping("/disputes/{id}/escalation")
    @DisputeRoute(DisputeStep.ESCALATE)
    String escalate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.escalate(me, new DisputeId(id), reason));
    }

    @PostMapping("/disputes/{id}/police")
    @DisputeRoute(DisputeStep.REPORT_POLICE)
    String police(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "") String report, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.reportPolice(me, new DisputeId(id), report));
    }

    @PostMapping("/disputes/{id}/confirmation")
    @DisputeRoute(DisputeStep.FOLLOW_UP)
    String confirmation(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) @Nullable LocalDate appliedOn, Model model, HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.requestConfirmation(me, new DisputeId(id), appliedOn));
    }

    @PostMapping("/disputes/{id}/performance")
    @DisputeRoute(DisputeStep.FOLLOW_UP)
    String performance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean performed, @RequestParam(defaultValue = "") String note, Model model,
            HttpServletResponse response) {
        return step(me, id, model, response, () -> mediation.recordPerformance(me, new DisputeId(id), performed, note));
    }

    // ---- screening

    @GetMapping("/disputes/screenings")
    @DisputeRoute(DisputeStep.VIEW)
    String screeningList(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rounds", screenings.list(me, 200));
        model.addAttribute("mayPlan", DisputeStep.PLAN_SCREENING.allowsAnyOf(me.roles()));
        model.addAttribute("today", LocalDate.now(clock));
        return "dispute/screenings";
    }

    @PostMapping("/disputes/screenings")
    @DisputeRoute(DisputeStep.PLAN_SCREENING)
    String plan(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String gridCode,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) @Nullable LocalDate periodStart,
            @RequestParam(required = false) @Nullable LocalDate periodEnd,
            @RequestParam(required = false) @Nullable Long assigneeAccountId, Model model, HttpServletResponse response) {
        try {
            Screenings.Round r = screenings.plan(me, gridCode, title, periodStart, periodEnd, assigneeAccountId);
            return "redirect:/disputes/screenings/" + r.id();
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problem", bilingual(e));
            return screeningList(me, model);
        }
    }

    @GetMapping("/disputes/screenings/{id}")
    @DisputeRoute(DisputeStep.VIEW)
    String screening(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("r", screenings.find(me, id));
        model.addAttribute("mayScreen", DisputeStep.SCREEN.allowsAnyOf(me.roles()));
        model.addAttribute("mayRegister", DisputeStep.REGISTER.allowsAnyOf(me.roles()));
        return "dispute/screening";
    }

    @PostMapping("/disputes/screenings/{id}/items")
    @DisputeRoute(DisputeStep.SCREEN)
    String mark(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String found, @RequestParam(defaultValue = "false") boolean hasDispute,
            Model model, HttpServletResponse response) {
        try {
            screenings.mark(me, id, target, found, hasDispute);
            return "redirect:/disputes/screenings/" + id;
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problem", bilingual(e));
            return screening(me, id, model);
        }
    }

    // ---- committees

    @GetMapping("/disputes/committees")
    @DisputeRoute(DisputeStep.VIEW)
    String committeeList(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("committees", committees.list(me.scope()));
        model.addAttribute("mayManage", DisputeStep.MANAGE_COMMITTEES.allowsAnyOf(me.roles()));
        model.addAttribute("today", LocalDate.now(clock));
        return "dispute/committees";
    }

    @PostMapping("/disputes/committees")
    @DisputeRoute(DisputeStep.MANAGE_COMMITTEES)
    String committee(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String members,
            @RequestParam(required = false) @Nullable LocalDate termStart, Model model, HttpServletResponse response) {
        try {
            committees.create(me, regionCode, name, Arrays.asList(members.split("[\\r\\n,，、]+")), termStart);
            return "redirect:/disputes/committees";
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problem", bilingual(e));
            return committeeList(me, model);
        }
    }

    // ---- statistics

    @GetMapping("/disputes/statistics")
    @DisputeRoute(DisputeStep.STATISTICS)
    String statisticsPage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String region,
            Model model) {
        var scope = statistics.within(me, region);
        DisputeStatistics.Figures f = statistics.figures(scope);
        model.addAttribute("f", f);
        model.addAttribute("region", scope.region().value());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("chartLabels", String.join("|", Arrays.stream(Level.values())
                .map(l -> messages.getMessage("dispute.level." + l.name(), null, l.name(), locale)).toList()));
        model.addAttribute("chartValues", String.join("|", Arrays.stream(Level.values())
                .map(l -> Long.toString(f.settledByLevel().getOrDefault(l, 0L))).toList()));
        model.addAttribute("levels", Level.values());
        return "dispute/statistics";
    }

    @GetMapping("/disputes/statistics.xlsx")
    @DisputeRoute(DisputeStep.STATISTICS)
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(required = false) @Nullable String region) {
        Locale locale = LocaleContextHolder.getLocale();
        return DisputeApiController.xlsx(statistics.export(statistics.within(me, region),
                k -> messages.getMessage(k, null, k, locale)));
    }

    private String bilingual(InvalidInput e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.SIMPLIFIED_CHINESE) + " / "
                + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH);
    }
}
