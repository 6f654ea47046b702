package org.shegong.partybuilding.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffPrincipal;
import org.shegong.partybuilding.Coverage;
import org.shegong.partybuilding.CoverageFigures;
import org.shegong.partybuilding.FormPartyOrganization;
import org.shegong.partybuilding.Gap;
import org.shegong.partybuilding.ImportRejected;
import org.shegong.partybuilding.NewOrganization;
import org.shegong.partybuilding.OrganizationId;
import org.shegong.partybuilding.OrganizationView;
import org.shegong.partybuilding.PartyBuildingRegistry;
import org.shegong.partybuilding.PartyBuildingRoute;
import org.shegong.partybuilding.PartyBuildingStep;
import org.shegong.partybuilding.PartyOrganizationId;
import org.shegong.partybuilding.PartyOrganizationView;
import org.shegong.partybuilding.PartyOrganizations;
import org.shegong.partybuilding.NewStation;
import org.shegong.partybuilding.Station;
import org.shegong.partybuilding.StationId;
import org.shegong.partybuilding.Stations;
import org.shegong.partybuilding.WorkerGroup;
import org.shegong.region.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of party building in new domains: registries, party organizations, instructors, coverage and gaps. */
@RestController
class PartyBuildingApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    private final PartyBuildingRegistry registry;
    private final PartyOrganizations parties;
    private final Coverage coverage;
    private final Stations stations;
    private final MessageSource messages;
    private final Clock clock;

    PartyBuildingApiController(PartyBuildingRegistry registry, PartyOrganizations parties, Coverage coverage,
            Stations stations, MessageSource messages, Clock clock) {
        this.stations = stations;
        this.registry = registry;
        this.parties = parties;
        this.coverage = coverage;
        this.messages = messages;
        this.clock = clock;
    }

    record Problem(@Nullable Integer row, String field, String code, String error, String errorEn) {
    }

    record Rejection(int status, String error, String errorEn, String code, List<Problem> problems) {
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<Rejection> rejected(ImportRejected e) {
        List<Problem> problems = e.problems().stream().map(p -> new Problem(p.row(), p.field(), p.messageKey(),
                text(p, Locale.SIMPLIFIED_CHINESE), text(p, Locale.ENGLISH))).toList();
        return ResponseEntity.badRequest().body(new Rejection(400,
                messages.getMessage("partybuilding.import.failed", null, Locale.SIMPLIFIED_CHINESE) + problems.get(0).error(),
                messages.getMessage("partybuilding.import.failed", null, Locale.ENGLISH) + " " + problems.get(0).errorEn(),
                e.messageKey(), problems));
    }

    /** One problem as a person reads it: "第3行: …" / "Row 3: …". */
    private String text(ImportRejected.Problem p, Locale locale) {
        String reason = messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
        return p.row() == null ? reason
                : messages.getMessage("partybuilding.import.row", new Object[] { p.row() }, locale) + ": " + reason;
    }

    @GetMapping("/api/v1/partybuilding/organizations")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    List<OrganizationView> organizations(Scope scope, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "100") int limit) {
        return registry.search(scope, q, limit);
    }

    @PostMapping("/api/v1/partybuilding/organizations")
    @PartyBuildingRoute(PartyBuildingStep.REGISTER)
    ResponseEntity<OrganizationView> register(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewOrganization body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registry.register(me, body));
    }

    @GetMapping("/api/v1/partybuilding/organizations/{id}")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    OrganizationView organization(Scope scope, @PathVariable long id) {
        return registry.find(scope, new OrganizationId(id));
    }

    @PostMapping("/api/v1/partybuilding/imports")
    @PartyBuildingRoute(PartyBuildingStep.REGISTER)
    PartyBuildingRegistry.ImportResult importWorkbook(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam("file") MultipartFile file) throws IOException {
        requireUpload(file);
        try (var in = file.getInputStream()) {
            return registry.importWorkbook(me, in);
        }
    }

    static void requireUpload(MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "partybuilding.import.empty");
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw new InvalidInput("file", "partybuilding.import.tooLarge", MAX_UPLOAD_BYTES / 1024 / 1024);
        }
    }

    @PostMapping("/api/v1/partybuilding/party-organizations")
    @PartyBuildingRoute(PartyBuildingStep.ORGANIZE)
    ResponseEntity<PartyOrganizationView> form(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody FormPartyOrganization body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(parties.form(me, body));
    }

    @GetMapping("/api/v1/partybuilding/party-organizations/{id}")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    PartyOrganizationView partyOrganization(Scope scope, @PathVariable long id) {
        return parties.find(scope, new PartyOrganizationId(id));
    }

    record InstructorForm(@Nullable String name, PartyOrganizations.@Nullable InstructorKind kind) {
    }

    @PostMapping("/api/v1/partybuilding/organizations/{id}/instructors")
    @PartyBuildingRoute(PartyBuildingStep.ORGANIZE)
    OrganizationView assignInstructor(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody InstructorForm body) {
        return parties.assignInstructor(me, new OrganizationId(id), body.name(), body.kind());
    }

    record WorkerForm(@Nullable Integer workers, @Nullable Integer partyMembers) {
    }

    @PutMapping("/api/v1/partybuilding/workers/{code}/{group}")
    @PartyBuildingRoute(PartyBuildingStep.REPORT_WORKERS)
    List<PartyBuildingRegistry.WorkerCount> reportWorkers(@AuthenticationPrincipal StaffPrincipal me,
            @PathVariable String code, @PathVariable WorkerGroup group, @RequestBody WorkerForm body) {
        registry.reportWorkers(me, code, group, body.workers(), body.partyMembers());
        return registry.workers(me.scope());
    }

    @GetMapping("/api/v1/partybuilding/workers")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    List<PartyBuildingRegistry.WorkerCount> workers(Scope scope) {
        return registry.workers(scope);
    }

    record CoverageAnswer(CoverageFigures total, List<CoverageFigures> regions, List<CoverageFigures> departments,
            List<CoverageFigures> trend) {
    }

    @GetMapping("/api/v1/partybuilding/coverage")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    CoverageAnswer coverage(Scope callerScope, @RequestParam(required = false) @Nullable String region) {
        Scope scope = coverage.within(callerScope, region);
        Coverage.RegionCoverage byRegion = coverage.byRegion(scope);
        return new CoverageAnswer(byRegion.total(), byRegion.children(), coverage.byDepartment(scope),
                coverage.trend(scope, YearMonth.now(clock), 12));
    }

    @GetMapping("/api/v1/partybuilding/gaps")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    List<Gap> gaps(Scope scope, @RequestParam(required = false) @Nullable String region,
            @RequestParam(defaultValue = "500") int limit) {
        return coverage.gaps(coverage.within(scope, region), limit);
    }

    @GetMapping("/api/v1/partybuilding/coverage.xlsx")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) @Nullable String region) {
        return xlsx(coverage.export(coverage.within(scope, region), YearMonth.now(clock)), "partybuilding-coverage.xlsx");
    }

    @GetMapping("/api/v1/partybuilding/stations")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    List<Station> stations(Scope scope) {
        return stations.list(scope);
    }

    @PostMapping("/api/v1/partybuilding/stations")
    @PartyBuildingRoute(PartyBuildingStep.MANAGE_STATIONS)
    ResponseEntity<Station> registerStation(@AuthenticationPrincipal StaffPrincipal me, @RequestBody NewStation body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(stations.register(me, body));
    }

    @GetMapping("/api/v1/partybuilding/stations/{id}")
    @PartyBuildingRoute(PartyBuildingStep.VIEW)
    Station station(Scope scope, @PathVariable long id) {
        return stations.find(scope, new StationId(id));
    }

    @Schema(name = "PartyBuildingUsageForm")
    record UsageForm(java.time.@Nullable LocalDate day, @Nullable Integer visits) {
    }

    @PostMapping("/api/v1/partybuilding/stations/{id}/usage")
    @PartyBuildingRoute(PartyBuildingStep.MANAGE_STATIONS)
    Station recordUsage(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody UsageForm body) {
        return stations.recordUsage(me, new StationId(id), body.day(), body.visits());
    }

    @Schema(name = "PartyBuildingLinkForm")
    record LinkForm(Station.@Nullable Kind kind, @Nullable Long reference) {
    }

    @PostMapping("/api/v1/partybuilding/stations/{id}/links")
    @PartyBuildingRoute(PartyBuildingStep.MANAGE_STATIONS)
    Station link(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody LinkForm body) {
        return stations.link(me, new StationId(id), body.kind(), body.reference());
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
