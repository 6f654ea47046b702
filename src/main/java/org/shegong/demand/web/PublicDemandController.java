package org.shegong.demand.web;

import org.shegong.Anyone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.Photo;
import org.shegong.demand.SubmitDemand;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.limit.UploadQuota;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpSession;

/**
 * The citizen's own page: report a problem without an account, with photos, and get a tracking code. Photos are
 * re-encoded and downscaled, and their stored bytes count against the anonymous upload quota.
 */
@Controller
class PublicDemandController {

    private static final String TRACKING_CODE = "trackingCode";
    private static final String SESSION_CODE = PublicDemandController.class.getName() + ".trackingCode";

    private final DemandManagement demands;
    private final CategoryCatalogue categories;
    private final UploadQuota quota;

    private final org.shegong.demand.IntakeJudgement judgement;

    PublicDemandController(DemandManagement demands, CategoryCatalogue categories, UploadQuota quota,
            org.shegong.demand.IntakeJudgement judgement) {
        this.judgement = judgement;
        this.demands = demands;
        this.categories = categories;
        this.quota = quota;
    }

    @GetMapping("/public/demands/new")
    @Anyone
    String form(Model model) {
        model.addAttribute("fields", categories.tree());
        model.addAttribute("kinds", DemandKind.values());
        return "demand/public-new";
    }

    /** The answer to a submission: the tracking code, kept in the session so a reload still shows it. */
    @GetMapping("/public/demands/done")
    @Anyone
    String done(Model model, HttpSession session) {
        Object code = model.getAttribute(TRACKING_CODE);
        if (code instanceof String fresh) {
            session.setAttribute(SESSION_CODE, fresh);
        } else {
            code = session.getAttribute(SESSION_CODE);
        }
        if (!(code instanceof String)) {
            return "redirect:/public/demands/new";
        }
        model.addAttribute(TRACKING_CODE, code);
        return "demand/public-done";
    }

    /** The form's own address asked by GET (a language switch after a refused submission): back to the form. */
    @GetMapping("/public/demands")
    @Anyone
    String again() {
        return "redirect:/public/demands/new";
    }

    @PostMapping("/public/demands")
    @Anyone
    String submit(SubmitDemand form, @RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        try {
            List<Photo> photos = new ArrayList<>();
            int position = 0;
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (f.isEmpty()) {
                    continue;
                }
                position++;
                if (f.getSize() > Photo.MAX_BYTES) {
                    throw new InvalidInput("photos", "demand.photo.tooLarge", position, 10);
                }
                photos.add(Photo.reencoded(f.getBytes(), position));
            }
            quota.reserve(request, photos.stream().mapToLong(p -> p.bytes().length).sum());
            // a citizen who leaves the category to the hotline gets the one suggested from the text
            SubmitDemand filed = form;
            if (form.categoryCode() == null || form.categoryCode().isBlank()) {
                String suggested = judgement.bestCategory(form.matter()).orElse(null);
                filed = new SubmitDemand(form.kind(), form.limitClass(), form.channel(), suggested, form.matter(), form.phone(),
                        form.contactName(), form.address(), form.lat(), form.lng(), form.regionCode());
            }
            var submitted = demands.submitByCitizen(filed, photos);
            // Post/Redirect/Get: a reload or a language switch of the answer repeats a GET, never the submission
            redirect.addFlashAttribute(TRACKING_CODE, submitted.trackingCode());
            session.setAttribute(SESSION_CODE, submitted.trackingCode());
            return "redirect:/public/demands/done";
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
