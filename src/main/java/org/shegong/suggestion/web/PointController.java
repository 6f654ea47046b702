package org.shegong.suggestion.web;

import jakarta.servlet.http.HttpServletRequest;
import org.shegong.identity.StaffPrincipal;
import org.shegong.suggestion.Point;
import org.shegong.suggestion.PointId;
import org.shegong.suggestion.PointManagement;
import org.shegong.suggestion.SuggestionRoute;
import org.shegong.suggestion.SuggestionStep;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Collection points: register, list, and the printable poster with its QR code (SVG drawn on the server). */
@Controller
class PointController {

    private final PointManagement points;
    private final org.shegong.region.PlaceNames places;

    PointController(PointManagement points, org.shegong.region.PlaceNames places) {
        this.points = points;
        this.places = places;
    }

    @GetMapping("/suggestions/points")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        var list = points.list(me);
        model.addAttribute("points", list);
        // names, not codes: each point's place by its division's name
        java.util.Map<String, String> names = new java.util.HashMap<>();
        list.forEach(p -> names.computeIfAbsent(p.regionCode(),
                c -> places.fullName(org.shegong.region.RegionCode.of(c))));
        model.addAttribute("regionNames", names);
        return "suggestion/points";
    }

    @PostMapping("/suggestions/points")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    String register(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String name,
            @RequestParam(required = false) String place, @RequestParam(required = false) String regionCode) {
        // the division is named ("成都市武侯区玉林街道"); a code is still accepted, none means the unit's own
        Point p = points.register(me, name == null ? "" : name, place == null ? "" : place,
                regionCode == null || regionCode.isBlank() ? me.unitRegion().value() : places.codeOf("regionCode", regionCode));
        return "redirect:/suggestions/points/" + p.id() + "/poster";
    }

    @GetMapping("/suggestions/points/{id}/poster")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    String poster(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, HttpServletRequest request, Model model) {
        Point p = points.get(me, new PointId(id));
        model.addAttribute("p", p);
        model.addAttribute("link", absolute(points.link(p)));
        return "suggestion/poster";
    }

    @GetMapping(path = "/suggestions/points/{id}/qr.svg", produces = "image/svg+xml")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    ResponseEntity<String> qr(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        Point p = points.get(me, new PointId(id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).cacheControl(CacheControl.noStore())
                .body(PointManagement.qrSvg(absolute(points.link(p))));
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path.substring(0, path.indexOf('?')))
                .query(path.substring(path.indexOf('?') + 1)).build().toUriString();
    }

    record NewPoint(@org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable String place,
            @org.jspecify.annotations.Nullable String regionCode) {
    }

    /** A point with its signed public link, for partners that print their own posters. */
    record PointLink(Point point, String link) {
    }

    @GetMapping("/api/v1/suggestions/points")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.List<PointLink> listApi(@AuthenticationPrincipal StaffPrincipal me) {
        return points.list(me).stream().map(p -> new PointLink(p, absolute(points.link(p)))).toList();
    }

    @PostMapping("/api/v1/suggestions/points")
    @SuggestionRoute(SuggestionStep.MANAGE_POINTS)
    ResponseEntity<PointLink> registerApi(@AuthenticationPrincipal StaffPrincipal me,
            @org.springframework.web.bind.annotation.RequestBody NewPoint body) {
        Point p = points.register(me, body.name() == null ? "" : body.name(), body.place() == null ? "" : body.place(),
                body.regionCode() == null || body.regionCode().isBlank() ? me.unitRegion().value() : body.regionCode());
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(new PointLink(p, absolute(points.link(p))));
    }
}
