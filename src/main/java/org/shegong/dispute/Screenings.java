package org.shegong.dispute;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.Rows;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.AccountId;
import org.shegong.identity.AccountView;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grid;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening rounds (矛盾纠纷排查): a grid, a period and the grid worker assigned; each household or place is marked
 * screened with what was found, and coverage is the share of the grid's households screened. The assigned worker
 * marks items; village and township staff of the region may too. A round outside the caller's scope is 404.
 */
@Service
public class Screenings {

    static final int MAX_TARGET = 200;

    private final JdbcClient jdbc;
    private final DisputePermissions permissions;
    private final Grids grids;
    private final AccountManagement accounts;
    private final Clock clock;

    Screenings(JdbcClient jdbc, DisputePermissions permissions, Grids grids, AccountManagement accounts, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.grids = grids;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record Round(long id, String gridCode, String gridName, String title, LocalDate periodStart, LocalDate periodEnd,
            int households, long assigneeAccountId, String assigneeName, long screened, long withDispute,
            List<Item> items) {

        Round withItems(List<Item> list) {
            return new Round(id, gridCode, gridName, title, periodStart, periodEnd, households, assigneeAccountId,
                    assigneeName, screened, withDispute, List.copyOf(list));
        }

        /** Share of households screened, in percent with one decimal, or {@code null} when the grid has none recorded. */
        public @Nullable Double coverage() {
            return households == 0 ? null : Math.min(100.0, Math.round(screened * 1000.0 / households) / 10.0);
        }
    }

    public record Item(long id, String target, String found, boolean hasDispute, Instant screenedAt, String screenedBy) {
    }

    /** Plans a round for a grid in the caller's scope, assigned to a staff account in the scope. */
    @Transactional
    public Round plan(StaffPrincipal me, @Nullable String gridCode, @Nullable String title, @Nullable LocalDate from,
            @Nullable LocalDate to, @Nullable Long assigneeAccountId) {
        permissions.require(me, DisputeStep.PLAN_SCREENING);
        if (gridCode == null || !RegionCode.isWellFormed(gridCode.strip())
                || RegionCode.of(gridCode.strip()).level() != RegionLevel.GRID) {
            throw new InvalidInput("gridCode", "dispute.grid.unknown", String.valueOf(gridCode));
        }
        Grid grid = grids.find(RegionCode.of(gridCode.strip()), me.scope())
                .orElseThrow(() -> new InvalidInput("gridCode", "dispute.grid.unknown", gridCode));
        String t = DisputeRegister.text(title, "title", 100, true);
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw new InvalidInput("periodEnd", "dispute.screening.period");
        }
        if (assigneeAccountId == null) {
            throw new InvalidInput("assigneeAccountId", "dispute.screening.assignee");
        }
        AccountView assignee;
        try {
            assignee = accounts.find(me.scope(), AccountId.of(assigneeAccountId));
        } catch (NotFound e) {
            throw new InvalidInput("assigneeAccountId", "dispute.screening.assignee");
        }
        long id = jdbc.sql("""
                INSERT INTO dispute_screening (grid_code, title, period_start, period_end, households, assignee_account_id,
                  assignee_name, created_at, created_by)
                VALUES (:grid, :title, :from, :to, :households, :assignee, :name, :now, :by) RETURNING id""")
                .param("grid", grid.code().value()).param("title", t).param("from", from).param("to", to)
                .param("households", grid.householdCount()).param("assignee", assignee.id().value())
                .param("name", assignee.displayName()).param("now", Timestamp.from(clock.instant()))
                .param("by", me.displayName()).query(Long.class).single();
        return find(me, id);
    }

    /** Marks a household or place screened with what was found; marking it again updates the finding. */
    @Transactional
    public Round mark(StaffPrincipal me, long roundId, @Nullable String target, @Nullable String found, boolean hasDispute) {
        Row r = row(me, roundId);
        permissions.require(me, DisputeStep.SCREEN);
        boolean staffOfRegion = me.roles().stream().anyMatch(role -> role.isAdministrator() || role == Role.TOWNSHIP_STAFF
                || role == Role.VILLAGE_STAFF);
        if (me.accountId().value() != r.assignee() && !staffOfRegion) {
            throw new NotPermitted("dispute.rule.assignee");
        }
        String t = DisputeRegister.text(target, "target", MAX_TARGET, true);
        String f = DisputeRegister.text(found, "found", DisputeRegister.MAX_FACTS, true);
        jdbc.sql("""
                INSERT INTO dispute_screening_item (screening_id, target, found, has_dispute, screened_at, screened_by)
                VALUES (:id, :target, :found, :has, :now, :by)
                ON CONFLICT (screening_id, target) DO UPDATE SET found = EXCLUDED.found, has_dispute = EXCLUDED.has_dispute,
                  screened_at = EXCLUDED.screened_at, screened_by = EXCLUDED.screened_by""")
                .param("id", roundId).param("target", t).param("found", f).param("has", hasDispute)
                .param("now", Timestamp.from(clock.instant())).param("by", me.displayName()).update();
        jdbc.sql("""
                UPDATE dispute_screening SET
                  screened = (SELECT count(*) FROM dispute_screening_item WHERE screening_id = :id),
                  with_dispute = (SELECT count(*) FROM dispute_screening_item WHERE screening_id = :id AND has_dispute)
                 WHERE id = :id""").param("id", roundId).update();
        return find(me, roundId);
    }

