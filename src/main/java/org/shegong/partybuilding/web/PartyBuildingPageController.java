package org.shegong.partybuilding.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.partybuilding.Coverage;
import org.shegong.partybuilding.CreditCode;
import org.shegong.partybuilding.FormPartyOrganization;
import org.shegong.partybuilding.ImportRejected;
import org.shegong.partybuilding.OrganizationId;
import org.shegong.partybuilding.OrganizationView;
import org.shegong.partybuilding.PartyBuildingRegistry;
import org.shegong.partybuilding.PartyBuildingRoute;
import org.shegong.partybuilding.PartyBuildingStep;
import org.shegong.partybuilding.PartyOrganizationKind;
import org.shegong.partybuilding.PartyOrganizationView;
import org.shegong.partybuilding.PartyOrganizations;
import org.shegong.partybuilding.NewStation;
import org.shegong.partybuilding.Station;
import org.shegong.partybuilding.StationId;
import org.shegong.partybuilding.StationService;
import org.shegong.partybuilding.Stations;
import org.shegong.partybuilding.WorkerGroup;
import org.shegong.region.Scope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The party-building dashboard: coverage by region and department, the trend, the gaps, import and joint branches. */
@Controller
class PartyBuildingPageController {

    private final PartyBuildingRegistry registry;
    private final PartyOrganizations parties;
    private final Coverage coverage;
    private final Stations stations;
    private final MessageSource messages;
    private final Clock clock;

