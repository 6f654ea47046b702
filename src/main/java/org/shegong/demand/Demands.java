package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
import org.shegong.region.Scope;
import org.shegong.text.ChineseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores demands with their work orders, summons and timeline. Saving checks the version read (the
 * loser of two concurrent changes gets {@link ConcurrentChange}) and only ever appends timeline rows.
 */
@Repository
class Demands {

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    Demands(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Demand save(Demand d) {
        DemandId id;
        int version;
        Intake in = d.intake();
        List<TimelineEntry> fresh = List.copyOf(d.unsavedTimeline());
        int written = 0;
        if (d.id() == null) {
            id = insert(List.of(new Registration(d, words(d)))).get(0);
            written = 1;
            version = 1;
        } else {
            id = d.id();
            version = d.version() + 1;
            int updated = jdbc.sql("""
                    update demand set status = :status, category_code = :category, failed_dispatches = :failed, extended = :extended,
                      requested_extension = :requested, extension_reason = :reason, exclusion = :exclusion,
                      whistle_blower = :whistle, version = :next
                    where id = :id and version = :version
                    """)
                    .param("status", d.status().name()).param("category", d.categoryCode()).param("failed", d.failedDispatches())
                    .param("extended", d.extended()).param("requested", tsOrNull(d.requestedExtension()))
                    .param("reason", d.extensionReason()).param("exclusion", d.exclusion().map(Enum::name).orElse(null))
                    .param("whistle", d.whistleBlower().orElse(null)).param("next", version)
                    .param("id", id.value()).param("version", d.version())
                    .update();
            if (updated == 0) {
                throw new ConcurrentChange("demand", id.value());
            }
        }
        int seq = 0;
        for (WorkOrder o : d.orders()) {
            jdbc.sql("""
                    insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                      reply_by, return_by, accepted_at, replied_at, reply, return_reason, deadline_note, deadline_note_en)
                    values (:id, :seq, :unit, :role, :designated, :status, :dispatched, :acceptBy, :replyBy, :returnBy,
                      :accepted, :replied, :reply, :returnReason, :note, :noteEn)
                    on conflict (demand_id, seq) do update set status = excluded.status, reply_by = excluded.reply_by,
                      deadline_note = excluded.deadline_note, deadline_note_en = excluded.deadline_note_en,
                      accepted_at = excluded.accepted_at, replied_at = excluded.replied_at, reply = excluded.reply,
                      return_reason = excluded.return_reason
                    """)
                    .param("id", id.value()).param("seq", seq++).param("unit", o.unitId()).param("role", o.role().name())
                    .param("designated", o.designated()).param("status", o.status().name())
                    .param("dispatched", ts(o.dispatchedAt())).param("acceptBy", ts(o.acceptBy()))
                    .param("replyBy", ts(o.replyBy())).param("returnBy", ts(o.returnBy()))
                    .param("accepted", tsOrNull(o.acceptedAt())).param("replied", tsOrNull(o.repliedAt()))
                    .param("reply", o.reply()).param("returnReason", o.returnReason())
                    .param("note", o.deadlineNote()).param("noteEn", o.deadlineNoteEn())
                    .update();
        }
        for (Demand.Summons s : d.summoned().values()) {
            jdbc.sql("""
                    insert into demand_summons (demand_id, unit_id, report_by, reported_at, action)
                    values (:id, :unit, :by, :at, :action)
                    on conflict (demand_id, unit_id) do update set reported_at = excluded.reported_at, action = excluded.action
                    """)
                    .param("id", id.value()).param("unit", s.unitId()).param("by", ts(s.reportBy()))
                    .param("at", tsOrNull(s.reportedAt())).param("action", s.action()).update();
        }
        int tseq = d.persistedTimeline() + written;
        for (TimelineEntry e : fresh.subList(written, fresh.size())) {
            jdbc.sql("""
                    insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, variant, detail)
                    values (:id, :seq, :at, :actor, :unit, :action, :variant, :detail)
                    """)
                    .param("id", id.value()).param("seq", tseq++).param("at", ts(e.at())).param("actor", e.actor())
                    .param("unit", e.actorUnitId()).param("action", e.step().name()).param("variant", e.variant()).param("detail", e.detail()).update();
        }
        d.saved(id, version);
        if (written == 1) {
            events.publishEvent(new DemandStored(id, d.categoryCode(), in.matter()));
        }
        DemandEvents.of(d, fresh).forEach(events::publishEvent);
        return d;
    }

    /** A new demand's words for the repeat check, segmented by the caller (a request thread, not the batch's writer). */
    static String words(Demand d) {
        return String.join(" ", ChineseText.words(d.intake().matter()));
    }

    /** A new demand, plain as intake makes it (its intake entry only), with its words for the repeat check. */
    record Registration(Demand demand, String words) {
        /** As intake makes it: not stored yet, its intake entry only, no work order, nobody summoned. */
        boolean plain() {
            return demand.id() == null && demand.timeline().size() == 1 && demand.orders().isEmpty() && demand.summoned().isEmpty();
        }
    }

    /**
     * Registers new demands in one statement, however many (issue 12's intake ledger: one round trip for everything a
     * demand is registered with, and since the fourth round one for a whole group of them, see
     * {@link RegistrationGroups}): each demand, its intake entry, its words for the repeat check (found at once), the
     * catalogue edition it was filed under and its category as the classifier's lesson. Publishes each one's events
     * in the caller's transaction; returns the ids in the order given.
     */
    List<DemandId> register(List<Registration> news) {
        if (!news.stream().allMatch(Registration::plain)) {
            throw new IllegalArgumentException("not a plain new demand");
        }
        List<DemandId> out = insert(news);
        for (int i = 0; i < news.size(); i++) {
            Demand d = news.get(i).demand();
            List<TimelineEntry> fresh = List.copyOf(d.unsavedTimeline());
            d.saved(out.get(i), 1);
            events.publishEvent(new DemandStored(out.get(i), d.categoryCode(), d.intake().matter()));
            DemandEvents.of(d, fresh).forEach(events::publishEvent);
        }
        return out;
    }

    /**
     * The rows of new demands with their intake entries, in one statement; the ids in the order given. A demand whose
     * tracking code another already has (a random clash, about once in two years at a Sichuan year's busiest day) is
     * given another code and registered again in the same transaction, so the clash costs one more statement.
     */
    private List<DemandId> insert(List<Registration> news) {
        Map<Registration, DemandId> stored = new IdentityHashMap<>();
        List<Registration> waiting = news;
        for (int attempt = 0; !waiting.isEmpty(); attempt++) {
            if (attempt == 5) {
                throw new IllegalStateException("no free tracking code after 5 attempts");
            }
            Set<String> codes = new HashSet<>();
            for (Registration r : waiting) {
                while (!codes.add(r.demand().intake().trackingCode())) {
                    r.demand().retracked();
                }
            }
            Map<String, Long> ids = insertOnce(waiting);
            List<Registration> clashed = new ArrayList<>();
            for (Registration r : waiting) {
                Long id = ids.get(r.demand().intake().trackingCode());
                if (id == null) {
                    r.demand().retracked();
                    clashed.add(r);
                } else {
                    stored.put(r, new DemandId(id));
                }
            }
            waiting = clashed;
        }
        return news.stream().map(stored::get).toList();
    }

    /** One registering statement; a row whose tracking code is taken is left out, the others stored. Ids by code. */
    private Map<String, Long> insertOnce(List<Registration> news) {
        var statement = jdbc.sql(REGISTER.computeIfAbsent(news.size(), Demands::registration));
        for (int i = 0; i < news.size(); i++) {
            Demand d = news.get(i).demand();
            Intake in = d.intake();
            TimelineEntry first = d.timeline().get(0);
            statement = statement.param("code" + i, in.trackingCode()).param("kind" + i, d.kind().name())
                    .param("class" + i, d.limitClass().name()).param("channel" + i, in.channel().name())
                    .param("region" + i, d.region().value()).param("category" + i, d.categoryCode())
                    .param("matter" + i, in.matter()).param("address" + i, in.address()).param("lat" + i, in.lat())
                    .param("lng" + i, in.lng()).param("name" + i, in.contactName()).param("cipher" + i, in.phone().cipher())
                    .param("index" + i, in.phone().blindIndex()).param("masked" + i, in.phone().masked())
                    .param("status" + i, d.status().name()).param("received" + i, ts(d.receivedAt()))
                    .param("dispatchBy" + i, ts(d.dispatchBy())).param("note" + i, d.dispatchNote())
                    .param("noteEn" + i, d.dispatchNoteEn()).param("submittedBy" + i, first.actor())
                    .param("at" + i, ts(first.at())).param("unit" + i, first.actorUnitId())
                    .param("action" + i, first.step().name()).param("variant" + i, first.variant())
                    .param("detail" + i, first.detail()).param("area" + i, Repeats.area(d.region()))
                    .param("tokens" + i, news.get(i).words());
        }
        Map<String, Long> ids = new HashMap<>();
        statement.query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        return ids;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> REGISTER = new java.util.concurrent.ConcurrentHashMap<>();

    /** The registering statement for n demands: one row of parameters each, every value cast to its column's type. */
    private static String registration(int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rows.append(i == 0 ? "" : ",\n").append("""
                    (cast(:code# as text), cast(:kind# as text), cast(:class# as text), cast(:channel# as text),
                     cast(:region# as text), cast(:category# as text), cast(:matter# as text), cast(:address# as text),
                     cast(:lat# as double precision), cast(:lng# as double precision), cast(:name# as text),
                     cast(:cipher# as bytea), cast(:index# as text), cast(:masked# as text), cast(:status# as text),
                     cast(:received# as timestamptz), cast(:dispatchBy# as timestamptz), cast(:note# as text),
                     cast(:noteEn# as text), cast(:submittedBy# as text), cast(:at# as timestamptz), cast(:unit# as bigint),
                     cast(:action# as text), cast(:variant# as text), cast(:detail# as text), cast(:area# as text),
                     cast(:tokens# as text))""".replace("#", String.valueOf(i)));
        }
        return """
                with input (code, kind, limit_class, channel, region, category, matter, address, lat, lng, name, cipher, idx,
                    masked, status, received, dispatch_by, note, note_en, submitted_by, at, unit, action, variant, detail,
                    area, tokens) as (values
                %s),
                stored as (
                  insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, address,
                    lat, lng, contact_name, phone_cipher, phone_index, phone_masked, status, received_at, dispatch_by,
                    dispatch_note, dispatch_note_en, submitted_by, version)
                  select code, kind, limit_class, channel, region, category, matter, address, lat, lng, name, cipher, idx, masked,
                    status, received, dispatch_by, note, note_en, submitted_by, 1 from input
                  on conflict (tracking_code) do nothing
                  returning id, tracking_code),
                fresh as (select s.id, i.* from stored s join input i on i.code = s.tracking_code),
                entry as (
                  insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, variant, detail)
                  select id, 0, at, submitted_by, unit, action, variant, detail from fresh),
                words as (
                  insert into demand_text (demand_id, category_code, area_code, received_at, lat, lng, tokens)
                  select id, category, area, received, lat, lng, string_to_array(tokens, ' ') from fresh),
                judged as (
                  insert into demand_judgement (demand_id, catalogue_edition, category_code)
                  select id, (select coalesce(max(number), 0) from duty_catalogue_edition), category from fresh),
                lesson as (
                  insert into demand_lesson (demand_id, label, source)
                  select id, category, 'INTAKE' from fresh)
                select id, tracking_code from stored
                """.formatted(rows);
    }

    /** A demand by id if it lies in the scope: in its region, or, for a department, holding one of its work orders. */
    Optional<Demand> find(DemandId id, Scope scope) {
        return jdbc.sql("""
                select * from demand d where d.id = :id and d.region_code like :like
                  and (cast(:unit as bigint) is null or exists (select 1 from demand_work_order o where o.demand_id = d.id and o.unit_id = :unit)
                       or exists (select 1 from demand_summons s where s.demand_id = d.id and s.unit_id = :unit))
                """)
                .param("id", id.value()).param("like", scope.regionLike())
                .param("unit", scope.assignedOnly() ? scope.unitId() : null).query(Rows.of(Demand.Row.class)).optional().map(this::load);
    }

    Optional<Demand> findByTrackingCode(String code) {
        return jdbc.sql("select * from demand where tracking_code = :code").param("code", code)
                .query(Rows.of(Demand.Row.class)).optional().map(this::load);
    }

    /**
     * For an Open311 partner ({@code submitter} {@code open311:<name>}): its own demands, and others' only in a
     * public category and never excluded (which covers the confidential and the petition matters of §11).
     */
    List<Demand> searchForPartner(String submitter, @Nullable String category, @Nullable Boolean open, Instant from,
            Instant to, int limit) {
        return jdbc.sql("""
                select * from demand
                where (submitted_by = :submitter
                       or (status <> 'EXCLUDED' and exclusion is null
                           and category_code in (select category_code from demand_open311_category where public)))
                  and (cast(:category as text) is null or category_code = :category)
                  and (cast(:open as boolean) is null
                       or (:open = true and status in ('RECEIVED', 'DISPATCHED', 'RETURNED', 'ACCEPTED'))
                       or (:open = false and status in ('ANSWERED_ON_SPOT', 'EXCLUDED', 'REPLIED', 'CLOSED')))
                  and received_at >= :from and received_at < :to
                order by received_at desc limit :limit
                """).param("submitter", submitter).param("category", category).param("open", open).param("from", ts(from))
                .param("to", ts(to)).param("limit", limit).query(Rows.of(Demand.Row.class)).list().stream().map(this::load).toList();
    }

    /** Who submitted a demand: an account's username, {@code open311:<partner>} or {@code citizen}. */
    Optional<String> submitter(DemandId demandId) {
        return jdbc.sql("select submitted_by from demand where id = :id").param("id", demandId.value()).query(String.class)
                .optional();
    }

    /** Whether an administrator opened the category's requests to every Open311 partner. */
    boolean publicForOpen311(String categoryCode) {
        return jdbc.sql("select public from demand_open311_category where category_code = :c").param("c", categoryCode)
                .query(Boolean.class).optional().orElse(false);
    }

    void savePhotos(long demandId, List<Photo> photos) {
        int seq = 0;
        for (Photo p : photos) {
            jdbc.sql("insert into demand_photo (demand_id, seq, content_type, bytes) values (:d, :s, :t, :b)")
                    .param("d", demandId).param("s", seq++).param("t", p.contentType()).param("b", p.bytes()).update();
        }
    }

    Optional<Photo> photo(long demandId, int seq) {
        return jdbc.sql("select content_type, bytes from demand_photo where demand_id = :d and seq = :s")
                .param("d", demandId).param("s", seq)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    int photoCount(long demandId) {
        return jdbc.sql("select count(*) from demand_photo where demand_id = :d").param("d", demandId).query(Integer.class).single();
    }

    /** The demand an owner's earlier request with this key created; another owner's keys are never seen. */
    Optional<Long> idForKey(String owner, String key, String requestHash) {
        return jdbc.sql("select demand_id, request_hash from demand_idempotency where owner = :o and idem_key = :k")
                .param("o", owner).param("k", key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new org.shegong.InvalidInput("Idempotency-Key", "demand.idempotency.reused");
                    }
                    return rs.getLong("demand_id");
                }).optional();
    }

