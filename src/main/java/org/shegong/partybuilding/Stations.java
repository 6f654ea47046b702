package org.shegong.partybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.demand.DemandId;
import org.shegong.demand.DemandManagement;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.shegong.volunteer.ActivityId;
import org.shegong.volunteer.ActivityManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stations for new-employment workers (暖新驿站 and the like): registered within one's region, usage by day. */
@Service
public class Stations {

    // Sichuan's extent (四川省地图, 自然资源部标准地图服务): a station outside it is a typing error
    static final double MIN_LAT = 26.0, MAX_LAT = 34.4, MIN_LNG = 97.3, MAX_LNG = 108.6;

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final PartyBuildingPermissions permissions;
    private final Clock clock;
    private final ActivityManagement activities;
    private final DemandManagement demands;

    Stations(JdbcClient jdbc, RegionDirectory regions, PartyBuildingPermissions permissions, Clock clock,
            ActivityManagement activities, DemandManagement demands) {
        this.activities = activities;
        this.demands = demands;
        this.jdbc = jdbc;
        this.regions = regions;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Station register(StaffPrincipal me, NewStation s) {
        permissions.require(me, PartyBuildingStep.MANAGE_STATIONS);
        if (s.name() == null || s.name().isBlank() || s.name().strip().length() > 100) {
            throw new InvalidInput("name", "partybuilding.name.invalid");
        }
        if (s.regionCode() == null || !RegionCode.isWellFormed(s.regionCode().strip())
                || regions.find(RegionCode.of(s.regionCode().strip())).isEmpty()) {
            throw new InvalidInput("regionCode", "partybuilding.region.unknown", String.valueOf(s.regionCode()));
        }
        RegionCode region = RegionCode.of(s.regionCode().strip());
        if (!me.scope().covers(region)) {
            throw new InvalidInput("regionCode", "partybuilding.region.outOfScope", region.value());
        }
        if (s.address() == null || s.address().isBlank() || s.address().strip().length() > 200) {
            throw new InvalidInput("address", "partybuilding.station.address.invalid");
        }
        if (s.lat() == null || s.lng() == null || s.lat() < MIN_LAT || s.lat() > MAX_LAT || s.lng() < MIN_LNG
                || s.lng() > MAX_LNG) {
            throw new InvalidInput("lat", "partybuilding.station.position.invalid");
        }
        if ((s.opens() == null) != (s.closes() == null) || (s.opens() != null && !s.opens().isBefore(s.closes()))) {
            throw new InvalidInput("opens", "partybuilding.station.hours.invalid");
        }
        if (s.services() == null || s.services().isEmpty()) {
            throw new InvalidInput("services", "partybuilding.station.services.required");
        }
        boolean taken = jdbc.sql("SELECT count(*) FROM partybuilding_station WHERE region_code = :r AND name = :n")
                .param("r", region.value()).param("n", s.name().strip()).query(Long.class).single() > 0;
        if (taken) {
            throw new InvalidInput("name", "partybuilding.station.name.taken", s.name().strip());
        }
        StationId id = new StationId(jdbc.sql("""
                INSERT INTO partybuilding_station (name, region_code, address, lat, lng, opens, closes, services)
                VALUES (:name, :region, :address, :lat, :lng, :opens, :closes, :services) RETURNING id""")
                .param("name", s.name().strip()).param("region", region.value()).param("address", s.address().strip())
                .param("lat", s.lat()).param("lng", s.lng()).param("opens", s.opens()).param("closes", s.closes())
                .param("services", s.services().stream().map(Enum::name).sorted().toArray(String[]::new))
                .query(Long.class).single());
        return find(me.scope(), id);
    }

    /** Records the visits of one day (a second report for the same day replaces the first). */
    @Transactional
    public Station recordUsage(StaffPrincipal me, StationId id, @Nullable LocalDate day, @Nullable Integer visits) {
        Station station = find(me.scope(), id);
        permissions.require(me, PartyBuildingStep.MANAGE_STATIONS);
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isAfter(today)) {
            throw new InvalidInput("day", "partybuilding.station.day.invalid");
        }
        if (visits == null || visits < 0 || visits > 100_000) {
            throw new InvalidInput("visits", "partybuilding.count.invalid");
        }
        jdbc.sql("""
                INSERT INTO partybuilding_station_usage (station_id, day, visits) VALUES (:s, :d, :v)
                ON CONFLICT (station_id, day) DO UPDATE SET visits = EXCLUDED.visits""")
                .param("s", station.id().value()).param("d", day).param("v", visits).update();
        return find(me.scope(), id);
    }

