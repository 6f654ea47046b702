package org.shegong.shell;

import org.shegong.SignedIn;
import org.shegong.calendar.CalendarManagement;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench every staff member lands on after login. */
@Controller
class HomeController {

    private final CalendarManagement calendar;
    private final RegionDirectory regions;

    HomeController(CalendarManagement calendar, RegionDirectory regions) {
        this.calendar = calendar;
        this.regions = regions;
    }

    @GetMapping("/")
    @SignedIn
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        var myRegion = regions.find(me.unitRegion());
        model.addAttribute("myRegion", myRegion.orElse(null));
        model.addAttribute("counts", myRegion.isPresent() ? regions.countsByLevel(me.unitRegion()) : java.util.Map.of());
        // administrators are alerted when deadlines reach a year without an official holiday schedule
        model.addAttribute("missingYears", me.isAdministrator() ? calendar.missingOfficialYears() : java.util.List.of());
        return "shell/home";
    }
}
