package org.shegong.petition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.petition.Attachment;
import org.shegong.petition.Category;
import org.shegong.petition.Channel;
import org.shegong.petition.Outcome;
import org.shegong.petition.PetitionId;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionQueries;
import org.shegong.petition.PetitionRoute;
import org.shegong.petition.PetitionStep;
import org.shegong.petition.PetitionView;
import org.shegong.petition.RegisterPetition;
import org.shegong.petition.Route;
import org.shegong.petition.TransferMode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 信访 pages: the workbench, registration, the case page with its timeline and the forms of the steps the viewer may
 * take now, statistics. Each step's form posts to its own route, decided by its {@link PetitionStep} and calling the same
 * {@link PetitionManagement} method as its API twin.
 */
@Controller
class PetitionPageController {

    private final PetitionManagement petitions;
    private final PetitionQueries queries;
    private final UnitManagement units;
    private final RegionDirectory regions;

    private final org.shegong.calendar.ReceiptDates receipts;

    PetitionPageController(PetitionManagement petitions, PetitionQueries queries, UnitManagement units, RegionDirectory regions,
            org.shegong.calendar.ReceiptDates receipts) {
        this.receipts = receipts;
        this.petitions = petitions;
        this.queries = queries;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/petitions")
    @PetitionRoute(PetitionStep.VIEW)
    String workbench(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("rows", queries.search(me, q, null, open, 200));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("open", open);
        if (PetitionStep.READ_STATISTICS.allowsAnyOf(me.roles())) {
            model.addAttribute("alerts", queries.alerts(me, 20));
        }
        return "petition/workbench";
    }

    /** The registration form's fields; up to six petitioner rows, and for a 检举控告 the accused staff picked by name. */
    record RegisterForm(@Nullable Channel channel, @Nullable Boolean groupVisit, @Nullable List<String> names,
            @Nullable List<String> phones, @Nullable List<String> residentIds, @Nullable List<Integer> representatives,
            @Nullable String matter, @Nullable List<Long> organs, @Nullable String regionCode, @Nullable Category category,
            @Nullable Integer route, @Nullable List<Long> accusedPersons, java.time.@Nullable LocalDate receivedOn,
            @Nullable Boolean receiptConfirmed) {

        RegisterPetition command() {
            List<RegisterPetition.PetitionerInput> people = new ArrayList<>();
            List<String> n = names == null ? List.of() : names;
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i) == null || n.get(i).isBlank()) {
                    continue;
                }
                people.add(new RegisterPetition.PetitionerInput(n.get(i), at(phones, i), at(residentIds, i),
                        representatives != null && representatives.contains(i)));
            }
            return new RegisterPetition(channel, groupVisit, people, matter, organs, regionCode, category, route,
                    accusedPersons, receivedOn, receiptConfirmed);
        }

        private static @Nullable String at(@Nullable List<String> list, int i) {
            return list == null || i >= list.size() ? null : list.get(i);
        }
    }

    @GetMapping("/petitions/new")
    @PetitionRoute(PetitionStep.REGISTER)
    String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("maxBackdateDays", receipts.maxBackdateDays());
        model.addAttribute("supervisor", org.shegong.calendar.ReceiptDates.maySupervise(me.roles()));
        List<org.shegong.region.Region> choices = new ArrayList<>();
        choices.add(regions.get(me.unitRegion()));
        choices.addAll(regions.children(me.unitRegion()));
        model.addAttribute("regions", choices);
        // the organs complained about (for a 检举控告: the accused units), by name within the officer's scope
        model.addAttribute("units", units.search(me.scope(), "", 300));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegisterForm(Channel.VISIT, false, null, null, null, null, null, null,
                    me.unitRegion().value(), null, null, null, null, null));
        }
        // shown again, checked, when the form comes back with an error
        model.addAttribute("candidates", petitions.pickedAccused(me, ((RegisterForm) model.getAttribute("form")).accusedPersons()));
        model.addAttribute("field", "accusedPersons");
        model.addAttribute("searched", false);
        model.addAttribute("checked", true);
        return "petition/new";
    }

    @PostMapping("/petitions")
    @PetitionRoute(PetitionStep.REGISTER)
    String register(@AuthenticationPrincipal StaffPrincipal me, RegisterForm form, Model model, HttpServletResponse response) {
        try {
            PetitionManagement.Registered r = petitions.register(form.command(), me);
            return "redirect:/petitions/" + r.id() + (r.earlier().isEmpty() ? "?created" : "?created&repeat");
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(me, model);
        }
    }

    /** The staff found by name within the officer's scope, as checkboxes to name them accused (htmx fragment). */
    @GetMapping("/petitions/accused-candidates")
    @PetitionRoute(PetitionStep.NAME_ACCUSED)
    String accusedCandidates(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "accusedPersons") String field, Model model) {
        model.addAttribute("candidates", petitions.accusedCandidates(me, q).staff());
        model.addAttribute("field", "accountId".equals(field) ? "accountId" : "accusedPersons");
        model.addAttribute("searched", q != null && !q.isBlank());
        return "petition/accused-candidates :: candidates";
    }

    @GetMapping("/petitions/{id}")
    @PetitionRoute(PetitionStep.VIEW)
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        return detail(me, petitions.find(me, new PetitionId(id)), model);
    }

    private String detail(StaffPrincipal me, PetitionView p, Model model) {
        model.addAttribute("p", p);
        // organs to transfer or refer a review to: anywhere in the province (a review goes one level up)
        model.addAttribute("units", p.may("TRANSFER") || p.may("REVIEW_REQUEST") || p.may("RE_REVIEW_REQUEST")
                ? units.search(Scope.PROVINCE, "", 300) : List.of());
        model.addAttribute("scopedUnits", p.may("CLASSIFY") ? units.search(me.scope(), "", 300) : List.of());
        model.addAttribute("assignable", p.may("ASSIGN") ? petitions.assignable(me, p.id()) : List.of());
        model.addAttribute("categories", Category.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("modes", TransferMode.values());
        model.addAttribute("today", LocalDate.now(Deadline.ZONE));
        return "petition/detail";
    }

    /** Runs a step for a form: back to the case, or the case page again with the rule that refused (400). */
    private String act(StaffPrincipal me, long id, Model model, HttpServletResponse response, Supplier<?> step) {
        try {
            step.get();
            return "redirect:/petitions/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, petitions.find(me, new PetitionId(id)), model);
        }
    }

    @PostMapping("/petitions/{id}/recusal")
    @PetitionRoute(PetitionStep.RECUSE)
    String recusal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        String back = act(me, id, model, response, () -> {
            petitions.recuse(me, new PetitionId(id), f.reason());
            return null;
        });
        return back.startsWith("redirect:") ? "redirect:/petitions?recused" : back;
    }

    @PostMapping("/petitions/{id}/attachments")
    @PetitionRoute(PetitionStep.ATTACH)
    String attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam("file") MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        byte[] bytes = file.getBytes();
        return act(me, id, model, response, () -> {
            if (file.getSize() > Attachment.MAX_BYTES) {
                throw new InvalidInput("file", "petition.attachment.size", Attachment.MAX_BYTES / 1024 / 1024);
            }
            return petitions.attach(me, new PetitionId(id), Attachment.of(file.getOriginalFilename(), bytes));
        });
    }

    @GetMapping("/petitions/{id}/attachments/{seq}")
    @PetitionRoute(PetitionStep.VIEW)
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return Downloads.attachment(petitions.attachment(me, new PetitionId(id), seq));
    }

    @GetMapping("/petitions/{id}/documents/{seq}")
    @PetitionRoute(PetitionStep.VIEW)
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(petitions.document(me, new PetitionId(id), seq));
    }

    @GetMapping("/petitions/statistics")
    @PetitionRoute(PetitionStep.READ_STATISTICS)
    String statistics(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? Year.now(Deadline.ZONE).getValue() : year;
        model.addAttribute("stats", queries.statistics(me, y));
        return "petition/statistics";
    }

    // ---- the steps of the track: one route each, the same method as the API ----

    @PostMapping("/petitions/{id}/classify")
    @PetitionRoute(PetitionStep.CLASSIFY)
    String classify(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.classify(me, new PetitionId(id), f.version(), f.requiredCategory(), f.route(), f.organs()));
    }

    @PostMapping("/petitions/{id}/forward-opinion")
    @PetitionRoute(PetitionStep.FORWARD_OPINION)
    String forwardOpinion(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.forwardOpinion(me, new PetitionId(id), f.version()));
    }

    @PostMapping("/petitions/{id}/channel")
    @PetitionRoute(PetitionStep.CHANNEL)
    String channel(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.channel(me, new PetitionId(id), f.version(), f.notice()));
    }

    @PostMapping("/petitions/{id}/transfer")
    @PetitionRoute(PetitionStep.TRANSFER)
    String transfer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.transfer(me, new PetitionId(id), f.version(), f.unit(), f.mode()));
    }

    @PostMapping("/petitions/{id}/object")
    @PetitionRoute(PetitionStep.OBJECT)
    String object(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.object(me, new PetitionId(id), f.version(), f.reason()));
    }

    @PostMapping("/petitions/{id}/agree-objection")
    @PetitionRoute(PetitionStep.AGREE_OBJECTION)
    String agreeObjection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.agreeObjection(me, new PetitionId(id), f.version(), f.note()));
    }

    @PostMapping("/petitions/{id}/refuse-objection")
    @PetitionRoute(PetitionStep.REFUSE_OBJECTION)
    String refuseObjection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.refuseObjection(me, new PetitionId(id), f.version(), f.note()));
    }

    @PostMapping("/petitions/{id}/accept")
    @PetitionRoute(PetitionStep.ACCEPT)
    String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.accept(me, new PetitionId(id), f.version()));
    }

    @PostMapping("/petitions/{id}/decline")
    @PetitionRoute(PetitionStep.DECLINE)
    String decline(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.decline(me, new PetitionId(id), f.version(), f.reason()));
    }

    @PostMapping("/petitions/{id}/extension")
    @PetitionRoute(PetitionStep.REQUEST_EXTENSION)
    String extension(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.requestExtension(me, new PetitionId(id), f.version(), f.dayCount(), f.reason()));
    }

    @PostMapping("/petitions/{id}/extension-approval")
    @PetitionRoute(PetitionStep.APPROVE_EXTENSION)
    String extensionApproval(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.approveExtension(me, new PetitionId(id), f.version(), f.head()));
    }

    @PostMapping("/petitions/{id}/execution")
    @PetitionRoute(PetitionStep.RECORD_EXECUTION)
    String execution(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.recordExecution(me, new PetitionId(id), f.version(), f.note()));
    }

    @PostMapping("/petitions/{id}/settle")
    @PetitionRoute(PetitionStep.SETTLE)
    String settle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.settle(me, new PetitionId(id), f.version(), f.agreement()));
    }

    @PostMapping("/petitions/{id}/decision")
    @PetitionRoute(PetitionStep.DECIDE)
    String decision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.decide(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis()));
    }

    @PostMapping("/petitions/{id}/review-request")
    @PetitionRoute(PetitionStep.REVIEW_REQUEST)
    String reviewRequest(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.requestReview(me, new PetitionId(id), f.version(), f.unit(), f.requestedOn()));
    }

    @PostMapping("/petitions/{id}/review-decision")
    @PetitionRoute(PetitionStep.DECIDE_REVIEW)
    String reviewDecision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.decideReview(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis()));
    }

    @PostMapping("/petitions/{id}/re-review-request")
    @PetitionRoute(PetitionStep.RE_REVIEW_REQUEST)
    String reReviewRequest(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.requestReReview(me, new PetitionId(id), f.version(), f.unit(), f.requestedOn()));
    }

    @PostMapping("/petitions/{id}/hearing")
    @PetitionRoute(PetitionStep.RECORD_HEARING)
    String hearing(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.recordHearing(me, new PetitionId(id), f.version(), f.dayCount(), f.note()));
    }

    @PostMapping("/petitions/{id}/re-review-decision")
    @PetitionRoute(PetitionStep.DECIDE_RE_REVIEW)
    String reReviewDecision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.decideReReview(me, new PetitionId(id), f.version(), f.outcome(), f.facts(), f.reasons(), f.legalBasis()));
    }

    @PostMapping("/petitions/{id}/accused-person")
    @PetitionRoute(PetitionStep.NAME_ACCUSED)
    String accusedPerson(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.nameAccusedPerson(me, new PetitionId(id), f.version(), f.account()));
    }

    @PostMapping("/petitions/{id}/assignee")
    @PetitionRoute(PetitionStep.ASSIGN)
    String assignee(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.assign(me, new PetitionId(id), f.version(), f.account()));
    }

    @PostMapping("/petitions/{id}/major")
    @PetitionRoute(PetitionStep.MARK_MAJOR)
    String major(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.flagMajor(me, new PetitionId(id), f.version(), f.reason()));
    }

    @PostMapping("/petitions/{id}/supervision")
    @PetitionRoute(PetitionStep.SUPERVISE)
    String supervision(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, StepFields f, Model model,
            HttpServletResponse response) {
        return act(me, id, model, response, () -> petitions.supervise(me, new PetitionId(id), f.version(), f.note()));
    }
}
