package org.shegong.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Township social-work stations (乡镇（街道）社工站): one township each, registered inside one's region. */
@Service
public class SocialWorkStations {

    @Schema(name = "NewSocialWorkStation")
    public record NewStation(@Nullable String name, @Nullable String regionCode, @Nullable String address,
            @Nullable Double lat, @Nullable Double lng, @Nullable LocalDate openedOn) {
    }

    /** A station with its staff count (social workers attached to it). */
    @Schema(name = "SocialWorkStation")
    public record Station(SocialWorkStationId id, String name, RegionCode region, String address, double lat, double lng,
            LocalDate openedOn, long staff) {
    }

    private final JdbcClient jdbc;
    private final WorkforcePermissions permissions;
    private final Clock clock;

    SocialWorkStations(JdbcClient jdbc, WorkforcePermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Station register(StaffPrincipal me, NewStation s) {
        permissions.require(me, WorkforceStep.MANAGE_WORKERS);
        String name = WorkforcePermissions.text(s.name(), "name", 100);
        RegionCode township = permissions.place(me, s.regionCode(), RegionLevel.TOWNSHIP);
        String address = WorkforcePermissions.text(s.address(), "address", 200);
        WorkforcePermissions.requirePosition(s.lat(), s.lng());
        LocalDate opened = s.openedOn() == null ? LocalDate.now(clock) : s.openedOn();
        if (opened.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("openedOn", "workforce.day.future");
        }
        if (jdbc.sql("SELECT count(*) FROM workforce_station WHERE region_code = :r AND name = :n")
                .param("r", township.value()).param("n", name).query(Long.class).single() > 0) {
            throw new InvalidInput("name", "workforce.name.taken", name);
        }
        SocialWorkStationId id = new SocialWorkStationId(jdbc.sql("""
                INSERT INTO workforce_station (name, region_code, address, lat, lng, opened_on, created_by)
                VALUES (:name, :region, :address, :lat, :lng, :opened, :by) RETURNING id""")
                .param("name", name).param("region", township.value()).param("address", address)
                .param("lat", s.lat()).param("lng", s.lng()).param("opened", opened).param("by", me.accountId().value())
                .query(Long.class).single());
        return find(me.scope(), id);
    }

    @Transactional(readOnly = true)
    public Station find(Scope scope, SocialWorkStationId id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id.value()).query(Rows.of(StationRow.class)).optional()
                .map(StationRow::station).filter(s -> scope.covers(s.region())).orElseThrow(() -> new NotFound("station", id));
    }

    @Transactional(readOnly = true)
    public List<Station> list(Scope scope) {
        return jdbc.sql(SELECT + " WHERE s.region_code LIKE :region ORDER BY s.region_code, s.name LIMIT 5000")
                .param("region", scope.regionLike()).query(Rows.of(StationRow.class)).list().stream()
                .map(StationRow::station).toList();
    }

    private static final String SELECT = """
            SELECT s.id, s.name, s.region_code, s.address, s.lat, s.lng, s.opened_on,
                   (SELECT count(*) FROM workforce_social_worker w WHERE w.station_id = s.id) AS staff
              FROM workforce_station s""";

    private record StationRow(SocialWorkStationId id, String name, String regionCode, String address, double lat, double lng,
            LocalDate openedOn, long staff) {

        Station station() {
            return new Station(id, name, RegionCode.of(regionCode), address, lat, lng, openedOn, staff);
        }
    }
}
