package org.shegong.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shegong.demand.CallBackRecorded;
import org.shegong.demand.DemandDispatched;
import org.shegong.demand.DemandMerged;
import org.shegong.demand.DemandReceived;
import org.shegong.demand.ReportedIn;
import org.shegong.demand.WhistleBlown;
import org.shegong.demand.WorkOrderAccepted;
import org.shegong.demand.WorkOrderReplied;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the insight tables from the demand events. A received demand is one insert in the registering transaction;
 * every later step's listener runs after the demand's transaction commits, each in its own transaction, and the
 * event publication registry retries one that failed (one registry row per event and listener), so a page view
 * never scans demands. Rankings and hotspots read summary tables kept by triggers (V160, {@link InsightSummaries}).
 * Each handler first takes a transaction-scoped advisory lock on the demand, so the copies of the call-back
 * outcome and the merge onto the work-order rows (which let a ranking read one table) cannot be lost between two
 * concurrent listeners. Every write is an upsert keyed by demand (and unit), so a replayed or out-of-order event changes nothing
 * it should not: the earliest dispatch fixes the month (events may arrive out of order), the first acceptance
 * counts, the latest call-back round counts.
 */
@Component
class InsightProjection {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final UnitManagement units;

    InsightProjection(JdbcClient jdbc, UnitManagement units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    static LocalDate month(Instant at) {
        return YearMonth.from(at.atZone(ZONE)).atDay(1);
    }

    /**
     * In the registering transaction, not after it (issue 12's intake ledger): one insert here is cheaper than the
     * event registry's row, its listener transaction and its completion update, and the row is then exactly as durable
     * as the demand. Nothing else writes {@code insight_demand}, so no lock is needed; the hotspot delta is a trigger.
     * The rows of one transaction are inserted together just before it commits (a group commit of registrations
     * receives many demands in one transaction, intake's fourth round); a later change of the same transaction to
     * {@code insight_demand} first inserts what is pending.
     */
    @EventListener
    void on(DemandReceived e) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(List.of(e));
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.received.add(e);
    }

    /** This transaction's received demands not inserted yet; a suspended transaction keeps its own. */
    private final class Pending implements TransactionSynchronization {
        final List<DemandReceived> received = new ArrayList<>();

        InsightProjection owner() {
            return InsightProjection.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            insertPending();
        }
    }

