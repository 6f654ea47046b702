package org.shegong.petition.web;

import org.shegong.Anyone;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.petition.Category;
import org.shegong.petition.Channel;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.RegisterPetition;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The petitioner's own pages (信访工作条例 §17, §21): submit online, query progress with the tracking code and the
 * last four digits of the mobile number (a wrong pair shows the same "nothing found" page), read the notices, rate.
 */
@Controller
class PublicPetitionController {

    private final PetitionManagement petitions;
    private final RegionDirectory regions;

    PublicPetitionController(PetitionManagement petitions, RegionDirectory regions) {
        this.petitions = petitions;
        this.regions = regions;
    }

    record OnlineForm(String name, String phone, String residentId, String matter, String regionCode, Category category) {
    }

    @GetMapping("/public/petitions/new")
    @Anyone
    String form(Model model) {
        model.addAttribute("regions", regions.children(RegionCode.SICHUAN).stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), regions.children(c.code()).stream()))
                .toList());
        model.addAttribute("categories", Category.values());
        return "petition/public-new";
    }

    /** What the petitioner must keep: shown once after the post, and again on a reload (kept in the session). */
    record Done(String caseNumber, String trackingCode) implements java.io.Serializable {
    }

    private static final String DONE = "petitionDone";

    @PostMapping("/public/petitions")
    @Anyone
    String submit(OnlineForm form, Model model, HttpServletResponse response,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, jakarta.servlet.http.HttpSession session) {
        try {
            var r = petitions.registerOnline(new RegisterPetition(Channel.ONLINE, false,
                    List.of(new RegisterPetition.PetitionerInput(form.name(), form.phone(), form.residentId(), false)),
                    form.matter(), List.of(), form.regionCode(), form.category(), null, List.of()));
            // Post/Redirect/Get: a reload or a language switch of the answer repeats a GET, never the submission
            Done done = new Done(r.caseNumber(), r.trackingCode());
            redirect.addFlashAttribute(DONE, done);
            session.setAttribute(DONE, done);
            return "redirect:/public/petitions/done";
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model);
        }
    }

    @GetMapping("/public/petitions/done")
    @Anyone
    String done(Model model, jakarta.servlet.http.HttpSession session) {
        Object done = model.getAttribute(DONE);
        if (done == null) {
            done = session.getAttribute(DONE);
        }
        if (!(done instanceof Done)) {
            return "redirect:/public/petitions/new";
        }
        model.addAttribute("registered", done);
        return "petition/public-done";
    }

    /** The address the form posts to, opened by hand or by a reload: back to the form. */
    @GetMapping("/public/petitions")
    @Anyone
    String backToTheForm() {
        return "redirect:/public/petitions/new";
    }

    @GetMapping("/public/petitions/track")
    @Anyone
    String trackForm() {
        return "petition/track";
    }

    @PostMapping("/public/petitions/track")
    @Anyone
    String track(@RequestParam String code, @RequestParam String lastFour, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("lastFour", lastFour);
        model.addAttribute("searched", true);
        petitions.track(code, lastFour).ifPresent(v -> model.addAttribute("t", v));
        return "petition/track";
    }

    @PostMapping("/public/petitions/track/document")
    @Anyone
    ResponseEntity<byte[]> document(@RequestParam String code, @RequestParam String lastFour, @RequestParam int seq) {
        return petitions.publicDocument(code, lastFour, seq)
                .map(b -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/public/petitions/rate")
    @Anyone
    String rate(@RequestParam String code, @RequestParam String lastFour, @RequestParam int score, Model model,
            HttpServletResponse response) {
        try {
            petitions.rate(code, lastFour, score);
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return track(code, lastFour, model);
    }
}
