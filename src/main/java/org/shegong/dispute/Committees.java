package org.shegong.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's mediation committees (人民调解法 §§7–9, 34): one per village/community (a township may set up its own),
 * three to nine members, a three-year term. A new committee for a region replaces the earlier one from its term start.
 */
@Service
public class Committees {

    private final JdbcClient jdbc;
    private final DisputePermissions permissions;
    private final RegionDirectory regions;
    private final Clock clock;

    Committees(JdbcClient jdbc, DisputePermissions permissions, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.regions = regions;
        this.clock = clock;
    }

    public record Committee(long id, String regionCode, String name, List<String> members, LocalDate termStart,
            LocalDate termEnd) {

        public boolean inTerm(LocalDate day) {
            return !day.isBefore(termStart) && !day.isAfter(termEnd);
        }
    }

    /** Sets up a committee; members one per entry (names), 3–9 of them; the term is three years from {@code termStart}. */
    @Transactional
    public Committee create(StaffPrincipal me, @Nullable String regionCode, @Nullable String name,
            @Nullable List<String> members, @Nullable LocalDate termStart) {
        permissions.require(me, DisputeStep.MANAGE_COMMITTEES);
        if (regionCode == null || !RegionCode.isWellFormed(regionCode.strip())) {
            throw new InvalidInput("regionCode", "dispute.region.invalid", String.valueOf(regionCode));
        }
        RegionCode region = RegionCode.of(regionCode.strip());
        if ((region.level() != RegionLevel.VILLAGE && region.level() != RegionLevel.TOWNSHIP)
                || regions.find(region).isEmpty()) {
            throw new InvalidInput("regionCode", "dispute.committee.region", region.value());
        }
        if (!me.scope().covers(region) || me.scope().assignedOnly()) {
            throw new InvalidInput("regionCode", "dispute.region.outOfScope", region.value());
        }
        String n = DisputeRegister.text(name, "name", 100, true);
        List<String> names = new ArrayList<>();
        for (String m : members == null ? List.<String>of() : members) {
            String v = DisputeRegister.text(m, "members", DisputeRegister.MAX_NAME, false);
            if (v != null) {
                names.add(v);
            }
        }
        MediationRules.requireCommitteeSize(names);
        LocalDate start = termStart == null ? LocalDate.now(clock) : termStart;
        // 人民调解法 §9: 人民调解委员会委员每届任期三年
        LocalDate end = start.plusYears(MediationRules.TERM_YEARS).minusDays(1);
        long id = jdbc.sql("""
                INSERT INTO dispute_committee (region_code, name, members, term_start, term_end, created_at, created_by)
                VALUES (:region, :name, :members, :start, :end, :now, :by) RETURNING id""")
                .param("region", region.value()).param("name", n).param("members", names.toArray(String[]::new))
                .param("start", start).param("end", end).param("now", Timestamp.from(clock.instant()))
                .param("by", me.displayName()).query(Long.class).single();
        return byId(id).orElseThrow();
    }

    /** Committees in the scope, by region. */
    @Transactional(readOnly = true)
    public List<Committee> list(Scope scope) {
        return jdbc.sql(SELECT + " WHERE region_code LIKE :like ORDER BY region_code, term_start DESC LIMIT 1000")
                .param("like", scope.regionLike()).query(Rows.of(Committee.class)).list();
    }

    Optional<Committee> byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Rows.of(Committee.class)).optional();
    }

    /** The committee of a region serving on {@code day}, the latest term first. */
    Optional<Committee> serving(RegionCode region, LocalDate day) {
        return jdbc.sql(SELECT + " " + """
                 WHERE region_code = :region AND term_start <= :day AND term_end >= :day
                 ORDER BY term_start DESC, id DESC LIMIT 1""").param("region", region.value()).param("day", day)
                .query(Rows.of(Committee.class)).optional();
    }

    private static final String SELECT = "SELECT id, region_code, name, members, term_start, term_end FROM dispute_committee";
}
