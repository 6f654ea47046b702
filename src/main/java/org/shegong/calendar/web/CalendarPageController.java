package org.shegong.calendar.web;

import org.shegong.SignedIn;
import org.shegong.calendar.CalendarStep;
import org.shegong.calendar.CalendarRoute;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.calendar.CalendarManagement;
import org.shegong.calendar.CalendarYear;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.ScheduledDay;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar admin page: years, a year's month grid, the deadline calculator and (for province administrators) editing. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPageController {

    private static final String ADMIN = "ROLE_PROVINCE_ADMIN";

    /** The calculator form as submitted. */
    record CalculatorForm(@Nullable String from, @Nullable String amount, @Nullable String unit, @Nullable String region) {
    }

    /** A city and its counties, as one group of the place picker (the value sent is the code, the text the name). */
    record PlaceGroup(String code, String name, List<Place> counties) {
    }

    record Place(String code, String name) {
    }

    private final WorkingCalendar calendar;
    private final CalendarManagement management;
    private final MessageSource messages;
    private final RegionDirectory regions;

    CalendarPageController(WorkingCalendar calendar, CalendarManagement management, MessageSource messages,
            RegionDirectory regions) {
        this.calendar = calendar;
        this.management = management;
        this.messages = messages;
        this.regions = regions;
    }

    @GetMapping
    @SignedIn
    String page(@RequestParam(required = false) @Nullable Integer year, Authentication auth, Model model) {
        return render(year == null ? management.today().getYear() : year, auth, model);
    }

    /** The calculator; an htmx request gets only the result fragment. */
    @GetMapping("/deadline")
    @SignedIn
    String deadline(CalculatorForm form, @RequestParam(required = false) @Nullable Integer year,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Authentication auth, Model model, Locale locale) {
        model.addAttribute("calc", form);
        try {
            Deadline result = calendar.apply(CalendarInput.formRule(form.unit(), form.amount()),
                    CalendarInput.date("from", form.from()), CalendarInput.region(form.region()));
            model.addAttribute("result", result);
        } catch (InvalidInput e) {
            model.addAttribute("calcError", message(e, locale));
        }
        if (htmx != null) {
            return "calendar/index :: result";
        }
        return render(year == null ? management.today().getYear() : year, auth, model);
    }

    @PostMapping("/{year}/days")
    @CalendarRoute(CalendarStep.EDIT_SCHEDULE)
    String addDay(@PathVariable int year, CalendarInput.DayForm form, Principal principal, Authentication auth,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            ScheduledDay day = CalendarInput.day("day", form);
            if (day.date().getYear() != year) {
                throw new InvalidInput("day.date", "calendar.day.outsideYear", day.date(), year);
            }
            management.addDay(day, principal.getName());
        } catch (InvalidInput e) {
            model.addAttribute("error", message(e, locale));
            model.addAttribute("dayForm", form);
            return render(year, auth, model);
        }
        return saved(year, locale, redirect);
    }

    @PostMapping("/{year}/days/remove")
    @CalendarRoute(CalendarStep.EDIT_SCHEDULE)
    String removeDay(@PathVariable int year, @RequestParam String date, @RequestParam(required = false) @Nullable String regionCode,
            Principal principal, Authentication auth, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            management.removeDay(CalendarInput.date("date", date), CalendarInput.region(regionCode), principal.getName());
        } catch (InvalidInput e) {
            model.addAttribute("error", message(e, locale));
            return render(year, auth, model);
        } catch (NotFound e) {
            model.addAttribute("error", messages.getMessage("calendar.day.notFound", new Object[] {date}, locale));
            return render(year, auth, model);
        }
        return saved(year, locale, redirect);
    }

    @PostMapping("/{year}/schedule")
    @CalendarRoute(CalendarStep.EDIT_SCHEDULE)
    String load(@PathVariable int year, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String source, Principal principal, Authentication auth, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            management.loadYear(year, text, source, principal.getName());
        } catch (InvalidInput e) {
            model.addAttribute("error", message(e, locale));
            model.addAttribute("scheduleText", text);
            model.addAttribute("source", source);
            return render(year, auth, model);
        }
        return saved(year, locale, redirect);
    }

    private String saved(int year, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", messages.getMessage("calendar.edit.saved", new Object[] {year}, locale));
        return "redirect:/admin/calendar?year=" + year;
    }

    private String render(int year, Authentication auth, Model model) {
        CalendarYear selected = management.year(year);
        List<ScheduledDay> national = selected.days().stream().filter(ScheduledDay::national).toList();
        List<ScheduledDay> overlays = selected.days().stream().filter(d -> !d.national()).toList();
        model.addAttribute("years", management.years());
        model.addAttribute("selected", selected);
        model.addAttribute("months", MonthGrid.of(selected));
        model.addAttribute("national", national);
        model.addAttribute("overlays", overlays);
        model.addAttribute("missingYears", management.missingOfficialYears());
        model.addAttribute("placeGroups", placeGroups());
        model.addAttribute("canEdit", auth != null && auth.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority())));
        if (!model.containsAttribute("calc")) {
            model.addAttribute("calc", new CalculatorForm(management.today().toString(), "15", "WORKING_DAYS", null));
        }
        if (!model.containsAttribute("scheduleText")) {
            model.addAttribute("scheduleText", selected.official() ? management.scheduleText(year) : "");
        }
        if (!model.containsAttribute("source")) {
            model.addAttribute("source", selected.source() == null ? "" : selected.source());
        }
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new CalendarInput.DayForm(year + "-01-01", "REST", "", ""));
        }
        return "calendar/index";
    }

    /**
     * Regional holidays are set for a city (e.g. 凉山彝族自治州) or a county: the picker offers those by name. The
     * calendar's core stays free of other modules; only this page asks the region module for names (region depends
     * on no module, so there is no cycle — decision 0002).
     */
    private List<PlaceGroup> placeGroups() {
        RegionCode province = RegionCode.of("510000000000");
        Map<String, List<Place>> counties = new LinkedHashMap<>();
        for (Region county : regions.within(province, RegionLevel.COUNTY)) {
            counties.computeIfAbsent(county.parentCode() == null ? "" : county.parentCode().value(), k -> new ArrayList<>())
                    .add(new Place(county.code().value(), county.name()));
        }
        List<PlaceGroup> groups = new ArrayList<>();
        for (Region city : regions.within(province, RegionLevel.CITY)) {
            groups.add(new PlaceGroup(city.code().value(), city.name(), counties.getOrDefault(city.code().value(), List.of())));
        }
        return groups;
    }

    private String message(InvalidInput e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }
}