    private @org.jspecify.annotations.Nullable Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner() == this) {
                return p;
            }
        }
        return null;
    }

    /** Inserts this transaction's pending received demands now. */
    private void insertPending() {
        Pending pending = pending();
        if (pending != null && !pending.received.isEmpty()) {
            insert(List.copyOf(pending.received));
            pending.received.clear();
        }
    }

    private void insert(List<DemandReceived> received) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < received.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("""
                    (cast(:d# as bigint), cast(:region# as text), cast(:category# as text), cast(:month# as date),
                     cast(:at# as timestamptz), cast(:entered# as timestamptz))""".replace("#", String.valueOf(i)));
        }
        var statement = jdbc.sql("""
                insert into insight_demand (demand_id, region_code, category_code, month, received_at, entered_at)
                values %s on conflict (demand_id) do nothing
                """.formatted(rows));
        for (int i = 0; i < received.size(); i++) {
            DemandReceived e = received.get(i);
            statement = statement.param("d" + i, e.demandId().value()).param("region" + i, e.regionCode())
                    .param("category" + i, e.categoryCode()).param("month" + i, Date.valueOf(month(e.at())))
                    .param("at" + i, Timestamp.from(e.at()))
                    .param("entered" + i, enteredLate(e) ? Timestamp.from(e.enteredAt()) : null);
        }
        statement.update();
    }

    /** Entered on a later day than received (decision 0006); only then is the entry time kept. */
    static boolean enteredLate(DemandReceived e) {
        return e.enteredAt() != null
                && e.enteredAt().atZone(ZONE).toLocalDate().isAfter(e.at().atZone(ZONE).toLocalDate());
    }

    /** A category corrected at re-dispatch: the demand counts under the new one (the hotspot delta is a trigger). */
    @EventListener
    void on(org.shegong.demand.DemandRecategorised e) {
        insertPending();
        jdbc.sql("update insight_demand set category_code = :category where demand_id = :d").param("d", e.demandId().value())
                .param("category", e.toCategory()).update();
    }

    @ApplicationModuleListener
    void on(DemandDispatched e) {
        lock(e.demandId().value());
        unit(e.unitId());
        order(e.demandId().value(), e.unitId(), e.lead() ? "LEAD" : "CO_HANDLER", e.regionCode(), e.categoryCode(), e.at());
    }

    @ApplicationModuleListener
    void on(WorkOrderAccepted e) {
        lock(e.demandId().value());
        order(e.demandId().value(), e.unitId(), e.lead() ? "LEAD" : "CO_HANDLER", e.regionCode(), e.categoryCode(), e.dispatchedAt());
        jdbc.sql("""
                update insight_order set accepted_at = :at, accepted_on_time = :onTime
                where demand_id = :d and unit_id = :u and accepted_at is null
                """).param("at", Timestamp.from(e.at())).param("onTime", e.onTime()).param("d", e.demandId().value())
                .param("u", e.unitId()).update();
    }

    @ApplicationModuleListener
    void on(WorkOrderReplied e) {
        lock(e.demandId().value());
        order(e.demandId().value(), e.unitId(), e.lead() ? "LEAD" : "CO_HANDLER", e.regionCode(), e.categoryCode(), e.dispatchedAt());
        jdbc.sql("""
                update insight_order set replied_at = :at, replied_on_time = :onTime
                where demand_id = :d and unit_id = :u and (replied_at is null or replied_at < :at)
                """).param("at", Timestamp.from(e.at())).param("onTime", e.onTime()).param("d", e.demandId().value())
                .param("u", e.unitId()).update();
    }

    /** 吹哨报到 (接诉即办工作条例 §33): the whistle-blowing township and every summoned department are assessed. */
    @ApplicationModuleListener
    void on(WhistleBlown e) {
        lock(e.demandId().value());
        unit(e.townshipUnitId());
        order(e.demandId().value(), e.townshipUnitId(), "LEAD", e.regionCode(), e.categoryCode(), e.at());
        jdbc.sql("update insight_order set whistle = true where demand_id = :d and unit_id = :u")
                .param("d", e.demandId().value()).param("u", e.townshipUnitId()).update();
        for (long department : e.departmentUnitIds()) {
            unit(department);
            order(e.demandId().value(), department, "SUMMONED", e.regionCode(), e.categoryCode(), e.at());
        }
    }

    @ApplicationModuleListener
    void on(ReportedIn e) {
        lock(e.demandId().value());
        unit(e.unitId());
        order(e.demandId().value(), e.unitId(), "SUMMONED", e.regionCode(), e.categoryCode(), e.summonedAt());
        jdbc.sql("""
                update insight_order set accepted_at = :at, accepted_on_time = :onTime
                where demand_id = :d and unit_id = :u and accepted_at is null
                """).param("at", Timestamp.from(e.at())).param("onTime", e.onTime()).param("d", e.demandId().value())
                .param("u", e.unitId()).update();
    }

    @ApplicationModuleListener
    void on(CallBackRecorded e) {
        lock(e.demandId().value());
        jdbc.sql("""
                insert into insight_callback (demand_id, round, reached, resolved, satisfaction, at)
                values (:d, :round, :reached, :resolved, :satisfaction, :at)
                on conflict (demand_id) do update set round = excluded.round, reached = excluded.reached,
                  resolved = excluded.resolved, satisfaction = excluded.satisfaction, at = excluded.at
                where insight_callback.round <= excluded.round
                """).param("d", e.demandId().value()).param("round", e.round()).param("reached", e.reached())
                .param("resolved", e.resolved()).param("satisfaction", e.satisfaction() == null ? null : e.satisfaction().name())
                .param("at", Timestamp.from(e.at())).update();
        jdbc.sql("""
                update insight_order o set reached = c.reached, resolved = c.resolved, satisfaction = c.satisfaction
                from insight_callback c where c.demand_id = o.demand_id and o.demand_id = :d
                """).param("d", e.demandId().value()).update();
    }

    @ApplicationModuleListener
    void on(DemandMerged e) {
        lock(e.childId().value());
        jdbc.sql("insert into insight_merged (demand_id, parent_id, at) values (:c, :p, :at) on conflict do nothing")
                .param("c", e.childId().value()).param("p", e.parentId().value()).param("at", Timestamp.from(e.at())).update();
        jdbc.sql("update insight_order set merged = true where demand_id = :c").param("c", e.childId().value()).update();
    }

    private void lock(long demandId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_SPACE + demandId).query((rs, n) -> 1).list();
    }

    /** Keeps these advisory locks apart from any other module's. */
    private static final long LOCK_SPACE = 4_000_000_000_000_000_000L;

    private void order(long demandId, long unitId, String role, String region, String category, Instant dispatchedAt) {
        jdbc.sql("""
                insert into insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at,
                  reached, resolved, satisfaction, merged)
                select :d, :u, :role, :region, :category, :month, :at, c.reached, c.resolved, c.satisfaction,
                       exists (select 1 from insight_merged m where m.demand_id = :d)
                from (select 1) one left join insight_callback c on c.demand_id = :d
                on conflict (demand_id, unit_id) do update
                  set dispatched_at = excluded.dispatched_at, month = excluded.month, role = excluded.role
                  where excluded.dispatched_at < insight_order.dispatched_at
                """).param("d", demandId).param("u", unitId).param("role", role).param("region", region)
                .param("category", category).param("month", Date.valueOf(month(dispatchedAt)))
                .param("at", Timestamp.from(dispatchedAt)).update();
    }

    /** Name, kind and region of a unit as it is now (a rename shows from the next event on). */
    private void unit(long unitId) {
        units.byId(UnitId.of(unitId)).ifPresent(u -> jdbc.sql("""
                insert into insight_unit (unit_id, name, kind, region_code) values (:id, :name, :kind, :region)
                on conflict (unit_id) do update set name = excluded.name, kind = excluded.kind, region_code = excluded.region_code
                """).param("id", u.id().value()).param("name", u.name()).param("kind", u.kind().name())
                .param("region", u.region().value()).update());
    }
}
