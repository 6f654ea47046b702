package org.shegong.workforce.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.AddressResolution;
import org.shegong.region.AddressResolver;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.shegong.workforce.Credential;
import org.shegong.workforce.ServiceComplexId;
import org.shegong.workforce.ServiceComplexes;
import org.shegong.workforce.ServiceProjectId;
import org.shegong.workforce.ServiceProjects;
import org.shegong.workforce.SocialWorkStationId;
import org.shegong.workforce.SocialWorkStations;
import org.shegong.workforce.SocialWorkerId;
import org.shegong.workforce.SocialWorkers;
import org.shegong.workforce.WorkforceFigures;
import org.shegong.workforce.WorkforceRoute;
import org.shegong.workforce.WorkforceStep;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Workforce pages: the dashboard with stations and social workers, service complexes, purchased projects. */
@Controller
class WorkforcePageController {

    private final SocialWorkStations stations;
    private final SocialWorkers workers;
    private final ServiceProjects projects;
    private final ServiceComplexes complexes;
    private final WorkforceFigures figures;
    private final RegionDirectory regions;
    private final AddressResolver places;
    private final MessageSource messages;
    private final java.time.Clock clock;

    WorkforcePageController(SocialWorkStations stations, SocialWorkers workers, ServiceProjects projects,
            ServiceComplexes complexes, WorkforceFigures figures, RegionDirectory regions, AddressResolver places,
            MessageSource messages, java.time.Clock clock) {
        this.stations = stations;
        this.workers = workers;
        this.projects = projects;
        this.complexes = complexes;
        this.figures = figures;
        this.regions = regions;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/workforce")
    @WorkforceRoute(WorkforceStep.VIEW)
    String dashboard(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) @Nullable String region,
            Model model) {
        Scope scope = figures.within(me.scope(), region);
        model.addAttribute("region", scope.region().value());
        model.addAttribute("drillable", scope.region().level().ordinal() < RegionLevel.TOWNSHIP.ordinal());
        model.addAttribute("figures", figures.dashboard(scope, 200));
        model.addAttribute("stations", stations.list(scope));
        model.addAttribute("workers", workers.list(me, 500).stream()
                .filter(w -> scope.covers(w.region())).toList());
        model.addAttribute("credentials", Credential.values());
        model.addAttribute("townships", townships(me.scope()));
        model.addAttribute("populationPlaces", populationPlaces(me.scope()));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "workforce/dashboard";
    }

    /** Townships offered in the forms: those of the caller's county or township (higher levels type a code). */
    private List<Region> townships(Scope scope) {
        return switch (scope.region().level()) {
            case COUNTY -> regions.children(scope.region());
            case TOWNSHIP -> regions.find(scope.region()).map(List::of).orElse(List.of());
            default -> List.of();
        };
    }

    /** Places offered by name in the population form: the caller's own region, its counties and, for a county, its townships. */
    private List<Region> populationPlaces(Scope scope) {
        RegionCode top = scope.region();
        List<Region> out = new ArrayList<>();
        regions.find(top).ifPresent(out::add);
        switch (top.level()) {
            case PROVINCE, CITY -> out.addAll(regions.within(top, RegionLevel.COUNTY));
            case COUNTY -> out.addAll(regions.children(top));
            default -> {
            }
        }
        return out;
    }

