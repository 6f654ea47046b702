package org.shegong.care.web;

import org.jspecify.annotations.Nullable;
import org.shegong.care.CareMap;
import org.shegong.care.CareRoute;
import org.shegong.care.CareStep;
import org.shegong.identity.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The visit map: overdue visits and visits done against due per grid of one township (page and its data). */
@Controller
class CareMapController {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CareMap map;

    CareMapController(CareMap map) {
        this.map = map;
    }

    @GetMapping("/care/statistics/map")
    @CareRoute(CareStep.VIEW_STATISTICS)
    String page(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township,
            Model model) {
        var figures = map.figures(me, township);
        model.addAttribute("m", figures);
        model.addAttribute("figuresJson", JSON.writeValueAsString(figures));
        return "care/map";
    }

    @GetMapping("/api/v1/care/statistics/map")
    @CareRoute(CareStep.VIEW_STATISTICS)
    @ResponseBody
    CareMap.Figures data(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String township) {
        return map.figures(me, township);
    }
}
