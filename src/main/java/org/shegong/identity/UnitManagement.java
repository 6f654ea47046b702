package org.shegong.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units (单位): create, rename, deactivate and find them, always within the actor's data scope. */
@Service
public class UnitManagement {

    private final Units units;
    private final RegionDirectory regions;
    private final Clock clock;

    UnitManagement(Units units, RegionDirectory regions, Clock clock) {
        this.units = units;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public UnitView create(StaffPrincipal actor, String name, UnitKind kind, String regionCode) {
        requireAdministrator(actor);
        if (kind == null) {
            throw new InvalidInput("kind", "identity.unit.kind.required");
        }
        RegionCode region = RegionCode.of(regionCode);
        if (regions.find(region).isEmpty()) {
            throw new InvalidInput("regionCode", "identity.unit.region.unknown", regionCode);
        }
        if (!actor.scope().covers(region)) {
            throw new InvalidInput("regionCode", "identity.unit.region.outOfScope", regionCode);
        }
        Unit unit = Unit.create(name, kind, region, clock.instant());
        if (units.existsByRegionAndName(region.value(), unit.name())) {
            throw new InvalidInput("name", "identity.unit.name.taken");
        }
        return units.save(unit).view();
    }

    @Transactional
    public UnitView rename(StaffPrincipal actor, UnitId id, int expectedVersion, String newName, boolean active) {
        requireAdministrator(actor);
        Unit unit = units.findInScope(id, actor.scope().regionLike()).orElseThrow(() -> new NotFound("unit", id));
        if (unit.version() != expectedVersion) {
            throw new ConcurrentChange("unit", id);
        }
        unit.rename(newName);
        if (active) {
            unit.activate();
        } else {
            unit.deactivate();
        }
        return units.save(unit).view();
    }

    @Transactional(readOnly = true)
    public UnitView find(Scope scope, UnitId id) {
        return units.findInScope(id, scope.regionLike()).map(Unit::view).orElseThrow(() -> new NotFound("unit", id));
    }

    @Transactional(readOnly = true)
    public List<UnitView> search(Scope scope, String q, int limit) {
        return units.search(scope.regionLike(), SearchText.clean(q), Math.min(Math.max(limit, 1), 500)).stream()
                .map(Unit::view).toList();
    }

    /** A unit by id regardless of scope, for modules that resolve a unit they already hold an id of. */
    @Transactional(readOnly = true)
    public Optional<UnitView> byId(UnitId id) {
        return units.find(id).map(Unit::view);
    }

    /**
     * The unit that supervises {@code unitId}'s work (督办): the social-work department — or, where there is none,
     * the government — of the nearest enclosing county, city or province. A county's own social-work department
     * or government is supervised one level up. Empty when no such unit has been set up.
     */
    @Transactional(readOnly = true)
    public Optional<UnitView> supervisorOf(UnitId unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("unit", unitId));
        boolean supervising = unit.kind() == UnitKind.SOCIAL_WORK_DEPARTMENT || unit.kind() == UnitKind.GOVERNMENT;
        return supervising ? supervising(unit.region().parent(), unitId) : supervisorFor(unit.region());
    }

    /** The unit that supervises work located in {@code region}: see {@link #supervisorOf(UnitId)}. */
    @Transactional(readOnly = true)
    public Optional<UnitView> supervisorFor(RegionCode region) {
        return supervising(RegionLevel.COUNTY.isAbove(region.level()) ? region.ancestorAt(RegionLevel.COUNTY) : region, null);
    }

    private Optional<UnitView> supervising(@org.jspecify.annotations.Nullable RegionCode start,
            @org.jspecify.annotations.Nullable UnitId exceptId) {
        List<String> chain = new ArrayList<>();
        for (RegionCode c = start; c != null; c = c.parent()) {
            chain.add(c.value());
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        return units.supervisingCandidates(exceptId == null ? 0 : exceptId.value(), chain).stream().findFirst().map(Unit::view);
    }

    static void requireAdministrator(StaffPrincipal actor) {
        if (!actor.isAdministrator()) {
            throw new org.springframework.security.access.AccessDeniedException("administrators only");
        }
    }
}
