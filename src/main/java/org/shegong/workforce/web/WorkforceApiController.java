package org.shegong.workforce.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Scope;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the social-work workforce: stations, social workers, projects, service complexes and the figures. */
@RestController
class WorkforceApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SocialWorkStations stations;
    private final SocialWorkers workers;
    private final ServiceProjects projects;
    private final ServiceComplexes complexes;
    private final WorkforceFigures figures;

    WorkforceApiController(SocialWorkStations stations, SocialWorkers workers, ServiceProjects projects,
            ServiceComplexes complexes, WorkforceFigures figures) {
        this.stations = stations;
        this.workers = workers;
        this.projects = projects;
        this.complexes = complexes;
        this.figures = figures;
    }

    @GetMapping("/api/v1/workforce/dashboard")
    @WorkforceRoute(WorkforceStep.VIEW)
    WorkforceFigures.Dashboard dashboard(Scope scope, @RequestParam(required = false) @Nullable String region) {
        return figures.dashboard(figures.within(scope, region), 500);
    }

    @GetMapping("/api/v1/workforce/dashboard.xlsx")
    @WorkforceRoute(WorkforceStep.VIEW)
    ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) @Nullable String region) {
        return xlsx(figures.export(figures.within(scope, region)));
    }

    static ResponseEntity<byte[]> xlsx(byte[] body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workforce.xlsx\"").body(body);
    }

    record PopulationForm(@Nullable Long residents, @Nullable Integer year, @Nullable String source) {
    }

    @PutMapping("/api/v1/workforce/population/{code}")
    @WorkforceRoute(WorkforceStep.SET_POPULATION)
    WorkforceFigures.Dashboard setPopulation(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String code,
            @RequestBody PopulationForm body) {
        figures.setPopulation(me, code, body.residents(), body.year(), body.source());
        return figures.dashboard(figures.within(me.scope(), code), 500);
    }

    @GetMapping("/api/v1/workforce/stations")
    @WorkforceRoute(WorkforceStep.VIEW)
    List<SocialWorkStations.Station> stations(Scope scope) {
        return stations.list(scope);
    }

    @PostMapping("/api/v1/workforce/stations")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    ResponseEntity<SocialWorkStations.Station> registerStation(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody SocialWorkStations.NewStation body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(stations.register(me, body));
    }

    @GetMapping("/api/v1/workforce/stations/{id}")
    @WorkforceRoute(WorkforceStep.VIEW)
    SocialWorkStations.Station station(Scope scope, @PathVariable long id) {
        return stations.find(scope, new SocialWorkStationId(id));
    }

    @GetMapping("/api/v1/workforce/social-workers")
    @WorkforceRoute(WorkforceStep.VIEW)
    List<SocialWorkers.SocialWorker> socialWorkers(@AuthenticationPrincipal StaffPrincipal me,
            @RequestParam(defaultValue = "500") int limit) {
        return workers.list(me, limit);
    }

    @PostMapping("/api/v1/workforce/social-workers")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    ResponseEntity<SocialWorkers.SocialWorker> registerWorker(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody SocialWorkers.NewSocialWorker body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workers.register(me, body));
    }

    @GetMapping("/api/v1/workforce/social-workers/{id}")
    @WorkforceRoute(WorkforceStep.VIEW)
    SocialWorkers.SocialWorker socialWorker(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return workers.find(me, new SocialWorkerId(id));
    }

    @PostMapping("/api/v1/workforce/social-workers/{id}/training")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    SocialWorkers.SocialWorker recordTraining(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody SocialWorkers.NewTraining body) {
        return workers.recordTraining(me, new SocialWorkerId(id), body);
    }

    @PostMapping("/api/v1/workforce/social-workers/{id}/service-records")
    @WorkforceRoute(WorkforceStep.MANAGE_WORKERS)
    SocialWorkers.SocialWorker recordService(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody SocialWorkers.NewServiceRecord body) {
        return workers.recordService(me, new SocialWorkerId(id), body);
    }

    @GetMapping("/api/v1/workforce/projects")
    @WorkforceRoute(WorkforceStep.VIEW)
    List<ServiceProjects.Project> projects(@AuthenticationPrincipal StaffPrincipal me) {
        return projects.list(me);
    }

    @PostMapping("/api/v1/workforce/projects")
    @WorkforceRoute(WorkforceStep.MANAGE_PROJECTS)
    ResponseEntity<ServiceProjects.Project> registerProject(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody ServiceProjects.NewProject body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(projects.register(me, body));
    }

    @GetMapping("/api/v1/workforce/projects/{id}")
    @WorkforceRoute(WorkforceStep.VIEW)
    ServiceProjects.Project project(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return projects.find(me, new ServiceProjectId(id));
    }

    record EvaluationForm(@Nullable String result, @Nullable String note) {
    }

    @PostMapping("/api/v1/workforce/projects/{id}/evaluation")
    @WorkforceRoute(WorkforceStep.MANAGE_PROJECTS)
    ServiceProjects.Project evaluate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody EvaluationForm body) {
        return projects.evaluate(me, new ServiceProjectId(id), body.result(), body.note());
    }

    @GetMapping("/api/v1/workforce/complexes")
    @WorkforceRoute(WorkforceStep.VIEW)
    List<ServiceComplexes.Complex> complexes(@AuthenticationPrincipal StaffPrincipal me) {
        return complexes.list(me);
    }

    @PostMapping("/api/v1/workforce/complexes")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    ResponseEntity<ServiceComplexes.Complex> registerComplex(@AuthenticationPrincipal StaffPrincipal me,
            @RequestBody ServiceComplexes.NewComplex body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(complexes.register(me, body));
    }

    @GetMapping("/api/v1/workforce/complexes/{id}")
    @WorkforceRoute(WorkforceStep.VIEW)
    ServiceComplexes.Complex complex(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return complexes.find(me, new ServiceComplexId(id));
    }

    @Schema(name = "WorkforceUsageForm")
    record UsageForm(@Nullable LocalDate day, @Nullable Integer visits) {
    }

    @PostMapping("/api/v1/workforce/complexes/{id}/usage")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    ServiceComplexes.Complex recordUsage(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody UsageForm body) {
        return complexes.recordUsage(me, new ServiceComplexId(id), body.day(), body.visits());
    }

    @Schema(name = "WorkforceLinkForm")
    record LinkForm(ServiceComplexes.@Nullable LinkKind kind, @Nullable String reference) {
    }

    @PostMapping("/api/v1/workforce/complexes/{id}/links")
    @WorkforceRoute(WorkforceStep.MANAGE_COMPLEXES)
    ServiceComplexes.Complex link(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
            @RequestBody LinkForm body) {
        return complexes.link(me, new ServiceComplexId(id), body.kind(), body.reference());
    }
}
