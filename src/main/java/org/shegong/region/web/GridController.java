package org.shegong.region.web;

import org.shegong.SignedIn;
import org.shegong.region.RegionStep;
import org.shegong.region.RegionRoute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shegong.region.Grid;
import org.shegong.region.GridUploadRejected;
import org.shegong.region.Grids;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Grid pages: the township grid map (ECharts), the grid card (htmx), the GeoJSON upload. */
@Controller
class GridController {

    private final Grids grids;
    private final RegionDirectory regions;

    GridController(Grids grids, RegionDirectory regions) {
        this.grids = grids;
        this.regions = regions;
    }

    /**
     * Without a township, staff of a township or village see their own; others see the first township
     * with grids in their scope, and can switch among those townships.
     */
    @GetMapping("/grids/map")
    @SignedIn
    String map(@RequestParam(required = false) String township, Scope scope, Model model) {
        List<RegionCode> withGrids = grids.townshipsWithGrids(scope);
        RegionCode code;
        if (township != null && !township.isBlank()) {
            code = RegionCode.of(township);
        } else if (!scope.region().level().isAbove(RegionLevel.TOWNSHIP)) {
            code = scope.region().ancestorAt(RegionLevel.TOWNSHIP);
        } else {
            code = withGrids.isEmpty() ? scope.region() : withGrids.get(0);
        }
        model.addAttribute("townships", withGrids.stream().map(regions::find).flatMap(java.util.Optional::stream).toList());
        Region region = regions.get(code);
        List<Grid> inTownship = grids.inTownship(code.ancestorAt(RegionLevel.TOWNSHIP));
        model.addAttribute("township", region);
        model.addAttribute("breadcrumb", regions.ancestors(code));
        model.addAttribute("grids", inTownship);
        model.addAttribute("anyDemo", inTownship.stream().anyMatch(Grid::demo));
        model.addAttribute("featureCollection", GridFeatures.collection(inTownship));
        return "region/grid-map";
    }

    /** The public display card of a grid (htmx fragment). */
    @GetMapping("/grids/{code}/card")
    @SignedIn
    String card(@PathVariable String code, Model model) {
        Grid grid = grids.get(RegionCode.of(code));
        model.addAttribute("grid", grid);
        model.addAttribute("village", regions.find(grid.villageCode()).map(Region::name).orElse(grid.villageCode().value()));
        return "region/grid-card";
    }

    @GetMapping("/grids/import")
    @RegionRoute(RegionStep.UPLOAD_GRIDS)
    String importForm() {
        return "region/grid-import";
    }

    @PostMapping("/grids/import")
    @RegionRoute(RegionStep.UPLOAD_GRIDS)
    String importFile(@RequestParam("file") MultipartFile file, Scope scope, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "region/grid-import";
        }
        try {
            List<RegionCode> stored = grids.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8), scope);
            model.addAttribute("stored", stored);
            stored.stream().findFirst().ifPresent(c -> model.addAttribute("township", c.ancestorAt(RegionLevel.TOWNSHIP).value()));
        } catch (GridUploadRejected e) {
            model.addAttribute("problems", e.problems());
        }
        return "region/grid-import";
    }
}
