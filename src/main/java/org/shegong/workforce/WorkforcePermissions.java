package org.shegong.workforce;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may take which {@link WorkforceStep} on which record (docs/decisions/0005-permissions.md): the role level of
 * the step, then the record's region — a record outside the caller's region is 404, never 403; a new record placed
 * outside it is refused as bad input (400), nothing stored.
 */
@Component
class WorkforcePermissions {

    // Sichuan's extent (四川省地图, 自然资源部标准地图服务): a position outside it is a typing error
    static final double MIN_LAT = 26.0, MAX_LAT = 34.4, MIN_LNG = 97.3, MAX_LNG = 108.6;

    private final RegionDirectory regions;

    WorkforcePermissions(RegionDirectory regions) {
        this.regions = regions;
    }

    void require(StaffPrincipal me, WorkforceStep step) {
        if (!step.allowsAnyOf(me.roles())) {
            throw new NotPermitted("identity.rule.role",
                    new DefaultMessageSourceResolvable(new String[] { RouteDecisions.labelKey(step) }, step.name()));
        }
    }

    /** The steps {@code me} may take on a record at {@code region} (empty: not visible). */
    Set<WorkforceStep> allowed(StaffPrincipal me, RegionCode region) {
        Set<WorkforceStep> out = EnumSet.noneOf(WorkforceStep.class);
        if (me.scope().covers(region)) {
            for (WorkforceStep s : WorkforceStep.values()) {
                if (s.allowsAnyOf(me.roles())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Refuses a step on a record at {@code region}: 404 outside the scope, 403 by role. */
    void require(StaffPrincipal me, String kind, Object id, RegionCode region, WorkforceStep step) {
        if (!me.scope().covers(region)) {
            throw new NotFound(kind, id);
        }
        require(me, step);
    }

    /** A region code typed for a new record: known, inside the caller's scope, at {@code level} when given. */
    RegionCode place(StaffPrincipal me, @Nullable String code, @Nullable RegionLevel level) {
        String c = code == null ? "" : code.strip();
        if (!RegionCode.isWellFormed(c) || regions.find(RegionCode.of(c)).isEmpty()) {
            throw new InvalidInput("regionCode", "workforce.region.unknown", c);
        }
        RegionCode region = RegionCode.of(c);
        if (level != null && region.level() != level) {
            throw new InvalidInput("regionCode", "workforce.region.notTownship", c);
        }
        if (!me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "workforce.region.outOfScope", c);
        }
        return region;
    }

    static void requirePosition(@Nullable Double lat, @Nullable Double lng) {
        if (lat == null || lng == null || lat < MIN_LAT || lat > MAX_LAT || lng < MIN_LNG || lng > MAX_LNG) {
            throw new InvalidInput("lat", "workforce.position.invalid");
        }
    }

    static String text(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInput(field, "workforce." + field + ".invalid", max);
        }
        return value.strip();
    }
}
