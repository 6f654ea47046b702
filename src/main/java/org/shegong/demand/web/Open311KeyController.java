package org.shegong.demand.web;

import java.util.List;
import java.util.Map;
import org.shegong.demand.Open311Keys;
import org.shegong.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Province and city administrators issue and revoke Open311 API keys for partner systems. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','CITY_ADMIN')")
class Open311KeyController {

    private final Open311Keys keys;

    Open311KeyController(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/open311")
    String page(Model model) {
        model.addAttribute("keys", keys.list());
        return "demand/open311-keys";
    }

    @PostMapping("/admin/open311")
    String issue(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String name, Model model) {
        model.addAttribute("issued", keys.issue(me, name));
        model.addAttribute("issuedName", name.strip());
        return page(model);
    }

    @PostMapping("/admin/open311/revoke")
    String revoke(@RequestParam String name) {
        keys.revoke(name);
        return "redirect:/admin/open311";
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
