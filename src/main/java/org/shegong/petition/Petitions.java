package org.shegong.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.identity.SealedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores petitions with their petitioners, organs, limits, recusals and timeline. Saving checks the version read
 * (the loser of two concurrent changes gets {@link ConcurrentChange}) and only ever appends timeline rows.
 * Every read for staff goes through {@link Viewer#VISIBLE}: scope, accuser confidentiality and recusal.
 */
@Repository
class Petitions {

    private final JdbcClient jdbc;

    Petitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Petition save(Petition p) {
        long id;
        int version;
        if (p.id() == null) {
            id = jdbc.sql("""
                    insert into petition (case_number, tracking_code, channel, group_visit, region_code, matter, category,
                      route, status, receiving_unit_id, receiving_region_code, received_at, registered_at, receipt_confirmed_by,
                      version)
                    values (:case, :code, :channel, :group, :region, :matter, :category, :route, :status, :receiving,
                      :receivingRegion, :received, :registered, :confirmedBy, 1)
                    returning id
                    """)
                    .param("case", p.caseNumber()).param("code", p.trackingCode()).param("channel", p.channel().name())
                    .param("group", p.groupVisit()).param("region", p.regionCode()).param("matter", p.matter())
                    .param("category", p.category().name()).param("route", p.route() == null ? null : p.route().number())
                    .param("status", p.status().name()).param("receiving", p.receivingUnitId())
                    .param("receivingRegion", p.receivingRegion()).param("received", ts(p.receivedAt()))
                    .param("registered", ts(p.registeredAt())).param("confirmedBy", p.receiptConfirmedBy())
                    .query(Long.class).single();
            version = 1;
            int seq = 0;
            for (Petitioner pt : p.petitioners()) {
                SealedValue phone = pt.phone();
                SealedValue rid = pt.residentId();
                jdbc.sql("""
                        insert into petition_petitioner (petition_id, seq, name, phone_cipher, phone_index, phone_masked,
                          id_cipher, id_index, id_masked, representative)
                        values (:p, :seq, :name, :pc, :pi, :pm, :ic, :ii, :im, :rep)
                        """).param("p", id).param("seq", seq++).param("name", pt.name())
                        .param("pc", phone == null ? null : phone.cipher()).param("pi", phone == null ? null : phone.blindIndex())
                        .param("pm", phone == null ? null : phone.masked())
                        .param("ic", rid == null ? null : rid.cipher()).param("ii", rid == null ? null : rid.blindIndex())
                        .param("im", rid == null ? null : rid.masked()).param("rep", pt.representative()).update();
            }
            for (Long unit : p.organs()) {
                jdbc.sql("insert into petition_organ (petition_id, unit_id) values (:p, :u)").param("p", id).param("u", unit).update();
            }
        } else {
            id = p.id();
            version = p.version() + 1;
            int updated = jdbc.sql("""
                    update petition set category = :category, route = :route, status = :status, handling_unit_id = :handling,
                      transfer_mode = :mode, review_unit_id = :review, re_review_unit_id = :reReview, assignee_account_id = :assignee,
                      major = :major, extension_days = :extDays, extension_reason = :extReason,
                      extension_approved_by = :extBy, hearing_days = :hearing, decision = :decision,
                      review_decision = :reviewDecision, re_review_decision = :reReviewDecision, agreement = :agreement,
                      execution = :execution, executed_at = :executedAt,
                      rating = :rating, concluded_at = :concluded, version = :next
                    where id = :id and version = :version
                    """)
                    .param("category", p.category().name()).param("route", p.route() == null ? null : p.route().number())
                    .param("status", p.status().name()).param("handling", p.handlingUnitId())
                    .param("mode", p.transferMode() == null ? null : p.transferMode().name())
                    .param("review", p.reviewUnitId()).param("reReview", p.reReviewUnitId())
                    .param("assignee", p.assigneeAccountId()).param("major", p.major())
                    .param("extDays", p.extensionDays()).param("extReason", p.extensionReason())
                    .param("extBy", p.extensionApprovedBy()).param("hearing", p.hearingDays())
                    .param("decision", p.decision() == null ? null : p.decision().serialize())
                    .param("reviewDecision", p.reviewDecision() == null ? null : p.reviewDecision().serialize())
                    .param("reReviewDecision", p.reReviewDecision() == null ? null : p.reReviewDecision().serialize())
                    .param("agreement", p.agreement()).param("rating", p.rating())
                    .param("execution", p.execution()).param("executedAt", tsOrNull(p.executedAt()))
                    .param("concluded", tsOrNull(p.concludedAt())).param("next", version)
                    .param("id", id).param("version", p.version()).update();
            if (updated == 0) {
                throw new ConcurrentChange("petition", id);
            }
            jdbc.sql("delete from petition_organ where petition_id = :p and not (unit_id = any(:units))").param("p", id)
                    .param("units", p.organs().toArray(Long[]::new)).update();
            for (Long unit : p.organs()) {
                jdbc.sql("insert into petition_organ (petition_id, unit_id) values (:p, :u) on conflict do nothing")
                        .param("p", id).param("u", unit).update();
            }
        }
        for (Due d : p.dues()) {
            jdbc.sql("""
                    insert into petition_deadline (petition_id, limit_kind, due_date, due_at, explanation, explanation_en, unit_id,
                      met_at, alertable)
                    values (:p, :kind, :date, :at, :ex, :exEn, :unit, :met, :alertable)
                    on conflict (petition_id, limit_kind) do update set due_date = excluded.due_date, due_at = excluded.due_at,
                      explanation = excluded.explanation, explanation_en = excluded.explanation_en, unit_id = excluded.unit_id,
                      met_at = excluded.met_at,
                      alerted_at = case when petition_deadline.due_at = excluded.due_at then petition_deadline.alerted_at end
                    """)
                    .param("p", id).param("kind", d.limit().name()).param("date", d.date()).param("at", ts(d.dueAt()))
                    .param("ex", d.explanation()).param("exEn", d.explanationEn()).param("unit", d.unitId())
                    .param("met", tsOrNull(d.metAt())).param("alertable", d.limit().alertable()).update();
        }
        for (Recusal r : p.recused()) {
            jdbc.sql("""
                    insert into petition_recusal (petition_id, account_id, username, reason, declared_at, accused)
                    values (:p, :a, :u, :r, :at, :accused) on conflict do nothing
                    """).param("p", id).param("a", r.accountId()).param("u", r.username()).param("r", r.reason())
                    .param("at", ts(r.at())).param("accused", r.accused()).update();
        }
        jdbc.sql("delete from petition_assignee where petition_id = :p and not (account_id = any(:a))").param("p", id)
                .param("a", p.assignees().stream().map(Assignee::accountId).toArray(Long[]::new)).update();
        for (Assignee a : p.assignees()) {
            jdbc.sql("""
                    insert into petition_assignee (petition_id, account_id, username, unit_id, assigned_at)
                    values (:p, :a, :u, :unit, :at)
                    on conflict (petition_id, account_id) do update set unit_id = excluded.unit_id, assigned_at = excluded.assigned_at
                    """).param("p", id).param("a", a.accountId()).param("u", a.username()).param("unit", a.unitId())
                    .param("at", ts(a.at())).update();
        }
        int seq = p.persistedTimeline();
        for (TimelineEntry e : p.unsavedTimeline()) {
            jdbc.sql("""
                    insert into petition_timeline (petition_id, seq, at, actor, actor_unit_id, step, detail)
                    values (:p, :seq, :at, :actor, :unit, :step, :detail)
                    """).param("p", id).param("seq", seq++).param("at", ts(e.at())).param("actor", e.actor())
                    .param("unit", e.actorUnitId()).param("step", e.step().name()).param("detail", e.detail()).update();
        }
        p.saved(id, version);
        return p;
    }

    /** A petition by id if the viewer may see it (scope, accuser confidentiality, recusal); else empty. */
    Optional<Petition> find(long id, Viewer viewer) {
        return jdbc.sql("select p.* from petition p where p.id = :id and " + Viewer.VISIBLE)
                .params(viewer.params()).param("id", id).query((rs, n) -> restore(rs)).optional();
    }

    /** Of these case numbers, the ones the viewer may see (a repeat note never names a case hidden from its reader). */
    java.util.Set<String> visibleCaseNumbers(java.util.Collection<String> caseNumbers, Viewer viewer) {
        if (caseNumbers.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select p.case_number from petition p where p.case_number in (:numbers) and "
                + Viewer.VISIBLE).params(viewer.params()).param("numbers", caseNumbers).query(String.class).list());
    }

    /** For the petitioner's own queries and internal steps only: no visibility check. */
    Optional<Petition> findUnchecked(long id) {
        return jdbc.sql("select * from petition where id = :id").param("id", id).query((rs, n) -> restore(rs)).optional();
    }

    Optional<Petition> findByTrackingCode(String code) {
        return jdbc.sql("select * from petition where tracking_code = :code").param("code", code)
                .query((rs, n) -> restore(rs)).optional();
    }

    int archive(long petitionId, String kind, byte[] pdf, Instant at) {
        return jdbc.sql("""
                insert into petition_document (petition_id, seq, kind, created_at, bytes)
                values (:p, (select coalesce(max(seq), -1) + 1 from petition_document where petition_id = :p), :kind, :at, :b)
                returning seq
                """).param("p", petitionId).param("kind", kind).param("at", ts(at)).param("b", pdf)
                .query(Integer.class).single();
    }

    List<PetitionView.Document> documents(long petitionId) {
        return jdbc.sql("select seq, kind, created_at from petition_document where petition_id = :p order by seq")
                .param("p", petitionId)
                .query((rs, n) -> new PetitionView.Document(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    Optional<byte[]> document(long petitionId, int seq) {
        return jdbc.sql("select bytes from petition_document where petition_id = :p and seq = :s")
                .param("p", petitionId).param("s", seq).query((rs, n) -> rs.getBytes(1)).optional();
    }

    int attach(long petitionId, Attachment a, String by, Instant at) {
        return jdbc.sql("""
                insert into petition_attachment (petition_id, seq, filename, content_type, bytes, added_at, added_by)
                values (:p, (select coalesce(max(seq), -1) + 1 from petition_attachment where petition_id = :p), :f, :t, :b, :at, :by)
                returning seq
                """).param("p", petitionId).param("f", a.filename()).param("t", a.contentType()).param("b", a.bytes())
                .param("at", ts(at)).param("by", by).query(Integer.class).single();
    }

    List<PetitionView.AttachmentRef> attachments(long petitionId) {
        return jdbc.sql("select seq, filename, content_type, length(bytes) from petition_attachment where petition_id = :p order by seq")
                .param("p", petitionId).query((rs, n) -> new PetitionView.AttachmentRef(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).list();
    }

    Optional<Attachment> attachment(long petitionId, int seq) {
        return jdbc.sql("select filename, content_type, bytes from petition_attachment where petition_id = :p and seq = :s")
                .param("p", petitionId).param("s", seq)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void supervise(long petitionId, long unitId, String by, String note, Instant at) {
        jdbc.sql("insert into petition_supervision (petition_id, unit_id, by_user, note, at) values (:p, :u, :b, :n, :at)")
                .param("p", petitionId).param("u", unitId).param("b", by).param("n", note).param("at", ts(at)).update();
    }

    private Petition restore(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Petitioner> petitioners = jdbc.sql("select * from petition_petitioner where petition_id = :p order by seq")
                .param("p", id).query((r, n) -> new Petitioner(r.getString("name"),
                        sealed(r.getBytes("phone_cipher"), r.getString("phone_index"), r.getString("phone_masked")),
                        sealed(r.getBytes("id_cipher"), r.getString("id_index"), r.getString("id_masked")),
                        r.getBoolean("representative"))).list();
        List<Long> organs = jdbc.sql("select unit_id from petition_organ where petition_id = :p order by unit_id")
                .param("p", id).query(Long.class).list();
        List<Due> dues = jdbc.sql("select * from petition_deadline where petition_id = :p").param("p", id)
                .query((r, n) -> new Due(Limit.valueOf(r.getString("limit_kind")), r.getObject("due_date", java.time.LocalDate.class),
                        instant(r, "due_at"), r.getString("explanation"), r.getString("explanation_en"), r.getLong("unit_id"),
                        instantOrNull(r, "met_at"))).list();
        List<Recusal> recusals = jdbc.sql("select * from petition_recusal where petition_id = :p").param("p", id)
                .query((r, n) -> new Recusal(r.getLong("account_id"), r.getString("username"), r.getString("reason"),
                        instant(r, "declared_at"), r.getBoolean("accused"))).list();
        List<Assignee> assignees = jdbc.sql("select * from petition_assignee where petition_id = :p order by assigned_at, account_id")
                .param("p", id).query((r, n) -> new Assignee(r.getLong("account_id"), r.getString("username"),
                        r.getLong("unit_id"), instant(r, "assigned_at"))).list();
        List<TimelineEntry> timeline = jdbc.sql("select * from petition_timeline where petition_id = :p order by seq")
                .param("p", id).query((t, n) -> new TimelineEntry(instant(t, "at"), t.getString("actor"),
                        (Long) t.getObject("actor_unit_id"), PetitionStep.valueOf(t.getString("step")), t.getString("detail"))).list();
        Integer route = (Integer) rs.getObject("route");
        String mode = rs.getString("transfer_mode");
        Petition restored = Petition.restore(id, rs.getInt("version"), rs.getString("case_number"), rs.getString("tracking_code"),
                Channel.valueOf(rs.getString("channel")), rs.getBoolean("group_visit"), rs.getString("region_code"),
                rs.getString("matter"), petitioners, new LinkedHashSet<>(organs), rs.getLong("receiving_unit_id"),
                rs.getString("receiving_region_code"), instant(rs, "received_at"), Category.valueOf(rs.getString("category")), route == null ? null : Route.of(route),
                PetitionStatus.valueOf(rs.getString("status")), (Long) rs.getObject("handling_unit_id"),
                mode == null ? null : TransferMode.valueOf(mode), (Long) rs.getObject("review_unit_id"),
                (Long) rs.getObject("re_review_unit_id"), (Long) rs.getObject("assignee_account_id"), rs.getBoolean("major"),
                (Integer) rs.getObject("extension_days"), rs.getString("extension_reason"),
                rs.getString("extension_approved_by"), rs.getInt("hearing_days"), decision(rs, "decision"),
                decision(rs, "review_decision"), decision(rs, "re_review_decision"), rs.getString("agreement"),
                rs.getString("execution"), instantOrNull(rs, "executed_at"),
                (Integer) rs.getObject("rating"), instantOrNull(rs, "concluded_at"), recusals, assignees, dues, timeline);
        restored.restoreRegistration(instant(rs, "registered_at"), rs.getString("receipt_confirmed_by"));
        return restored;
    }

    private static @Nullable Decision decision(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Decision.parse(s);
    }

    private static @Nullable SealedValue sealed(byte @Nullable [] cipher, @Nullable String index, @Nullable String masked) {
        return cipher == null ? null : new SealedValue(cipher, index, masked);
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    static @Nullable Timestamp tsOrNull(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
