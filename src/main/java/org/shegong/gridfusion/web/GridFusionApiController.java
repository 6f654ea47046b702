package org.shegong.gridfusion.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.GridTask;
import org.shegong.SignedIn;
import org.shegong.gridfusion.CountyFigure;
import org.shegong.gridfusion.DepartmentLayer;
import org.shegong.gridfusion.FitReport;
import org.shegong.gridfusion.GridFusionManagement;
import org.shegong.gridfusion.GridFusionRoute;
import org.shegong.gridfusion.GridFusionStep;
import org.shegong.gridfusion.GridTaskList;
import org.shegong.gridfusion.Inspection;
import org.shegong.gridfusion.InspectionManagement;
import org.shegong.gridfusion.LayerReport;
import org.shegong.gridfusion.PushInspection;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.GridUploadRejected;
import org.springframework.context.MessageSource;
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

/** Grid fusion API: departmental layers, their fit reports and mappings, county statistics, inspections, a worker's list. */
@RestController
class GridFusionApiController {

    private final GridFusionManagement layers;
    private final InspectionManagement inspections;
    private final GridTaskList tasks;
    private final MessageSource messages;

    GridFusionApiController(GridFusionManagement layers, InspectionManagement inspections, GridTaskList tasks,
            MessageSource messages) {
        this.layers = layers;
        this.inspections = inspections;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/api/v1/grid-layers")
    @GridFusionRoute(GridFusionStep.VIEW_LAYERS)
    List<DepartmentLayer> layers(@AuthenticationPrincipal StaffPrincipal me) {
        return layers.layers(me);
    }

    /** Uploads a layer (GeoJSON body) for {@code county}; all or nothing: 400 lists every problem per feature. */
    @PostMapping(path = "/api/v1/grid-layers", consumes = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
    @GridFusionRoute(GridFusionStep.UPLOAD_LAYER)
    ResponseEntity<DepartmentLayer> upload(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String county,
            @RequestParam(required = false) String department, @RequestParam(required = false) String name,
            @RequestBody String geoJson) {
        return ResponseEntity.status(HttpStatus.CREATED).body(layers.upload(me, county, department, name, geoJson));
    }

    @GetMapping("/api/v1/grid-layers/statistics")
    @GridFusionRoute(GridFusionStep.VIEW_LAYERS)
    List<CountyFigure> statistics(@AuthenticationPrincipal StaffPrincipal me) {
        return layers.statistics(me);
    }

    record ReportJson(DepartmentLayer layer, List<String> allowed, double fitFigure, double fusionFigure,
            double departmentArea, double countyArea, double uncoveredArea, double coveredTwiceArea, double outsideArea,
            long crossingVillages, List<GridJson> grids) {

        static ReportJson of(LayerReport r) {
            FitReport f = r.fit();
            return new ReportJson(r.layer(), r.allowed().stream().map(Enum::name).sorted().toList(), f.fitFigure(),
                    r.fusionFigure(), f.departmentArea(), f.countyArea(), f.uncoveredArea(), f.coveredTwiceArea(),
                    f.outsideArea(), f.crossingVillages(), f.grids().stream().map(g -> new GridJson(g.id(), g.key(), g.name(),
                            g.area(), g.wholeShare(), g.crossesVillages(), g.villages(), g.overlaps(), g.suggested(),
                            r.mapped().getOrDefault(g.id(), List.of()))).toList());
        }
    }

    @Schema(name = "GridFusionGridJson")
    record GridJson(long id, String key, String name, double area, double wholeShare, boolean crossesVillages,
            List<String> villages, List<FitReport.Overlap> overlaps, List<String> suggested, List<String> mapped) {
    }

    @GetMapping("/api/v1/grid-layers/{id}")
    @GridFusionRoute(GridFusionStep.VIEW_LAYERS)
    ReportJson report(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return ReportJson.of(layers.report(me, id));
    }

    record Mappings(@Nullable Map<Long, List<String>> mappings) {
    }

    record Mapped(int grids) {
    }

    /** Maps departmental grids (by id) onto unified grid codes inside the caller's scope, all or nothing. */
    @PutMapping("/api/v1/grid-layers/{id}/mappings")
    @GridFusionRoute(GridFusionStep.MAP_GRIDS)
    Mapped map(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody Mappings body) {
        return new Mapped(layers.map(me, id, body.mappings() == null ? Map.of() : body.mappings()));
    }

    @PostMapping("/api/v1/grid-layers/{id}/mappings/suggested")
    @GridFusionRoute(GridFusionStep.MAP_GRIDS)
    Mapped acceptSuggestions(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return new Mapped(layers.acceptSuggestions(me, id));
    }

    @PostMapping("/api/v1/grid-layers/{id}/retire")
    @GridFusionRoute(GridFusionStep.RETIRE_LAYER)
    DepartmentLayer retire(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return layers.retire(me, id);
    }

    record TaskJson(String kind, String kindKey, String title, String gridCode, @Nullable Instant deadline, boolean overdue,
            String link) {
    }

    record TasksJson(List<String> grids, List<TaskJson> tasks) {
    }

    /** The caller's one list: every open task in the grids they serve, from every module, earliest deadline first. */
    @GetMapping("/api/v1/grid/tasks")
    @SignedIn
    TasksJson tasks(@AuthenticationPrincipal StaffPrincipal me, Locale locale) {
        var mine = tasks.of(me);
        Instant now = Instant.now();
        return new TasksJson(mine.gridCodes(), mine.tasks().stream().map((GridTask t) -> new TaskJson(
                messages.getMessage(t.kindKey(), null, t.kindKey(), locale), t.kindKey(), t.title(), t.gridCode(),
                t.deadline(), t.overdue(now), t.link())).toList());
    }

    @Schema(name = "GridFusionPush")
    record Push(@Nullable String itemCode, @Nullable String title, @Nullable String area, @Nullable Long departmentalGridId,
            @Nullable LocalDate due) {
    }

    @PostMapping("/api/v1/grid/inspections")
    @GridFusionRoute(GridFusionStep.PUSH_INSPECTION)
    ResponseEntity<InspectionManagement.Pushed> push(@AuthenticationPrincipal StaffPrincipal me, @RequestBody Push body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inspections.push(me,
                new PushInspection(body.itemCode(), body.title(), body.area(), body.departmentalGridId(), body.due())));
    }

    @GetMapping("/api/v1/grid/inspections/{id}")
    @GridFusionRoute({ GridFusionStep.PUSH_INSPECTION, GridFusionStep.COMPLETE_INSPECTION })
    Inspection inspection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return inspections.visible(me, id);
    }

    record Done(@Nullable String note) {
    }

    @PostMapping("/api/v1/grid/inspections/{id}/done")
    @GridFusionRoute(GridFusionStep.COMPLETE_INSPECTION)
    Inspection done(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestBody(required = false) Done body) {
        return inspections.complete(me, id, body == null ? null : body.note());
    }

    /** An upload refused: every problem, per feature, in Chinese and English; nothing was stored. */
    @ExceptionHandler(GridUploadRejected.class)
    ResponseEntity<Map<String, Object>> rejected(GridUploadRejected e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", message(e.messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE));
        body.put("errorEn", message(e.messageKey(), e.args(), Locale.ENGLISH));
        body.put("code", e.messageKey());
        body.put("problems", e.problems().stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("feature", p.feature());
            one.put("field", p.field());
            one.put("code", p.messageKey());
            one.put("error", message(p.messageKey(), p.args(), Locale.SIMPLIFIED_CHINESE));
            one.put("errorEn", message(p.messageKey(), p.args(), Locale.ENGLISH));
            return one;
        }).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
