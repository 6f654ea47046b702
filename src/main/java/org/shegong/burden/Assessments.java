package org.shegong.burden;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.insight.RankedUnit;
import org.shegong.insight.Rankings;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Townships assess county departments (赋予乡镇（街道）对县级职能部门的考核评价权): each township rates, per month, how a
 * county department cooperated on assisting items (1–5); the county combines the ratings with the department's
 * 吹哨报到 timeliness that {@code insight} measures into one score — see {@link DepartmentScore}.
 */
@Service
public class Assessments {

    private final JdbcClient jdbc;
    private final BurdenPermissions permissions;
    private final UnitManagement units;
    private final Rankings rankings;
    private final Clock clock;

    Assessments(JdbcClient jdbc, BurdenPermissions permissions, UnitManagement units, Rankings rankings, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.units = units;
        this.rankings = rankings;
        this.clock = clock;
    }

    public record Rating(String townshipCode, long departmentId, YearMonth month, int rating, String note) {
    }

    /**
     * A department's score for a month: {@code ratingScore = (mean rating − 1) / 4 × 100}; {@code timeliness} = the
     * share (0–100) of its work orders and 吹哨 summons accepted or reported in on time ({@code insight}); the score is
     * {@code 0.6 × ratingScore + 0.4 × timeliness}, or the rating score alone when the department had no work
     * orders, or the timeliness alone when no township rated it. Empty when neither exists.
     */
    public record DepartmentScore(long departmentId, String name, int ratings, @Nullable BigDecimal meanRating,
            @Nullable BigDecimal ratingScore, @Nullable BigDecimal timeliness, @Nullable BigDecimal score) {
    }

    static final BigDecimal RATING_WEIGHT = new BigDecimal("0.6");
    static final BigDecimal TIMELINESS_WEIGHT = new BigDecimal("0.4");

    static @Nullable BigDecimal combine(@Nullable BigDecimal ratingScore, @Nullable BigDecimal timeliness) {
        if (ratingScore == null && timeliness == null) {
            return null;
        }
        if (ratingScore == null) {
            return timeliness.setScale(1, RoundingMode.HALF_UP);
        }
        if (timeliness == null) {
            return ratingScore.setScale(1, RoundingMode.HALF_UP);
        }
        return ratingScore.multiply(RATING_WEIGHT).add(timeliness.multiply(TIMELINESS_WEIGHT)).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal ratingScore(BigDecimal mean) {
        return mean.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(25)).setScale(1, RoundingMode.HALF_UP);
    }

    /** A township records (or changes) its rating of a county department for a month. */
    @Transactional
    public Rating rate(StaffPrincipal me, long departmentId, @Nullable String month, @Nullable Integer rating,
            @Nullable String note) {
        permissions.require(me, BurdenStep.RATE_DEPARTMENT);
        if (me.unitRegion().level() != RegionLevel.TOWNSHIP) {
            throw new NotPermitted("burden.rule.township");
        }
        UnitView dept = department(me.unitRegion().ancestorAt(RegionLevel.COUNTY), departmentId);
        YearMonth m = month(month);
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInput("rating", "burden.rating.invalid");
        }
        String n = Admissions.text("note", note, 500, false);
        jdbc.sql("""
                insert into burden_rating (township_code, department_id, month, rating, note, rated_by, rated_at)
                values (:t, :d, :m, :r, :n, :by, :at)
                on conflict (township_code, department_id, month) do update set rating = :r, note = :n, rated_by = :by, rated_at = :at
                """).param("t", me.unitRegion().value()).param("d", dept.id().value()).param("m", m.atDay(1)).param("r", rating)
                .param("n", n).param("by", me.displayName()).param("at", Timestamp.from(clock.instant())).update();
        return new Rating(me.unitRegion().value(), dept.id().value(), m, rating, n);
    }

    /** The county departments a township may rate, or whose scores a county reads. */
    @Transactional(readOnly = true)
    public List<UnitView> departments(RegionCode county) {
        return units.search(Scope.of(county), "", 500).stream()
                .filter(u -> u.kind() == UnitKind.FUNCTIONAL_DEPARTMENT && u.region().equals(county) && u.active()).toList();
    }

    /** Scores of every department of the county (the caller's county, or {@code countyCode} inside their scope). */
    @Transactional(readOnly = true)
    public List<DepartmentScore> scores(StaffPrincipal me, @Nullable String countyCode, @Nullable String month) {
        permissions.require(me, BurdenStep.VIEW_STATISTICS);
        RegionCode county;
        if (countyCode == null || countyCode.isBlank()) {
            if (me.unitRegion().level().isAbove(RegionLevel.COUNTY)) {
                throw new InvalidInput("county", "burden.admission.county.required");
            }
            county = me.unitRegion().ancestorAt(RegionLevel.COUNTY);
        } else {
            if (!RegionCode.isWellFormed(countyCode) || RegionCode.of(countyCode).level() != RegionLevel.COUNTY) {
                throw new InvalidInput("county", "burden.admission.county.required");
            }
            county = RegionCode.of(countyCode);
        }
        if (!me.scope().covers(county) && !county.contains(me.unitRegion())) {
            throw new NotFound("county", county.value());
        }
        YearMonth m = month(month);
        Map<Long, Rated> rated = new HashMap<>();
        jdbc.sql("""
                select department_id, count(*) as ratings, avg(rating) as mean from burden_rating
                where township_code like :like and month = :m group by department_id
                """).param("like", county.prefix() + "%").param("m", m.atDay(1))
                .query(Rows.of(Rated.class)).list().forEach(r -> rated.put(r.departmentId(), r));
        Map<Long, RankedUnit> ranked = new HashMap<>();
        rankings.monthly(Scope.of(county), m).units().forEach(r -> ranked.put(r.figures().unitId(), r));
        List<DepartmentScore> out = new ArrayList<>();
        for (UnitView d : departments(county)) {
            Rated r = rated.get(d.id().value());
            BigDecimal mean = r == null ? null : r.mean().setScale(2, RoundingMode.HALF_UP);
            BigDecimal rs = mean == null ? null : ratingScore(r.mean());
            RankedUnit ru = ranked.get(d.id().value());
            BigDecimal timely = ru == null || ru.figures().dispatched() == 0 ? null
                    : BigDecimal.valueOf(ru.figures().acceptedOnTime() * 100.0 / ru.figures().dispatched())
                            .setScale(1, RoundingMode.HALF_UP);
            out.add(new DepartmentScore(d.id().value(), d.name(), r == null ? 0 : (int) r.ratings(), mean, rs, timely,
                    combine(rs, timely)));
        }
        out.sort(java.util.Comparator.comparing(DepartmentScore::score, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return out;
    }

    /** A department's ratings of the month in the county: how many, and their mean. */
    private record Rated(long departmentId, long ratings, BigDecimal mean) {
    }

    private UnitView department(RegionCode county, long id) {
        UnitView u = units.byId(UnitId.of(id)).orElseThrow(() -> new NotFound("unit", id));
        if (u.kind() != UnitKind.FUNCTIONAL_DEPARTMENT || !u.region().equals(county)) {
            throw new NotFound("unit", id);
        }
        return u;
    }

    YearMonth month(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock.withZone(org.shegong.calendar.Deadline.ZONE));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("month", "burden.month.invalid", text);
        }
    }
}
