package org.shegong.demand.web;

import org.shegong.demand.DemandStep;
import org.shegong.demand.DemandRoute;
import java.util.List;
import java.util.Map;
import org.shegong.demand.Open311Keys;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Province and city administrators issue and revoke Open311 API keys for partner systems; a province
 * administrator opens a category's requests to every partner.
 */
@Controller
@DemandRoute(DemandStep.MANAGE_OPEN311_KEYS)
class Open311KeyController {

    private final Open311Keys keys;
    private final CategoryCatalogue categories;

    Open311KeyController(Open311Keys keys, CategoryCatalogue categories) {
        this.keys = keys;
        this.categories = categories;
    }

    @GetMapping("/admin/open311")
    String page(Model model) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("fields", categories.tree());
        model.addAttribute("publicCategories", keys.publicCategories());
        return "demand/open311-keys";
    }

    @PostMapping("/admin/open311")
    String issue(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String name, Model model) {
        model.addAttribute("issued", keys.issue(me, name));
        model.addAttribute("issuedName", name.strip());
        return page(model);
    }

    @PostMapping("/admin/open311/revoke")
    String revoke(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String name) {
        keys.revoke(me, name);
        return "redirect:/admin/open311";
    }

    /** Opens or closes a category's requests to every partner (coarsened, without personal data). */
    @PostMapping("/admin/open311/categories/{code}")
    @DemandRoute(DemandStep.PUBLISH_OPEN311_CATEGORY)
    String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code, @RequestParam boolean open) {
        keys.publish(me, code, open);
        return "redirect:/admin/open311#open311-categories";
    }

    record Access(boolean open) {
    }

    @PutMapping("/api/v1/open311/categories/{code}")
    @DemandRoute(DemandStep.PUBLISH_OPEN311_CATEGORY)
    @ResponseBody
    Open311Keys.CategoryAccess publishApi(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestBody Access body) {
        return keys.publish(me, code, body.open());
    }

    @GetMapping("/api/v1/open311/categories")
    @ResponseBody
    java.util.Set<String> publicCategoriesApi() {
        return keys.publicCategories();
    }

    record KeyRequest(String name) {
    }

    @PostMapping("/api/v1/open311/keys")
    @ResponseBody
    ResponseEntity<Map<String, String>> issueApi(@AuthenticationPrincipal StaffPrincipal me, @RequestBody KeyRequest body) {
        String apiKey = keys.issue(me, body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("name", body.name().strip(), "apiKey", apiKey));
    }

    @GetMapping("/api/v1/open311/keys")
    @ResponseBody
    List<Open311Keys.KeyInfo> listApi() {
        return keys.list();
    }
}