    /**
     * Records a volunteer activity held at the station or a demand raised there; the activity or demand must exist
     * and be visible to {@code me} (checked through the volunteer and demand modules). Recording one twice is a no-op.
     */
    @Transactional
    public Station link(StaffPrincipal me, StationId id, Station.@Nullable Kind kind, @Nullable Long reference) {
        Station station = find(me.scope(), id);
        permissions.require(me, PartyBuildingStep.MANAGE_STATIONS);
        if (kind == null) {
            throw new InvalidInput("kind", "partybuilding.station.link.kind.required");
        }
        if (reference == null || reference <= 0) {
            throw new InvalidInput("reference", "partybuilding.station.link.reference.invalid");
        }
        try {
            if (kind == Station.Kind.VOLUNTEER_ACTIVITY) {
                activities.find(me, new ActivityId(reference));
            } else {
                demands.find(me, new DemandId(reference));
            }
        } catch (NotFound e) {
            throw new InvalidInput("reference", "partybuilding.station.link.reference.unknown", reference);
        }
        jdbc.sql("""
                INSERT INTO partybuilding_station_link (station_id, kind, reference, linked_by) VALUES (:s, :k, :r, :by)
                ON CONFLICT (station_id, kind, reference) DO NOTHING""")
                .param("s", station.id().value()).param("k", kind.name()).param("r", reference).param("by", me.accountId().value()).update();
        return find(me.scope(), id);
    }

    @Transactional(readOnly = true)
    public Station find(Scope scope, StationId id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id.value()).param("since", LocalDate.now(clock).minusDays(29))
                .query(Rows.of(StationRow.class)).optional().map(this::station).filter(s -> scope.covers(s.region()))
                .orElseThrow(() -> new NotFound("station", id));
    }

    @Transactional(readOnly = true)
    public List<Station> list(Scope scope) {
        return jdbc.sql(SELECT + " WHERE s.region_code LIKE :region ORDER BY s.region_code, s.name LIMIT 2000")
                .param("region", scope.regionLike()).param("since", LocalDate.now(clock).minusDays(29))
                .query(Rows.of(StationRow.class)).list().stream().map(this::station).toList();
    }

    private static final String SELECT = """
            SELECT s.id, s.name, s.region_code, s.address, s.lat, s.lng, s.opens, s.closes, s.services,
                   coalesce((SELECT sum(u.visits) FROM partybuilding_station_usage u
                              WHERE u.station_id = s.id AND u.day >= :since), 0) AS visits
              FROM partybuilding_station s""";

    /**
     * One row of {@code partybuilding_station} with its visits of the last 30 days; {@code services} is a {@code text[]}
     * of {@link StationService} names (V260).
     */
    private record StationRow(StationId id, String name, String regionCode, String address, double lat, double lng,
            @Nullable LocalTime opens, @Nullable LocalTime closes, List<String> services, long visits) {
    }

    private Station station(StationRow r) {
        Set<StationService> services = EnumSet.noneOf(StationService.class);
        r.services().forEach(x -> services.add(StationService.valueOf(x)));
        return new Station(r.id(), r.name(), RegionCode.of(r.regionCode()), r.address(), r.lat(), r.lng(), r.opens(),
                r.closes(), services, r.visits(),
                jdbc.sql("SELECT kind, reference FROM partybuilding_station_link WHERE station_id = :s ORDER BY id")
                        .param("s", r.id().value()).query(Rows.of(Station.Link.class)).list());
    }
}
