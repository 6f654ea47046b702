package org.shegong.region.web;

import org.shegong.SignedIn;
import org.shegong.region.RegionStep;
import org.shegong.region.RegionRoute;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.shegong.region.Grids;
import org.shegong.region.GridWorker;
import org.shegong.InvalidInput;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grid API: point lookup, grid display data, a township's grids as GeoJSON, scoped upload. */
@RestController
@RequestMapping("/api/v1/grids")
class GridApiController {


    private final Grids grids;
    private final MessageSource messages;

    GridApiController(Grids grids, MessageSource messages) {
        this.grids = grids;
        this.messages = messages;
    }

    /** The grid at a point, or 404 {@code {"status":404,"error":"此处没有网格","errorEn":"No grid here"}}. */
    @GetMapping("/locate")
    @SignedIn
    ResponseEntity<?> locate(@RequestParam double lat, @RequestParam double lng) {
        return grids.locate(lat, lng).<ResponseEntity<?>>map(g -> ResponseEntity.ok(GridJson.of(g)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of(
                        "status", 404,
                        "error", messages.getMessage("region.grid.notFound", null, Locale.CHINESE),
                        "errorEn", messages.getMessage("region.grid.notFound", null, Locale.ENGLISH),
                        "lat", lat, "lng", lng)));
    }

    @GetMapping("/{code}")
    @SignedIn
    GridJson grid(@PathVariable String code) {
        return GridJson.of(grids.get(RegionCode.of(code)));
    }

    @GetMapping(produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @SignedIn
    String township(@RequestParam String township) {
        return GridFeatures.collection(grids.inTownship(RegionCode.of(township)));
    }

    record Created(List<String> codes) {
    }

    record GridChange(Long version, String name, Integer householdCount, String supervisionPhone, String areaNote,
            List<GridWorker> workers) {
    }

    /** Edits a grid's display data and workers inside the editor's scope; another area's grid is a 404. */
    @PutMapping("/{code}")
    @RegionRoute(RegionStep.UPLOAD_GRIDS)
    GridJson edit(@PathVariable String code, @RequestBody GridChange body, Scope scope) {
        if (body.version() == null) {
            throw new InvalidInput("version", "region.grid.version.required");
        }
        return GridJson.of(grids.edit(RegionCode.of(code), body.version(), body.name() == null ? "" : body.name(),
                body.householdCount() == null ? -1 : body.householdCount(), body.supervisionPhone(), body.areaNote(),
                body.workers() == null ? List.of() : body.workers(), scope));
    }

    @PostMapping(consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @RegionRoute(RegionStep.UPLOAD_GRIDS)
    ResponseEntity<Created> upload(@RequestBody String geoJson, Scope scope) {
        List<String> codes = grids.importGeoJson(geoJson, scope).stream().map(RegionCode::value).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(codes));
    }
}
