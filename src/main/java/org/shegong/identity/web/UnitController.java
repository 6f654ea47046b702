package org.shegong.identity.web;

import org.shegong.identity.IdentityStep;
import org.shegong.identity.IdentityRoute;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Scope;
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

/** Units (单位) administration, pages and API, always within the administrator's scope. */
@Controller
@IdentityRoute(IdentityStep.MANAGE_UNITS)
class UnitController {

    private final UnitManagement units;
    private final org.shegong.region.AddressResolver places;

    UnitController(UnitManagement units, org.shegong.region.AddressResolver places) {
        this.units = units;
        this.places = places;
    }

    /**
     * The page's region field takes the place's name ("成都市武侯区玉林街道") as well as its code: people name places;
     * a name that fits several divisions is refused with the candidates named.
     */
    private String regionOf(String typed) {
        String t = typed.strip();
        if (t.matches("\\d{12}")) {
            return t;
        }
        var found = places.resolve(t);
        if (found.ambiguous()) {
            throw new InvalidInput("regionCode", "identity.unit.placeAmbiguous", t, String.join("、",
                    found.candidates().stream().limit(5).map(r -> r.name() + "（" + r.code().value() + "）").toList()));
        }
        if (found.region() == null) {
            throw new InvalidInput("regionCode", "identity.unit.placeUnknown", t);
        }
        return found.region().code().value();
    }

    /** The list; {@code name}, {@code kind} and {@code regionCode} fill in the new-unit form (the dispatch form links here when a proposed unit is missing). */
    @GetMapping("/admin/units")
    String list(Scope scope, @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String name,
            @RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String regionCode, Model model) {
        if (regionCode != null && !model.containsAttribute("form")) {
            model.addAttribute("form", new UnitForm(name, kind, regionCode));
        }
        model.addAttribute("units", units.search(scope, q, 200));
        model.addAttribute("q", q);
        model.addAttribute("kinds", UnitKind.values());
        return "identity/units";
    }

    @PostMapping("/admin/units")
    String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String name,
            @RequestParam(required = false) UnitKind kind, @RequestParam String regionCode, Model model,
            HttpServletResponse response) {
        try {
            UnitView created = units.create(me, name, kind, regionOf(regionCode));
            return "redirect:/admin/units?created=" + created.id();
        } catch (InvalidInput e) {
            Forms.error(model, e);
            model.addAttribute("form", new UnitForm(name, kind, regionCode));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(me.scope(), "", null, null, null, model);
        }
    }

    @GetMapping("/admin/units/{id}")
    String edit(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("unit", units.find(scope, UnitId.of(id)));
        return "identity/unit";
    }

    @PostMapping("/admin/units/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam int version,
            @RequestParam String name, @RequestParam(defaultValue = "false") boolean active, Model model,
            HttpServletResponse response) {
        try {
            units.rename(me, UnitId.of(id), version, name, active);
            return "redirect:/admin/units/" + id + "?saved";
        } catch (InvalidInput e) {
            Forms.error(model, e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edit(me.scope(), id, model);
        }
    }

    record UnitForm(String name, UnitKind kind, String regionCode) {
    }

    record UnitChange(String name, Boolean active, Integer version) {
    }

    @GetMapping("/api/v1/units")
    @ResponseBody
    List<UnitView> apiList(Scope scope, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "100") int limit) {
        return units.search(scope, q, limit);
    }

    @GetMapping("/api/v1/units/{id}")
    @ResponseBody
    UnitView apiGet(Scope scope, @PathVariable long id) {
        return units.find(scope, UnitId.of(id));
    }

    @PostMapping("/api/v1/units")
    @ResponseBody
    ResponseEntity<UnitView> apiCreate(@AuthenticationPrincipal StaffPrincipal me, @RequestBody UnitForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(units.create(me, body.name(), body.kind(), body.regionCode()));
    }

    @PutMapping("/api/v1/units/{id}")
    @ResponseBody
    UnitView apiUpdate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody UnitChange body) {
        if (body.version() == null) {
            throw new InvalidInput("version", "identity.version.required");
        }
        return units.rename(me, UnitId.of(id), body.version(), body.name(), body.active() == null || body.active());
    }
}
