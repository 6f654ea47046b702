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

/** The dispute map: open and high-risk disputes per grid of one township (page and its data). */
@Controller
class DisputeMapController {

    private final DisputeMap map;

    DisputeMapController(DisputeMap map) {
        this.map = map;
    }

    @GetMapping("/disputes/statistics/map")
    @DisputeRoute(DisputeStep.STATISTICS)
    String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township,
            Model model) {
        model.addAttribute("m", map.figures(me, township));
        return "dispute/map";
    }

    @GetMapping("/api/v1/disputes/statistics/map")
    @DisputeRoute(DisputeStep.STATISTICS)
    @ResponseBody
    DisputeMap.Figures data(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township) {
        return map.figures(me, township);
    }
}