    PartyBuildingPageController(PartyBuildingRegistry registry, PartyOrganizations parties, Coverage coverage,
            Stations stations, MessageSource messages, Clock clock) {
        this.stations = stations;
        this.registry = registry;
        this.parties = parties;
        this.coverage = coverage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/partybuilding")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    String dashboard(Scope callerScope, @RequestParam(required = false) @Nullable String region, Model model) {
        Scope scope = coverage.within(callerScope, region);
        model.addAttribute("region", scope.region().value());
        model.addAttribute("drillable", scope.region().level() != org.shegong.region.RegionLevel.VILLAGE);
        Coverage.RegionCoverage byRegion = coverage.byRegion(scope);
        model.addAttribute("regions", byRegion);
        model.addAttribute("departments", coverage.byDepartment(scope));
        model.addAttribute("gaps", coverage.gaps(scope, 200));
        model.addAttribute("workers", registry.workers(scope));
        model.addAttribute("stations", stations.list(scope));
        model.addAttribute("month", YearMonth.now(clock).toString());
        model.addAttribute("workerGroups", WorkerGroup.values());
        model.addAttribute("instructorKinds", PartyOrganizations.InstructorKind.values());
        model.addAttribute("stationServices", StationService.values());
        model.addAttribute("linkKinds", Station.Kind.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "partybuilding/dashboard";
    }

    @PostMapping("/partybuilding/import")
    @PartyBuildingRoute(PartyBuildingStep.REGISTER)
    String importWorkbook(@AuthenticationPrincipal StaffPrincipal me, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try (var in = file.getInputStream()) {
            PartyBuildingApiController.requireUpload(file);
            PartyBuildingRegistry.ImportResult done = registry.importWorkbook(me, in);
            model.addAttribute("notice", text("partybuilding.import.done", done.created(), done.updated()));
        } catch (ImportRejected e) {
            response.setStatus(400);
            model.addAttribute("problems", e.problems().stream().map(p -> (p.row() == null ? ""
                    : text("partybuilding.import.row", p.row()) + ": ") + text(p.messageKey(), p.args())).toList());
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    /** One unit credit code per line; members as "number,name,credit code[,预备]" per line. */
    @PostMapping("/partybuilding/joint-branches")
    @PartyBuildingRoute(PartyBuildingStep.ORGANIZE)
    String formJoint(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String units, @RequestParam(defaultValue = "") String members,
            @RequestParam(required = false) @Nullable Integer committeeSize, Model model, HttpServletResponse response) {
        try {
            List<OrganizationId> ids = new ArrayList<>();
            for (String line : units.split("\\R")) {
                if (!line.isBlank()) {
                    ids.add(unit(me.scope(), line).id());
                }
            }
            List<FormPartyOrganization.Member> list = new ArrayList<>();
            int n = 0;
            for (String line : members.split("\\R")) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("[,，]");
                if (f.length < 3 || f.length > 4) {
                    throw new InvalidInput("members", "partybuilding.ui.memberLine", n);
                }
                list.add(new FormPartyOrganization.Member(f[0].strip(), f[1].strip(), unit(me.scope(), f[2]).id(),
                        f.length == 4 && f[3].strip().equals("预备")));
            }
            PartyOrganizationView formed = parties.form(me, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH,
                    name, null, ids, list, committeeSize));
            model.addAttribute("notice", text("partybuilding.ui.formed", formed.name(), formed.units().size()));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    /** A party-building instructor or liaison for a unit named by its credit code (work coverage). */
    @PostMapping("/partybuilding/instructors")
    @PartyBuildingRoute(PartyBuildingStep.ORGANIZE)
    String assignInstructor(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String creditCode,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) PartyOrganizations.@Nullable InstructorKind kind,
            Model model, HttpServletResponse response) {
        try {
            OrganizationView unit = parties.assignInstructor(me, unit(me.scope(), creditCode).id(), name, kind);
            model.addAttribute("notice", text("partybuilding.ui.instructorAssigned", name.strip(), unit.name()));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    /** New-employment workers and the party members among them, per region and group. */
    @PostMapping("/partybuilding/workers")
    @PartyBuildingRoute(PartyBuildingStep.REPORT_WORKERS)
    String reportWorkers(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(required = false) @Nullable WorkerGroup group, @RequestParam(required = false) @Nullable Integer workers,
            @RequestParam(required = false) @Nullable Integer partyMembers, Model model, HttpServletResponse response) {
        try {
            registry.reportWorkers(me, regionCode.strip(), group, workers, partyMembers);
            model.addAttribute("notice", text("partybuilding.ui.workersReported"));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    @PostMapping("/partybuilding/stations")
    @PartyBuildingRoute(PartyBuildingStep.MANAGE_STATIONS)
    String registerStation(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String address,
            @RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lng,
            @RequestParam(required = false) java.time.@Nullable LocalTime opens,
            @RequestParam(required = false) java.time.@Nullable LocalTime closes,
            @RequestParam(required = false) java.util.@Nullable Set<StationService> services, Model model,
            HttpServletResponse response) {
        try {
            Station s = stations.register(me, new NewStation(name, regionCode, address, lat, lng, opens, closes, services));
            model.addAttribute("notice", text("partybuilding.ui.stationRegistered", s.name()));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    /** A volunteer activity held at a station or a demand raised there. */
    @PostMapping("/partybuilding/stations/links")
    @PartyBuildingRoute(PartyBuildingStep.MANAGE_STATIONS)
    String linkStation(@AuthenticationPrincipal StaffPrincipal me, @RequestParam long stationId,
            @RequestParam(required = false) Station.@Nullable Kind kind, @RequestParam(required = false) @Nullable Long reference,
            Model model, HttpServletResponse response) {
        try {
            Station s = stations.link(me, new StationId(stationId), kind, reference);
            model.addAttribute("notice", text("partybuilding.ui.stationLinked", s.name()));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("problems", List.of(text(e.messageKey(), e.args())));
        }
        return dashboard(me.scope(), null, model);
    }

    private OrganizationView unit(Scope scope, String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (!CreditCode.isValid(code)) {
            throw new InvalidInput("units", "partybuilding.creditCode.invalid", code);
        }
        return registry.findByCode(scope, new CreditCode(code))
                .orElseThrow(() -> new InvalidInput("units", "partybuilding.ui.unknownCode", code));
    }

    @GetMapping("/partybuilding/coverage.xlsx")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) @Nullable String region) {
        return PartyBuildingApiController.xlsx(coverage.export(coverage.within(scope, region), YearMonth.now(clock)), "partybuilding-coverage.xlsx");
    }

    @GetMapping("/partybuilding/template.xlsx")
    @PartyBuildingRoute(PartyBuildingStep.REGISTER)
    ResponseEntity<byte[]> template() {
        return PartyBuildingApiController.xlsx(registry.template(), "partybuilding-organizations.xlsx");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
