package org.shegong.workforce;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.care.VisitLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.suggestion.PointId;
import org.shegong.suggestion.PointManagement;
import org.shegong.volunteer.ActivityId;
import org.shegong.volunteer.ActivityManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社区综合服务体: pilots and other complexes with their facilities, services, opening hours, place, daily usage and
 * what they host — suggestion collection points and volunteer activities (checked through their modules, within
 * the caller's scope) and care visits (a visit id checked through {@code care}: it exists and its person is within
 * the caller's scope).
 */
@Service
public class ServiceComplexes {

    public enum LinkKind {
        SUGGESTION_POINT, VOLUNTEER_ACTIVITY, CARE_VISIT
    }

    public record NewComplex(@Nullable String name, @Nullable String regionCode, @Nullable Boolean pilot,
            @Nullable String address, @Nullable Double lat, @Nullable Double lng, @Nullable LocalTime opens,
            @Nullable LocalTime closes, @Nullable List<String> facilities, @Nullable List<String> services) {
    }

    @Schema(name = "ServiceComplexLink")
    public record Link(LinkKind kind, String reference) {
    }

    public record Complex(ServiceComplexId id, String name, RegionCode region, boolean pilot, String address, double lat, double lng,
            @Nullable LocalTime opens, @Nullable LocalTime closes, List<String> facilities, List<String> services,
            long visitsLast30Days, List<Link> links, Set<WorkforceStep> allowed) {

        public boolean may(String step) {
            return allowed.contains(WorkforceStep.valueOf(step));
        }
    }

    static final int MAX_ITEMS = 30, MAX_ITEM_LENGTH = 50;

    private final JdbcClient jdbc;
    private final WorkforcePermissions permissions;
    private final PointManagement points;
    private final ActivityManagement activities;
    private final VisitLog visits;
    private final Clock clock;

    ServiceComplexes(JdbcClient jdbc, WorkforcePermissions permissions, PointManagement points,
            ActivityManagement activities, VisitLog visits, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.points = points;
        this.activities = activities;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional
    public Complex register(StaffPrincipal me, NewComplex c) {
        permissions.require(me, WorkforceStep.MANAGE_COMPLEXES);
        String name = WorkforcePermissions.text(c.name(), "name", 100);
        RegionCode region = permissions.place(me, c.regionCode(), null);
        String address = WorkforcePermissions.text(c.address(), "address", 200);
        WorkforcePermissions.requirePosition(c.lat(), c.lng());
        if ((c.opens() == null) != (c.closes() == null) || (c.opens() != null && !c.opens().isBefore(c.closes()))) {
            throw new InvalidInput("opens", "workforce.hours.range");
        }
        List<String> facilities = items(c.facilities(), "facilities");
        List<String> services = items(c.services(), "services");
        if (jdbc.sql("SELECT count(*) FROM workforce_complex WHERE region_code = :r AND name = :n")
                .param("r", region.value()).param("n", name).query(Long.class).single() > 0) {
            throw new InvalidInput("name", "workforce.name.taken", name);
        }
        ServiceComplexId id = new ServiceComplexId(jdbc.sql("""
                INSERT INTO workforce_complex (name, region_code, pilot, address, lat, lng, opens, closes, facilities,
                  services, created_by)
                VALUES (:name, :region, :pilot, :address, :lat, :lng, :opens, :closes, :facilities, :services, :by)
                RETURNING id""").param("name", name).param("region", region.value())
                .param("pilot", Boolean.TRUE.equals(c.pilot())).param("address", address).param("lat", c.lat())
                .param("lng", c.lng()).param("opens", c.opens()).param("closes", c.closes())
                .param("facilities", facilities.toArray(String[]::new)).param("services", services.toArray(String[]::new))
                .param("by", me.accountId().value()).query(Long.class).single());
        return find(me, id);
    }

    private static List<String> items(@Nullable List<String> typed, String field) {
        List<String> out = new ArrayList<>();
        for (String s : typed == null ? List.<String>of() : typed) {
            String t = s == null ? "" : s.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_ITEM_LENGTH || t.contains("\n") || out.size() >= MAX_ITEMS) {
                throw new InvalidInput(field, "workforce.items.invalid", MAX_ITEMS, MAX_ITEM_LENGTH);
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInput(field, "workforce.items.invalid", MAX_ITEMS, MAX_ITEM_LENGTH);
        }
        return out;
    }

    /** Records the visits of one day (a second report for the same day replaces the first). */
    @Transactional
    public Complex recordUsage(StaffPrincipal me, ServiceComplexId id, @Nullable LocalDate day, @Nullable Integer visits) {
        Complex c = find(me, id);
        permissions.require(me, "complex", id, c.region(), WorkforceStep.MANAGE_COMPLEXES);
        if (day == null || day.isAfter(LocalDate.now(clock)) || day.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInput("day", "workforce.day.invalid");
        }
        if (visits == null || visits < 0 || visits > 100_000) {
            throw new InvalidInput("visits", "workforce.count.invalid");
        }
        jdbc.sql("""
                INSERT INTO workforce_complex_usage (complex_id, day, visits) VALUES (:c, :d, :v)
                ON CONFLICT (complex_id, day) DO UPDATE SET visits = EXCLUDED.visits""")
                .param("c", id.value()).param("d", day).param("v", visits).update();
        return find(me, id);
    }

    /** Records that the complex hosts a collection point, a volunteer activity or care visits. */
    @Transactional
    public Complex link(StaffPrincipal me, ServiceComplexId id, @Nullable LinkKind kind, @Nullable String reference) {
        Complex c = find(me, id);
        permissions.require(me, "complex", id, c.region(), WorkforceStep.MANAGE_COMPLEXES);
        if (kind == null) {
            throw new InvalidInput("kind", "workforce.link.kind.required");
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            throw new InvalidInput("reference", "workforce.link.reference.invalid");
        }
        if (!ref.matches("\\d{1,18}")) {
            throw new InvalidInput("reference", "workforce.link.reference.number", ref);
        }
        long target = Long.parseLong(ref);
        boolean known;
        try {
            known = switch (kind) {
                case SUGGESTION_POINT -> points.get(me, new PointId(target)) != null;
                case VOLUNTEER_ACTIVITY -> activities.find(me, new ActivityId(target)) != null;
                case CARE_VISIT -> visits.visible(me, target);
            };
        } catch (NotFound e) {
            known = false;
        }
        if (!known) {
            throw new InvalidInput("reference", "workforce.link.reference.unknown", ref);
        }
        jdbc.sql("""
                INSERT INTO workforce_complex_link (complex_id, kind, reference, linked_by) VALUES (:c, :k, :r, :by)
                ON CONFLICT (complex_id, kind, reference) DO NOTHING""")
                .param("c", id.value()).param("k", kind.name()).param("r", ref).param("by", me.accountId().value()).update();
        return find(me, id);
    }

    @Transactional(readOnly = true)
    public Complex find(StaffPrincipal me, ServiceComplexId id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id.value()).param("since", LocalDate.now(clock).minusDays(29))
                .query(Rows.of(ComplexRow.class)).optional().map(r -> complex(me, r)).filter(c -> me.scope().covers(c.region()))
                .orElseThrow(() -> new NotFound("complex", id));
    }

    @Transactional(readOnly = true)
    public List<Complex> list(StaffPrincipal me) {
        return jdbc.sql(SELECT + " WHERE c.region_code LIKE :region ORDER BY c.region_code, c.name LIMIT 2000")
                .param("region", me.scope().regionLike()).param("since", LocalDate.now(clock).minusDays(29))
                .query(Rows.of(ComplexRow.class)).list().stream().map(r -> complex(me, r)).toList();
    }

    private static final String SELECT = """
            SELECT c.id, c.name, c.region_code, c.pilot, c.address, c.lat, c.lng, c.opens, c.closes,
                   c.facilities, c.services,
                   coalesce((SELECT sum(u.visits) FROM workforce_complex_usage u
                              WHERE u.complex_id = c.id AND u.day >= :since), 0) AS visits
              FROM workforce_complex c""";

    /** Facilities and services are {@code text[]} (V270), in the order they were entered. */
    private record ComplexRow(ServiceComplexId id, String name, String regionCode, boolean pilot, String address, double lat,
            double lng, @Nullable LocalTime opens, @Nullable LocalTime closes, List<String> facilities,
            List<String> services, long visits) {
    }

    private Complex complex(StaffPrincipal me, ComplexRow r) {
        RegionCode region = RegionCode.of(r.regionCode());
        List<Link> links = jdbc.sql("SELECT kind, reference FROM workforce_complex_link WHERE complex_id = :c ORDER BY id")
                .param("c", r.id().value()).query(Rows.of(Link.class)).list();
        return new Complex(r.id(), r.name(), region, r.pilot(), r.address(), r.lat(), r.lng(), r.opens(), r.closes(),
                r.facilities(), r.services(), r.visits(), links, permissions.allowed(me, region));
    }
}
