package org.shegong.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.SignedIn;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Region;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.shegong.suggestion.Adoption;
import org.shegong.suggestion.AdoptionResult;
import org.shegong.suggestion.CampaignId;
import org.shegong.suggestion.Channel;
import org.shegong.suggestion.Screening;
import org.shegong.suggestion.SubmitSuggestion;
import org.shegong.suggestion.SuggestionId;
import org.shegong.suggestion.SuggestionManagement;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStatus;
import org.shegong.suggestion.SuggestionStep;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: the scoped list, entry of offline suggestions, and the suggestion page with its step forms and timeline. */
@Controller
class SuggestionPageController {

    private final SuggestionManagement suggestions;
    private final UnitManagement units;
    private final RegionDirectory regions;
    private final CategoryCatalogue categories;

    SuggestionPageController(SuggestionManagement suggestions, UnitManagement units, RegionDirectory regions,
            CategoryCatalogue categories) {
        this.categories = categories;
        this.suggestions = suggestions;
        this.units = units;
        this.regions = regions;
    }

    @GetMapping("/suggestions")
    @SignedIn
    String inbox(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long campaign, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        var rows = suggestions.inbox(me, status, campaign == null ? null : new CampaignId(campaign), 200);
        model.addAttribute("rows", overdue ? rows.stream().filter(r -> r.overdue()).toList() : rows);
        model.addAttribute("status", status);
        model.addAttribute("statuses", SuggestionStatus.values());
        return "suggestion/inbox";
    }

    record EntryForm(@Nullable Channel channel, @Nullable String topic, @Nullable String reasons, @Nullable String measures,
            @Nullable String field, @Nullable String regionCode, @Nullable String name, @Nullable String phone,
            @Nullable Boolean anonymous, @Nullable Long campaignId) {
    }

    @GetMapping("/suggestions/new")
    @SuggestionRoute(SuggestionStep.REGISTER)
    String entry(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryForm(Channel.LETTER, null, null, null, null, me.unitRegion().value(), null,
                    null, false, null));
        }
        model.addAttribute("channels", Channel.STAFF_ENTRY);
        List<Region> choices = new java.util.ArrayList<>();
        choices.add(regions.get(me.unitRegion()));
        choices.addAll(regions.children(me.unitRegion()));
        model.addAttribute("regions", choices);
        return "suggestion/new";
    }

    @PostMapping("/suggestions")
    @SuggestionRoute(SuggestionStep.REGISTER)
    String register(@AuthenticationPrincipal StaffPrincipal me, EntryForm form, Model model, HttpServletResponse response) {
        try {
            var v = suggestions.register(me, new SubmitSuggestion(
                    form.campaignId() == null ? null : new CampaignId(form.campaignId()), form.topic(), form.reasons(),
                    form.measures(), form.field(), form.regionCode(), form.name(), form.phone(),
                    Boolean.TRUE.equals(form.anonymous())), form.channel() == null ? Channel.LETTER : form.channel(), null);
            return "redirect:/suggestions/" + v.id() + "?created";
        } catch (InvalidInput e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("form", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return entry(me, model);
        }
    }

    @GetMapping("/suggestions/{id}")
    @SignedIn
    String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        var v = suggestions.find(me, new SuggestionId(id));
        model.addAttribute("s", v);
        if (v.may("TRANSFER")) {
            model.addAttribute("organs", units.search(Scope.PROVINCE, "", 300));
        }
        model.addAttribute("screenings", Screening.values());
        if (v.may("SCREEN")) {
            model.addAttribute("categories", categories.activeCategories());
        }
        model.addAttribute("adoptions", Adoption.values());
        model.addAttribute("results", AdoptionResult.values());
        return "suggestion/detail";
    }

    @PostMapping("/suggestions/{id}/accept")
    @SuggestionRoute(SuggestionStep.ACCEPT)
    String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version) {
        suggestions.accept(me, new SuggestionId(id), version);
        return "redirect:/suggestions/" + id;
    }

    @PostMapping("/suggestions/{id}/screen")
    @SuggestionRoute(SuggestionStep.SCREEN)
    String screen(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Screening outcome, @RequestParam(required = false) String note,
            @RequestParam(required = false) String categoryCode) {
        suggestions.screen(me, new SuggestionId(id), version, outcome, note, categoryCode);
        return "redirect:/suggestions/" + id;
    }

    @PostMapping("/suggestions/{id}/transfer")
    @SuggestionRoute(SuggestionStep.TRANSFER)
    String transfer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) Long unitId) {
        suggestions.transfer(me, new SuggestionId(id), version, unitId);
        return "redirect:/suggestions/" + id;
    }

    @PostMapping("/suggestions/{id}/answer")
    @SuggestionRoute(SuggestionStep.ANSWER)
    String answer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String answer) {
        suggestions.answer(me, new SuggestionId(id), version, answer);
        return "redirect:/suggestions/" + id;
    }

    @PostMapping("/suggestions/{id}/adopt")
    @SuggestionRoute(SuggestionStep.ADOPT)
    String adopt(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Adoption adoption, @RequestParam(required = false) AdoptionResult result,
            @RequestParam(required = false) String link) {
        suggestions.adopt(me, new SuggestionId(id), version, adoption, result, link);
        return "redirect:/suggestions/" + id;
    }
}
