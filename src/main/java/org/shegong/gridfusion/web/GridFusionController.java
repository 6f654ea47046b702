package org.shegong.gridfusion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.SignedIn;
import org.shegong.gridfusion.DepartmentLayer;
import org.shegong.gridfusion.GridFusionManagement;
import org.shegong.gridfusion.GridFusionRoute;
import org.shegong.gridfusion.GridFusionStep;
import org.shegong.gridfusion.GridTaskList;
import org.shegong.gridfusion.InspectionManagement;
import org.shegong.gridfusion.PushInspection;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.GridUploadRejected;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Grid fusion pages: departmental layers with the fit map, the county figures, inspections and the worker's list. */
@Controller
class GridFusionController {

    private final GridFusionManagement layers;
    private final InspectionManagement inspections;
    private final GridTaskList tasks;

    GridFusionController(GridFusionManagement layers, InspectionManagement inspections, GridTaskList tasks) {
        this.layers = layers;
        this.inspections = inspections;
        this.tasks = tasks;
    }

    @GetMapping("/grid-layers")
    @GridFusionRoute(GridFusionStep.VIEW_LAYERS)
    String layers(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("layers", layers.layers(me));
        model.addAttribute("counties", layers.statistics(me));
        model.addAttribute("mayUpload", GridFusionStep.UPLOAD_LAYER.allowsAnyOf(me.roles()));
        model.addAttribute("department", me.scope().assignedOnly() ? me.unitName() : null);
        if (!model.containsAttribute("county") && me.unitRegion().level() == org.shegong.region.RegionLevel.COUNTY) {
            model.addAttribute("county", me.unitRegion().value());
        }
        return "gridfusion/layers";
    }

    @PostMapping("/grid-layers")
    @GridFusionRoute(GridFusionStep.UPLOAD_LAYER)
    String upload(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(value = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) String county, @RequestParam(required = false) String department,
            @RequestParam(required = false) String name, Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("county", county);
        model.addAttribute("formDepartment", department);
        model.addAttribute("formName", name);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "gridfusion.layer.noFile");
            }
            DepartmentLayer layer = layers.upload(me, county, department, name, new String(file.getBytes(), StandardCharsets.UTF_8));
            return "redirect:/grid-layers/" + layer.id();
        } catch (GridUploadRejected e) {
            model.addAttribute("problems", e.problems());
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return layers(me, model);
    }

    @GetMapping("/grid-layers/{id}")
    @GridFusionRoute(GridFusionStep.VIEW_LAYERS)
    String layer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("report", layers.report(me, id));
        return "gridfusion/layer";
    }

    @PostMapping("/grid-layers/{id}/suggested")
    @GridFusionRoute(GridFusionStep.MAP_GRIDS)
    String acceptSuggestions(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model,
            HttpServletResponse response) {
        try {
            layers.acceptSuggestions(me, id);
            return "redirect:/grid-layers/" + id + "?mapped";
        } catch (InvalidInput e) {
            return failed(me, id, e, model, response);
        }
    }

    /** Maps one departmental grid onto the unified grid codes typed (separated by commas or spaces). */
    @PostMapping("/grid-layers/{id}/mappings")
    @GridFusionRoute(GridFusionStep.MAP_GRIDS)
    String map(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) Long grid,
            @RequestParam(required = false) String codes, Model model, HttpServletResponse response) {
        try {
            if (grid == null) {
                throw new InvalidInput("grid", "gridfusion.mapping.unknownGrid", "");
            }
            List<String> list = codes == null ? List.of()
                    : Arrays.stream(codes.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            layers.map(me, id, Map.of(grid, list));
            return "redirect:/grid-layers/" + id + "?mapped";
        } catch (InvalidInput e) {
            return failed(me, id, e, model, response);
        }
    }

    @PostMapping("/grid-layers/{id}/retire")
    @GridFusionRoute(GridFusionStep.RETIRE_LAYER)
    String retire(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model, HttpServletResponse response) {
        try {
            layers.retire(me, id);
            return "redirect:/grid-layers/" + id + "?retired";
        } catch (InvalidInput e) {
            return failed(me, id, e, model, response);
        }
    }

    private String failed(StaffPrincipal me, long id, InvalidInput e, Model model, HttpServletResponse response) {
        model.addAttribute("error", e);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return layer(me, id, model);
    }

    /** The grid worker's one list (phone first). */
    @GetMapping("/grid/tasks")
    @SignedIn
    String tasks(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("mine", tasks.of(me));
        model.addAttribute("now", Instant.now());
        return "gridfusion/tasks";
    }

    @GetMapping("/grid/inspections")
    @GridFusionRoute(GridFusionStep.PUSH_INSPECTION)
    String inspections(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("pushed", inspections.pushedBy(me));
        return "gridfusion/inspections";
    }

    @PostMapping("/grid/inspections")
    @GridFusionRoute(GridFusionStep.PUSH_INSPECTION)
    String push(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) String title, @RequestParam(required = false) String area,
            @RequestParam(required = false) Long departmentalGridId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Model model,
            HttpServletResponse response) {
        try {
            var pushed = inspections.push(me, new PushInspection(itemCode, title, area, departmentalGridId, due));
            return "redirect:/grid/inspections?pushed=" + pushed.gridCodes().size();
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            model.addAttribute("form", new PushInspection(itemCode, title, area, departmentalGridId, due));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return inspections(me, model);
        }
    }

    @GetMapping("/grid/inspections/{id}")
    @GridFusionRoute({ GridFusionStep.PUSH_INSPECTION, GridFusionStep.COMPLETE_INSPECTION })
    String inspection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("inspection", inspections.visible(me, id));
        model.addAttribute("mayComplete", GridFusionStep.COMPLETE_INSPECTION.allowsAnyOf(me.roles()));
        return "gridfusion/inspection";
    }

    @PostMapping("/grid/inspections/{id}/done")
    @GridFusionRoute(GridFusionStep.COMPLETE_INSPECTION)
    String done(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam(required = false) String note,
            Model model, HttpServletResponse response) {
        try {
            inspections.complete(me, id, note);
            return "redirect:/grid/tasks?done=" + id;
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return inspection(me, id, model);
        }
    }
}
