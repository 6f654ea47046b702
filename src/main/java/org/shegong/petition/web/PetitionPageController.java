package org.shegong.petition.web;

import org.shegong.SignedIn;
import org.shegong.petition.PetitionStep;
import org.shegong.petition.PetitionRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.petition.Category;
import org.shegong.petition.Channel;
import org.shegong.petition.Outcome;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.PetitionQueries;
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

/** 信访 pages: the officer's workbench, registration, the case page with its timeline and step forms, statistics. */
@Controller
class PetitionPageController {

    private final PetitionManagement petitions;
    private final PetitionQueries queries;
    private final UnitManagement units;
    private final RegionDirectory regions;

    private final org.shegong.identity.AccountManagement accounts;

    PetitionPageController(PetitionManagement petitions, PetitionQueries queries, UnitManagement units, RegionDirectory regions,
            org.shegong.identity.AccountManagement accounts) {
        this.accounts = accounts;
        this.petitions = petitions;
        this.queries = queries;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/petitions")
    @SignedIn
    String workbench(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean open, Model model) {
        model.addAttribute("rows", queries.search(me, q, null, open, 200));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("open", open);
        model.addAttribute("officer", Steps.isOfficer(me));
        if (Steps.isOfficer(me)) {
            model.addAttribute("alerts", queries.alerts(me, 20));
        }
        return "petition/workbench";
    }

    /** The registration form's fields; up to six petitioner rows. */
    record RegisterForm(@Nullable Channel channel, @Nullable Boolean groupVisit, @Nullable List<String> names,
            @Nullable List<String> phones, @Nullable List<String> residentIds, @Nullable List<Integer> representatives,
            @Nullable String matter, @Nullable List<Long> organs, @Nullable String regionCode, @Nullable Category category,
            @Nullable Integer route) {

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
            return new RegisterPetition(channel, groupVisit, people, matter, organs, regionCode, category, route);
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
        List<org.shegong.region.Region> choices = new ArrayList<>();
        choices.add(regions.get(me.unitRegion()));
        choices.addAll(regions.children(me.unitRegion()));
        model.addAttribute("regions", choices);
        model.addAttribute("units", units.search(Scope.PROVINCE, "", 300));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegisterForm(Channel.VISIT, false, null, null, null, null, null, null,
                    me.unitRegion().value(), null, null));
        }
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

    @GetMapping("/petitions/{id}")
    @SignedIn
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        return detail(me, petitions.find(me, id), model);
    }

    private String detail(StaffPrincipal me, PetitionView p, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("officer", Steps.isOfficer(me));
        model.addAttribute("me", me);
        model.addAttribute("units", units.search(Scope.PROVINCE, "", 300));
        // a handler is chosen among the staff of the unit holding the case, less those who recused or are accused
        long holder = p.handlingUnit() != null ? p.handlingUnit().id() : p.receivingUnit().id();
        model.addAttribute("assignable", holder <= 0 ? List.of() : accounts.staffOf(holder).stream()
                .filter(a -> !p.recusedUsers().contains(a.username())).toList());
        model.addAttribute("categories", Category.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("modes", TransferMode.values());
        model.addAttribute("today", LocalDate.now(Deadline.ZONE));
        return "petition/detail";
    }

    @PostMapping("/petitions/{id}/{action}")
    @SignedIn
    String step(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable String action, Step form,
            Model model, HttpServletResponse response) {
        try {
            if (action.equals("recusal")) {
                petitions.recuse(me, id, form.reason());
                return "redirect:/petitions?recused";
            }
            Steps.run(petitions, me, id, action, form);
            return "redirect:/petitions/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, petitions.find(me, id), model);
        }
    }

    @PostMapping("/petitions/{id}/attachments")
    @SignedIn
    String attach(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model, HttpServletResponse response)
            throws java.io.IOException {
        try {
            if (file.getSize() > org.shegong.petition.Attachment.MAX_BYTES) {
                throw new InvalidInput("file", "petition.attachment.size", org.shegong.petition.Attachment.MAX_BYTES / 1024 / 1024);
            }
            petitions.attach(me, id, org.shegong.petition.Attachment.of(file.getOriginalFilename(), file.getBytes()));
            return "redirect:/petitions/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(me, petitions.find(me, id), model);
        }
    }

    @GetMapping("/petitions/{id}/attachments/{seq}")
    @SignedIn
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return Downloads.attachment(petitions.attachment(me, id, seq));
    }

    @GetMapping("/petitions/{id}/documents/{seq}")
    @SignedIn
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @PathVariable int seq) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(petitions.document(me, id, seq));
    }

    @GetMapping("/petitions/statistics")
    @PetitionRoute(PetitionStep.READ_STATISTICS)
    String statistics(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? Year.now(Deadline.ZONE).getValue() : year;
        model.addAttribute("stats", queries.statistics(me, y));
        return "petition/statistics";
    }
}
