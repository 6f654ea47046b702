package org.shegong.dispute.web;

import org.jspecify.annotations.Nullable;
import org.shegong.dispute.DisputeMap;
import org.shegong.dispute.DisputeRoute;
import org.shegong.dispute.DisputeStep;
import org.shegong.identity.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The dispute map: open and high-risk disputes per grid of one township (page and its data). */
@Controller
class DisputeMapController {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final DisputeMap map;

    DisputeMapController(DisputeMap map) {
        this.map = map;
    }

    @GetMapping("/disputes/statistics/map")
    @DisputeRoute(DisputeStep.STATISTICS)
    String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township,
            Model model) {
        var figures = map.figures(me, township);
        model.addAttribute("m", figures);
        model.addAttribute("figuresJson", JSON.writeValueAsString(figures));
        return "dispute/map";
    }

    @GetMapping("/api/v1/disputes/statistics/map")
    @DisputeRoute(DisputeStep.STATISTICS)
    @ResponseBody
    DisputeMap.Figures data(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township) {
        return map.figures(me, township);
    }
}