    private record Row(long id, String grid, long assignee) {
    }

    private Row row(StaffPrincipal me, long id) {
        return jdbc.sql("SELECT id, grid_code AS grid, assignee_account_id AS assignee FROM dispute_screening WHERE id = :id")
                .param("id", id).query(Rows.of(Row.class)).optional()
                .filter(r -> !me.scope().assignedOnly() && me.scope().covers(RegionCode.of(r.grid())))
                .orElseThrow(() -> new NotFound("screening", id));
    }

    @Transactional(readOnly = true)
    public Round find(StaffPrincipal me, long id) {
        row(me, id);
        List<Item> items = jdbc.sql("""
                SELECT id, target, found, has_dispute, screened_at, screened_by FROM dispute_screening_item
                 WHERE screening_id = :id ORDER BY screened_at DESC, id DESC""").param("id", id)
                .query(Rows.of(Item.class)).list();
        return rounds(me.scope(), id, null, 1).get(0).withItems(items);
    }

    /** Rounds in the scope, newest period first; for a grid worker only those assigned to them. */
    @Transactional(readOnly = true)
    public List<Round> list(StaffPrincipal me, int limit) {
        permissions.require(me, DisputeStep.VIEW);
        if (me.scope().assignedOnly()) {
            return List.of();
        }
        Long only = me.roles().equals(java.util.Set.of(Role.GRID_WORKER)) ? me.accountId().value() : null;
        return rounds(me.scope(), null, only, Math.min(Math.max(limit, 1), 500));
    }

    private List<Round> rounds(Scope scope, @Nullable Long id, @Nullable Long assignee, int limit) {
        return jdbc.sql("""
                SELECT s.id, s.grid_code, s.title, s.period_start, s.period_end, s.households, s.assignee_account_id,
                       s.assignee_name, s.screened, s.with_dispute
                  FROM dispute_screening s
                 WHERE s.grid_code LIKE :like AND (CAST(:id AS BIGINT) IS NULL OR s.id = :id)
                   AND (CAST(:assignee AS BIGINT) IS NULL OR s.assignee_account_id = :assignee)
                 ORDER BY s.period_end DESC, s.id DESC LIMIT :limit""")
                .param("like", scope.regionLike()).param("id", id).param("assignee", assignee).param("limit", limit)
                .query(Rows.of(RoundRow.class)).list().stream().map(r -> r.round(gridName(r.gridCode()))).toList();
    }

    /** One row of {@code dispute_screening}; the round's grid name and items are added by the reader. */
    private record RoundRow(long id, String gridCode, String title, LocalDate periodStart, LocalDate periodEnd,
            int households, long assigneeAccountId, String assigneeName, long screened, long withDispute) {

        Round round(String gridName) {
            return new Round(id, gridCode, gridName, title, periodStart, periodEnd, households, assigneeAccountId,
                    assigneeName, screened, withDispute, List.of());
        }
    }

    private String gridName(String code) {
        try {
            return grids.get(RegionCode.of(code)).name();
        } catch (NotFound e) {
            return code;
        }
    }

    /** Open rounds assigned to {@code accountId} in these grids (for the grid worker's one list). */
    List<Round> assigned(long accountId, java.util.Collection<String> gridCodes, LocalDate today) {
        if (gridCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.grid_code, s.title, s.period_start, s.period_end, s.households, s.assignee_account_id,
                       s.assignee_name, s.screened, s.with_dispute
                  FROM dispute_screening s
                 WHERE s.assignee_account_id = :me AND s.grid_code IN (:grids) AND s.period_end >= :today
                   AND (s.screened < s.households OR s.households = 0)
                 ORDER BY s.period_end LIMIT 100""")
                .param("me", accountId).param("grids", gridCodes).param("today", today)
                .query(Rows.of(RoundRow.class)).list().stream().map(r -> r.round(r.gridCode())).toList();
    }
}
