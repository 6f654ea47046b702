package org.shegong.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one grid layer (多网融合, DOMAIN §1): import grids from GeoJSON, edit their display data, find
 * the grid at a point. Uploads are all-or-nothing; edits use optimistic locking. The point index is
 * rebuilt after a local change and, in a cluster, when another node changed the layer (checked at
 * most every {@link RegionProperties#gridRefreshInterval()}).
 */
@Service
public class Grids {

    private static final Logger log = LoggerFactory.getLogger(Grids.class);

    private record Snapshot(GridLocator locator, long revision, long checkedAt) {
    }

    private final GridRecords records;
    private final Clock clock;
    private final long refreshMillis;
    private volatile @Nullable Snapshot snapshot;

    Grids(GridRecords records, RegionProperties properties, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.refreshMillis = properties.gridRefreshInterval().toMillis();
    }

    /**
     * Stores every grid of a GeoJSON Feature/FeatureCollection, or none: any invalid feature, a code that
     * extends no known village, or a village outside {@code scope} rejects the whole upload.
     *
     * @return the codes stored, in upload order
     * @throws GridUploadRejected listing every problem found
     */
    @Transactional
    public List<RegionCode> importGeoJson(String geoJson, Scope scope) {
        if (!records.tryImportLock()) {
            throw new GridUploadRejected(List.of(new GridUploadRejected.Problem(null, "geojson", "region.grid.import.busy")));
        }
        GridGeoJson.Parsed parsed = GridGeoJson.parse(geoJson);
        List<GridUploadRejected.Problem> problems = new ArrayList<>(parsed.problems());
        Set<String> villages = new HashSet<>();
        parsed.features().forEach(f -> villages.add(f.code().parent().value()));
        Set<String> known = new HashSet<>(records.existingVillages(villages));
        for (int i = 0; i < parsed.features().size(); i++) {
            GridFeature f = parsed.features().get(i);
            RegionCode village = f.code().parent();
            if (!known.contains(village.value())) {
                problems.add(new GridUploadRejected.Problem(i, "code", "region.grid.village.unknown", f.code().value()));
            } else if (!scope.covers(f.code())) {
                // outside the caller's scope is reported like an unknown village: no existence leak
                problems.add(new GridUploadRejected.Problem(i, "code", "region.grid.village.unknown", f.code().value()));
            }
        }
        if (!problems.isEmpty()) {
            throw new GridUploadRejected(problems);
        }
        var now = clock.instant();
        List<RegionCode> stored = new ArrayList<>();
        for (GridFeature f : parsed.features()) {
            records.upsert(f, now);
            stored.add(f.code());
        }
        changed();
        log.info("Stored {} grids from an upload", stored.size());
        return stored;
    }

    /** The grid, if it exists inside {@code scope}. */
    @Transactional(readOnly = true)
    public Optional<Grid> find(RegionCode code, Scope scope) {
        return scope.covers(code) ? records.find(code) : Optional.empty();
    }

    /** The grid or {@link NotFound}. Grid display data is public, so reading needs no scope. */
    @Transactional(readOnly = true)
    public Grid get(RegionCode code) {
        if (code.level() != RegionLevel.GRID) {
            throw new InvalidInput("code", "region.grid.code.malformed", code.value());
        }
        return records.find(code).orElseThrow(() -> new NotFound("grid", code));
    }

    /** The grids whose worker list names this staff account (a grid worker's own grids), in code order. */
    @Transactional(readOnly = true)
    public List<RegionCode> servedBy(String accountUsername) {
        return records.servedBy(accountUsername).stream().map(RegionCode::of).toList();
    }

    /** Townships inside the scope that have at least one grid, in code order (at most 200). */
    @Transactional(readOnly = true)
    public List<RegionCode> townshipsWithGrids(Scope scope) {
        return records.townshipsWithGrids(scope.regionLike()).stream().map(RegionCode::of).toList();
    }

    /** All grids of a township (or of the township of a village), by code. */
    public List<Grid> inTownship(RegionCode township) {
        if (township.level() != RegionLevel.TOWNSHIP) {
            throw new InvalidInput("township", "region.township.expected", township.value());
        }
        return records.inTownship(township);
    }

    /**
     * Changes a grid's display data and workers; {@code version} must be the one the editor read.
     *
     * @throws ConcurrentChange when someone changed the grid meanwhile
     */
    @Transactional
    public Grid edit(RegionCode code, long version, String name, int householdCount, @Nullable String supervisionPhone,
            @Nullable String areaNote, List<GridWorker> workers, Scope scope) {
        find(code, scope).orElseThrow(() -> new NotFound("grid", code));
        if (name.isBlank()) {
            throw new InvalidInput("name", "region.grid.name.required");
        }
        if (householdCount < 0) {
            throw new InvalidInput("householdCount", "region.grid.households.invalid");
        }
        if (!records.update(code, version, name.strip(), householdCount, supervisionPhone, areaNote, workers, clock.instant())) {
            throw new ConcurrentChange("grid", code);
        }
        changed();
        return records.find(code).orElseThrow();
    }

    /**
     * The grid that covers the point (WGS 84). Empty when no grid covers it.
     *
     * @throws InvalidInput when lat is outside −90..90 or lng outside −180..180
     */
    public Optional<Grid> locate(double lat, double lng) {
        return locateCode(lat, lng).flatMap(records::find);
    }

    /** Like {@link #locate} but answers only the code, from memory. */
    public Optional<RegionCode> locateCode(double lat, double lng) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidInput("lat", "region.coordinates.outOfRange", lat, lng);
        }
        if (!(lng >= -180 && lng <= 180)) {
            throw new InvalidInput("lng", "region.coordinates.outOfRange", lat, lng);
        }
        return locator().locate(lat, lng).map(RegionCode::new);
    }

    private GridLocator locator() {
        Snapshot current = snapshot;
        long now = clock.millis();
        if (current != null && now - current.checkedAt() < refreshMillis) {
            return current.locator();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && now - current.checkedAt() < refreshMillis) {
                return current.locator();
            }
            long revision = records.revision();
            if (current != null && current.revision() == revision) {
                snapshot = new Snapshot(current.locator(), revision, now);
                return current.locator();
            }
            long started = System.nanoTime();
            Map<String, Geometry> geometries = new HashMap<>();
            records.allGeometries().forEach((code, json) -> geometries.put(code, GridGeoJson.read(json)));
            GridLocator locator = new GridLocator(geometries);
            snapshot = new Snapshot(locator, revision, now);
            log.debug("Grid index rebuilt: {} grids in {} ms", locator.size(), (System.nanoTime() - started) / 1_000_000);
            return locator;
        }
    }

    private void changed() {
        records.bumpRevision();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }
}