    /**
     * The region a population form names: a county or township named as people name it ("米易县丙谷镇", "丙谷镇"),
     * or its 12-digit code, within the caller's region; a name outside it is unknown, one that fits several places
     * in it is refused with the candidates named.
     */
    private Region placeOf(Scope scope, String typed) {
        String t = typed.strip();
        if (t.isEmpty() || t.length() > MAX_PLACE) {
            throw new InvalidInput("place", "workforce.place.invalid", MAX_PLACE);
        }
        if (t.matches("\\d{12}")) {
            return regions.find(RegionCode.of(t)).filter(r -> scope.covers(r.code()))
                    .orElseThrow(() -> new InvalidInput("place", "workforce.place.unknown", t));
        }
        List<Region> offered = populationPlaces(scope).stream().filter(r -> r.name().equals(t)).toList();
        if (offered.size() == 1) {
            return offered.get(0);
        }
        AddressResolution found = places.resolve(t);
        List<Region> inScope = (found.ambiguous() ? found.candidates()
                : found.region() == null ? List.<Region>of() : List.of(found.region()))
                .stream().filter(r -> scope.covers(r.code())).toList();
        if (inScope.size() > 1) {
            throw new InvalidInput("place", "workforce.place.ambiguous", t, String.join("、",
                    inScope.stream().limit(5).map(r -> r.name() + "（" + r.code().value() + "）").toList()));
        }
        if (inScope.isEmpty()) {
            throw new InvalidInput("place", "workforce.place.unknown", t);
        }
        return inScope.get(0);
    }

    static final int MAX_PLACE = 60;

