package org.shegong.insight.web;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.StaffPrincipal;
import org.shegong.insight.InsightRoute;
import org.shegong.insight.InsightStep;
import org.shegong.insight.Overview;
import org.shegong.region.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 一屏统览: the leaders' one screen over their region, drilled down one level at a time to a township. */
@Controller
class OverviewController {

    private final Overview overview;

    OverviewController(Overview overview) {
        this.overview = overview;
    }

    @GetMapping("/overview")
    @InsightRoute(InsightStep.READ_OVERVIEW)
    String overview(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String region,
            Locale locale, Model model) {
        Overview.Board board = overview.board(me, region, "en".equals(locale.getLanguage()));
        model.addAttribute("board", board);
        model.addAttribute("leaf", board.region().level() == RegionLevel.TOWNSHIP);
        // outlines exist for the cities and the counties (static/geo, docs/maps.md); townships are drawn as a treemap
        RegionLevel level = board.region().level();
        model.addAttribute("outline", level == RegionLevel.PROVINCE ? "/geo/sichuan-cities.json"
                : level == RegionLevel.CITY ? "/geo/sichuan-counties.json" : null);
        model.addAttribute("within", level == RegionLevel.CITY ? board.region().code().value() : null);
        // for the ranked map (treemap): names and numbers only; the script escapes them in its labels
        model.addAttribute("chart", board.areas().stream().filter(Overview.Area::drillable)
                .map(a -> Map.of("code", a.code(), "name", a.name(), "value", a.figures().received(),
                        "response", a.response() == null ? -1 : a.response()))
                .toList());
        model.addAttribute("hot", board.hotspots().stream()
                .map(h -> Map.of("name", h.name(), "count", h.count(), "previous", h.previous())).toList());
        return "insight/overview";
    }
}