    /** Records the owner's key; false when another request of the same owner recorded it first. */
    boolean rememberKey(String owner, String key, String requestHash, long demandId, Instant at) {
        return jdbc.sql("""
                insert into demand_idempotency (owner, idem_key, request_hash, demand_id, created_at)
                values (:o, :k, :h, :d, :at)
                on conflict (owner, idem_key) do nothing
                """).param("o", owner).param("k", key).param("h", requestHash).param("d", demandId).param("at", ts(at))
                .update() == 1;
    }

    /** The demand a merged repeat follows (并单), if any. */
    Optional<Demand> parentOf(DemandId childId) {
        return jdbc.sql("select d.* from demand_merge m join demand d on d.id = m.parent_id where m.child_id = :c")
                .param("c", childId.value()).query(Rows.of(Demand.Row.class)).optional().map(this::load);
    }

    /**
     * A demand moved to schema {@code demand_archive} (decision 0006 §5) by its tracking code, with its rows as they
     * were when it moved; empty when it is not there (or nothing was ever archived). Read only, for the citizen's
     * tracking: an archived demand is finished and never changes again.
     */
    Optional<Demand> findArchivedByTrackingCode(String code) {
        if (!archiveExists()) {
            return Optional.empty();
        }
        // each archived row is read as a row of its hot table: a column the hot table gained after the last archive
        // batch (which adds it to the archive, V221) reads as null instead of failing the mapping
        return jdbc.sql("""
                select (jsonb_populate_record(null::public.demand, to_jsonb(a))).*
                from demand_archive.demand a where a.tracking_code = :code
                """).param("code", code).query(Rows.of(Demand.Row.class)).optional().map(this::loadArchived);
    }

