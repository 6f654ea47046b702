package org.shegong.shell;

import java.util.List;
import java.util.stream.Stream;
import org.shegong.SignedIn;
import org.shegong.ToDo;
import org.shegong.identity.ToDoSource;
import org.shegong.calendar.CalendarManagement;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench every staff member lands on after login: today's to-do list gathered from every module's
 * {@link ToDoSource}, and for administrators the first-day checklist.
 */
@Controller
class HomeController {

    private final CalendarManagement calendar;
    private final RegionDirectory regions;
    private final List<ToDoSource> toDoSources;
    private final FirstDayChecklist checklist;

    HomeController(CalendarManagement calendar, RegionDirectory regions, List<ToDoSource> toDoSources,
            FirstDayChecklist checklist) {
        this.calendar = calendar;
        this.regions = regions;
        this.toDoSources = toDoSources;
        this.checklist = checklist;
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
        model.addAttribute("todos", toDos(me));
        model.addAttribute("checklist", checklist.of(me));
        // a year is a name, not a quantity: no digit grouping ("2027", never "2,027")
        model.addAttribute("nextYear", String.valueOf(checklist.nextYear()));
        return "shell/home";
    }

    /** Every module's lines, the most urgent first. */
    List<ToDo> toDos(StaffPrincipal me) {
        return toDoSources.stream().flatMap(s -> s.today(me).stream()).sorted(ToDo.URGENCY).toList();
    }
}