    @PostMapping("/workforce/population")
    @WorkforceRoute(WorkforceStep.SET_POPULATION)
    String setPopulation(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String place,
            @RequestParam(required = false) @Nullable Long residents, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "") String source, Model model, HttpServletResponse response) {
        try {
            Region region = placeOf(me.scope(), place);
            figures.setPopulation(me, region.code().value(), residents, year, source);
            model.addAttribute("notice", text("workforce.ui.populationSet", region.name(), residents));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return dashboard(me, null, model);
    }

    @GetMapping("/workforce/dashboard.xlsx")
    @WorkforceRoute(WorkforceStep.VIEW)
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) @Nullable String region) {
        return WorkforceApiController.xlsx(figures.export(figures.within(scope, region)));
    }

    @PostMapping("/workforce/stations")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    String registerStation(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String address,
            @RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lng,
            @RequestParam(required = false) @Nullable LocalDate openedOn, Model model, HttpServletResponse response) {
        try {
            SocialWorkStations.Station s = stations.register(me,
                    new SocialWorkStations.NewStation(name, regionCode, address, lat, lng, openedOn));
            model.addAttribute("notice", text("workforce.ui.stationRegistered", s.name()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return dashboard(me, null, model);
    }

    @PostMapping("/workforce/social-workers")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    String registerWorker(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String credential,
            @RequestParam(defaultValue = "") String employer, @RequestParam(required = false) @Nullable Long stationId,
            @RequestParam(defaultValue = "") String regionCode, Model model, HttpServletResponse response) {
        try {
            SocialWorkers.SocialWorker w = workers.register(me, new SocialWorkers.NewSocialWorker(name, idNumber,
                    credential, employer, stationId == null ? null : new SocialWorkStationId(stationId), regionCode));
            model.addAttribute("notice", text("workforce.ui.workerRegistered", w.name()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return dashboard(me, null, model);
    }

    @PostMapping("/workforce/social-workers/training")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    String recordTraining(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long workerId,
            @RequestParam(required = false) @Nullable LocalDate day, @RequestParam(required = false) @Nullable BigDecimal hours,
            @RequestParam(defaultValue = "") String topic, Model model, HttpServletResponse response) {
        try {
            SocialWorkers.SocialWorker w = workers.recordTraining(me, new SocialWorkerId(workerId), new SocialWorkers.NewTraining(day, hours, topic));
            model.addAttribute("notice", text("workforce.ui.trainingRecorded", w.name(), w.trainingHoursThisYear()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return dashboard(me, null, model);
    }

    @PostMapping("/workforce/social-workers/service-records")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    String recordService(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long workerId,
            @RequestParam(required = false) @Nullable LocalDate day, @RequestParam(required = false) @Nullable BigDecimal hours,
            @RequestParam(defaultValue = "") String service, @RequestParam(required = false) @Nullable Integer served,
            Model model, HttpServletResponse response) {
        try {
            SocialWorkers.SocialWorker w = workers.recordService(me, new SocialWorkerId(workerId),
                    new SocialWorkers.NewServiceRecord(day, hours, service, served));
            model.addAttribute("notice", text("workforce.ui.serviceRecorded", w.name(), w.serviceRecords()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return dashboard(me, null, model);
    }

    @GetMapping("/workforce/complexes")
    @WorkforceRoute(WorkforceStep.VIEW)
    String complexes(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("complexes", complexes.list(me));
        model.addAttribute("linkKinds", ServiceComplexes.LinkKind.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "workforce/complexes";
    }

    @PostMapping("/workforce/complexes")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    String registerComplex(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "false") boolean pilot,
            @RequestParam(defaultValue = "") String address, @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lng, @RequestParam(required = false) @Nullable LocalTime opens,
            @RequestParam(required = false) @Nullable LocalTime closes, @RequestParam(defaultValue = "") String facilities,
            @RequestParam(defaultValue = "") String services, Model model, HttpServletResponse response) {
        try {
            ServiceComplexes.Complex c = complexes.register(me, new ServiceComplexes.NewComplex(name, regionCode, pilot,
                    address, lat, lng, opens, closes, lines(facilities), lines(services)));
            model.addAttribute("notice", text("workforce.ui.complexRegistered", c.name()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return complexes(me, model);
    }

    @PostMapping("/workforce/complexes/links")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    String link(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long complexId,
            @RequestParam(required = false) ServiceComplexes.@Nullable LinkKind kind,
            @RequestParam(defaultValue = "") String reference, Model model, HttpServletResponse response) {
        try {
            ServiceComplexes.Complex c = complexes.link(me, new ServiceComplexId(complexId), kind, reference);
            model.addAttribute("notice", text("workforce.ui.linked", c.name()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return complexes(me, model);
    }

    @PostMapping("/workforce/complexes/usage")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    String usage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long complexId,
            @RequestParam(required = false) @Nullable LocalDate day, @RequestParam(required = false) @Nullable Integer visits,
            Model model, HttpServletResponse response) {
        try {
            ServiceComplexes.Complex c = complexes.recordUsage(me, new ServiceComplexId(complexId), day, visits);
            model.addAttribute("notice", text("workforce.ui.usageRecorded", c.name()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return complexes(me, model);
    }

    @GetMapping("/workforce/projects")
    @WorkforceRoute(WorkforceStep.VIEW)
    String projects(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("projects", projects.list(me));
        model.addAttribute("evaluations", ServiceProjects.Evaluation.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "workforce/projects";
    }

    @PostMapping("/workforce/projects")
    @WorkforceRoute(WorkforceStep.MANAGE_PROJECTS)
    String registerProject(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String purchaser, @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(required = false) @Nullable BigDecimal budget,
            @RequestParam(required = false) @Nullable LocalDate startsOn,
            @RequestParam(required = false) @Nullable LocalDate endsOn,
            @RequestParam(defaultValue = "") String deliverables, Model model, HttpServletResponse response) {
        try {
            ServiceProjects.Project p = projects.register(me, new ServiceProjects.NewProject(title, purchaser, provider,
                    regionCode, budget, startsOn, endsOn, deliverables));
            model.addAttribute("notice", text("workforce.ui.projectRegistered", p.title()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return projects(me, model);
    }

    @PostMapping("/workforce/projects/evaluation")
    @WorkforceRoute(WorkforceStep.MANAGE_PROJECTS)
    String evaluate(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long projectId,
            @RequestParam(defaultValue = "") String result, @RequestParam(defaultValue = "") String note, Model model,
            HttpServletResponse response) {
        try {
            ServiceProjects.Project p = projects.evaluate(me, new ServiceProjectId(projectId), result, note);
            model.addAttribute("notice", text("workforce.ui.projectEvaluated", p.title()));
        } catch (InvalidInput e) {
            refused(e, model, response);
        }
        return projects(me, model);
    }

    private static List<String> lines(String typed) {
        return Arrays.stream(typed.split("[\\r\\n、,，]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void refused(InvalidInput e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