    /** The archived demand an archived merged repeat follows; both sides of a merge are archived together (V221). */
    Optional<Demand> archivedParentOf(DemandId childId) {
        if (!archiveExists()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select (jsonb_populate_record(null::public.demand, to_jsonb(d))).*
                from demand_archive.demand_merge m join demand_archive.demand d on d.id = m.parent_id where m.child_id = :c
                """).param("c", childId.value()).query(Rows.of(Demand.Row.class)).optional().map(this::loadArchived);
    }

    private boolean archiveExists() {
        return jdbc.sql("select to_regclass('demand_archive.demand') is not null").query(Boolean.class).single();
    }

    /** The demand of this row with its child rows, each read into its record by column name (decision 0007). */
    private Demand load(Demand.Row row) {
        long id = row.id();
        List<WorkOrder> orders = jdbc.sql("""
                select unit_id, role, designated, dispatched_at, accept_by, reply_by, return_by, deadline_note, deadline_note_en,
                  status, accepted_at, replied_at, reply, return_reason
                from demand_work_order where demand_id = :id order by seq
                """).param("id", id).query(Rows.of(WorkOrder.Row.class)).list().stream().map(WorkOrder::new).toList();
        List<Demand.Summons> summons = jdbc.sql("""
                select unit_id, report_by, reported_at, action from demand_summons where demand_id = :id order by unit_id
                """).param("id", id).query(Rows.of(Demand.Summons.class)).list();
        List<TimelineEntry> timeline = jdbc.sql("""
                select at, actor, actor_unit_id, action as step, variant, detail from demand_timeline where demand_id = :id
                order by seq
                """).param("id", id).query(Rows.of(TimelineEntry.class)).list();
        return new Demand(row, orders, summons, timeline);
    }

    /** As {@link #load}, from the archive's tables (same columns; a newer hot column reads as null). */
    private Demand loadArchived(Demand.Row row) {
        long id = row.id();
        List<WorkOrder> orders = jdbc.sql("""
                select o.unit_id, o.role, o.designated, o.dispatched_at, o.accept_by, o.reply_by, o.return_by, o.deadline_note,
                  o.deadline_note_en, o.status, o.accepted_at, o.replied_at, o.reply, o.return_reason
                from demand_archive.demand_work_order a, jsonb_populate_record(null::public.demand_work_order, to_jsonb(a)) o
                where a.demand_id = :id order by a.seq
                """).param("id", id).query(Rows.of(WorkOrder.Row.class)).list().stream().map(WorkOrder::new).toList();
        List<Demand.Summons> summons = jdbc.sql("""
                select s.unit_id, s.report_by, s.reported_at, s.action
                from demand_archive.demand_summons a, jsonb_populate_record(null::public.demand_summons, to_jsonb(a)) s
                where a.demand_id = :id order by a.unit_id
                """).param("id", id).query(Rows.of(Demand.Summons.class)).list();
        List<TimelineEntry> timeline = jdbc.sql("""
                select t.at, t.actor, t.actor_unit_id, t.action as step, t.variant, t.detail
                from demand_archive.demand_timeline a, jsonb_populate_record(null::public.demand_timeline, to_jsonb(a)) t
                where a.demand_id = :id order by a.seq
                """).param("id", id).query(Rows.of(TimelineEntry.class)).list();
        return new Demand(row, orders, summons, timeline);
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    private static @Nullable Timestamp tsOrNull(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
