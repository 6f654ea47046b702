package org.shegong.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
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
        PetitionId id;
        int version;
        if (p.id() == null) {
            id = new PetitionId(jdbc.sql("""
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
                    .query(Long.class).single());
            version = 1;
            int seq = 0;
            for (Petitioner pt : p.petitioners()) {
                SealedValue phone = pt.phone();
                SealedValue rid = pt.residentId();
                jdbc.sql("""
                        insert into petition_petitioner (petition_id, seq, name, phone_cipher, phone_index, phone_masked,
                          id_cipher, id_index, id_masked, representative)
                        values (:p, :seq, :name, :pc, :pi, :pm, :ic, :ii, :im, :rep)
                        """).param("p", id.value()).param("seq", seq++).param("name", pt.name())
                        .param("pc", phone == null ? null : phone.cipher()).param("pi", phone == null ? null : phone.blindIndex())
                        .param("pm", phone == null ? null : phone.masked())
                        .param("ic", rid == null ? null : rid.cipher()).param("ii", rid == null ? null : rid.blindIndex())
                        .param("im", rid == null ? null : rid.masked()).param("rep", pt.representative()).update();
            }
            for (Long unit : p.organs()) {
                jdbc.sql("insert into petition_organ (petition_id, unit_id) values (:p, :u)").param("p", id.value()).param("u", unit).update();
            }
        } else {
            id = p.id();
            version = p.version() + 1;
            int updated = jdbc.sql("""
                    update petition set category = :category, route = :route, status = :status, handling_unit_id = :handling,
                      transfer_mode = :mode, review_unit_id = :review, re_review_unit_id = :reReview, assignee_account_id = :assignee,
                      major = :major, extension_days = :extDays, extension_reason = :extReason,
                      extension_approved_by = :extBy, hearing_days = :hearing, agreement = :agreement,
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
                    .param("agreement", p.agreement()).param("rating", p.rating())
                    .param("execution", p.execution()).param("executedAt", tsOrNull(p.executedAt()))
                    .param("concluded", tsOrNull(p.concludedAt())).param("next", version)
                    .param("id", id.value()).param("version", p.version()).update();
            if (updated == 0) {
                throw new ConcurrentChange("petition", id.value());
            }
            jdbc.sql("delete from petition_organ where petition_id = :p and not (unit_id = any(:units))").param("p", id.value())
                    .param("units", p.organs().toArray(Long[]::new)).update();
            for (Long unit : p.organs()) {
                jdbc.sql("insert into petition_organ (petition_id, unit_id) values (:p, :u) on conflict do nothing")
                        .param("p", id.value()).param("u", unit).update();
            }
        }
        p.decisions().forEach((stage, d) -> jdbc.sql("""
                insert into petition_decision (petition_id, stage, outcome, facts, reasons, legal_basis, decided_at)
                values (:p, :stage, :outcome, :facts, :reasons, :basis, :at)
                on conflict (petition_id, stage) do update set outcome = excluded.outcome, facts = excluded.facts,
                  reasons = excluded.reasons, legal_basis = excluded.legal_basis, decided_at = excluded.decided_at
                """).param("p", id.value()).param("stage", stage.name()).param("outcome", d.outcome().name())
                .param("facts", d.facts()).param("reasons", d.reasons()).param("basis", d.legalBasis())
                .param("at", ts(d.decidedAt())).update());
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
                    .param("p", id.value()).param("kind", d.limit().name()).param("date", d.date()).param("at", ts(d.dueAt()))
                    .param("ex", d.explanation()).param("exEn", d.explanationEn()).param("unit", d.unitId())
                    .param("met", tsOrNull(d.metAt())).param("alertable", d.limit().alertable()).update();
        }
        for (Recusal r : p.recused()) {
            jdbc.sql("""
                    insert into petition_recusal (petition_id, account_id, username, reason, declared_at, accused)
                    values (:p, :a, :u, :r, :at, :accused) on conflict do nothing
                    """).param("p", id.value()).param("a", r.accountId()).param("u", r.username()).param("r", r.reason())
                    .param("at", ts(r.at())).param("accused", r.accused()).update();
        }
        jdbc.sql("delete from petition_assignee where petition_id = :p and not (account_id = any(:a))").param("p", id.value())
                .param("a", p.assignees().stream().map(Assignee::accountId).toArray(Long[]::new)).update();
        for (Assignee a : p.assignees()) {
            jdbc.sql("""
                    insert into petition_assignee (petition_id, account_id, username, unit_id, assigned_at)
                    values (:p, :a, :u, :unit, :at)
                    on conflict (petition_id, account_id) do update set unit_id = excluded.unit_id, assigned_at = excluded.assigned_at
                    """).param("p", id.value()).param("a", a.accountId()).param("u", a.username()).param("unit", a.unitId())
                    .param("at", ts(a.at())).update();
        }
        int seq = p.persistedTimeline();
        for (TimelineEntry e : p.unsavedTimeline()) {
            jdbc.sql("""
                    insert into petition_timeline (petition_id, seq, at, actor, actor_unit_id, step, detail)
                    values (:p, :seq, :at, :actor, :unit, :step, :detail)
                    """).param("p", id.value()).param("seq", seq++).param("at", ts(e.at())).param("actor", e.actor())
                    .param("unit", e.actorUnitId()).param("step", e.step().name()).param("detail", e.detail()).update();
        }
        p.saved(id, version);
        return p;
    }

    /** A petition by id if the viewer may see it (scope, accuser confidentiality, recusal); else empty. */
    Optional<Petition> find(PetitionId id, Viewer viewer) {
        return jdbc.sql("select p.* from petition p where p.id = :id and " + Viewer.VISIBLE)
                .params(viewer.params()).param("id", id.value()).query(Rows.of(Petition.Row.class)).optional().map(this::load);
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
    Optional<Petition> findUnchecked(PetitionId id) {
        return jdbc.sql("select * from petition where id = :id").param("id", id.value()).query(Rows.of(Petition.Row.class)).optional()
                .map(this::load);
    }

    Optional<Petition> findByTrackingCode(String code) {
        return jdbc.sql("select * from petition where tracking_code = :code").param("code", code)
                .query(Rows.of(Petition.Row.class)).optional().map(this::load);
    }

    int archive(PetitionId petition, String kind, byte[] pdf, Instant at) {
        return jdbc.sql("""
                insert into petition_document (petition_id, seq, kind, created_at, bytes)
                values (:p, (select coalesce(max(seq), -1) + 1 from petition_document where petition_id = :p), :kind, :at, :b)
                returning seq
                """).param("p", petition.value()).param("kind", kind).param("at", ts(at)).param("b", pdf)
                .query(Integer.class).single();
    }

    List<PetitionView.Document> documents(PetitionId petition) {
        return jdbc.sql("select seq, kind, created_at from petition_document where petition_id = :p order by seq")
                .param("p", petition.value())
                .query(Rows.of(PetitionView.Document.class)).list();
    }

    Optional<byte[]> document(PetitionId petition, int seq) {
        return jdbc.sql("select bytes from petition_document where petition_id = :p and seq = :s")
                .param("p", petition.value()).param("s", seq).query((rs, n) -> rs.getBytes(1)).optional();
    }

    int attach(PetitionId petition, Attachment a, String by, Instant at) {
        return jdbc.sql("""
                insert into petition_attachment (petition_id, seq, filename, content_type, bytes, added_at, added_by)
                values (:p, (select coalesce(max(seq), -1) + 1 from petition_attachment where petition_id = :p), :f, :t, :b, :at, :by)
                returning seq
                """).param("p", petition.value()).param("f", a.filename()).param("t", a.contentType()).param("b", a.bytes())
                .param("at", ts(at)).param("by", by).query(Integer.class).single();
    }

    List<PetitionView.AttachmentRef> attachments(PetitionId petition) {
        return jdbc.sql("select seq, filename, content_type, length(bytes) as size from petition_attachment where petition_id = :p"
                + " order by seq").param("p", petition.value()).query(Rows.of(PetitionView.AttachmentRef.class)).list();
    }

    Optional<Attachment> attachment(PetitionId petition, int seq) {
        return jdbc.sql("select filename, content_type, bytes from petition_attachment where petition_id = :p and seq = :s")
                .param("p", petition.value()).param("s", seq)
                .query(Rows.of(Attachment.class)).optional();
    }

    void supervise(PetitionId petition, long unitId, String by, String note, Instant at) {
        jdbc.sql("insert into petition_supervision (petition_id, unit_id, by_user, note, at) values (:p, :u, :b, :n, :at)")
                .param("p", petition.value()).param("u", unitId).param("b", by).param("n", note).param("at", ts(at)).update();
    }

    /** The petition of this row with its child rows, each read into its record by column name (decision 0007). */
    private Petition load(Petition.Row row) {
        long id = row.id();
        List<Petitioner> petitioners = jdbc.sql("""
                select name, phone_cipher, phone_index, phone_masked, id_cipher, id_index, id_masked, representative
                from petition_petitioner where petition_id = :p order by seq
                """).param("p", id).query(Rows.of(PetitionerRow.class)).list().stream().map(PetitionerRow::petitioner).toList();
        List<Long> organs = jdbc.sql("select unit_id from petition_organ where petition_id = :p order by unit_id")
                .param("p", id).query(Long.class).list();
        List<Due> dues = jdbc.sql("""
                select limit_kind as "limit", due_date as date, due_at, explanation, explanation_en, unit_id, met_at
                from petition_deadline where petition_id = :p
                """).param("p", id).query(Rows.of(Due.class)).list();
        List<Recusal> recusals = jdbc.sql("""
                select account_id, username, reason, declared_at as at, accused from petition_recusal where petition_id = :p
                """).param("p", id).query(Rows.of(Recusal.class)).list();
        List<Assignee> assignees = jdbc.sql("""
                select account_id, username, unit_id, assigned_at as at from petition_assignee where petition_id = :p
                order by assigned_at, account_id
                """).param("p", id).query(Rows.of(Assignee.class)).list();
        Map<Decision.Stage, Decision> decisions = new EnumMap<>(Decision.Stage.class);
        jdbc.sql("""
                select stage, outcome, facts, reasons, legal_basis, decided_at from petition_decision where petition_id = :p
                """).param("p", id).query(Rows.of(DecisionRow.class)).list().forEach(d -> decisions.put(d.stage(), d.decision()));
        List<TimelineEntry> timeline = jdbc.sql("""
                select at, actor, actor_unit_id, step, detail from petition_timeline where petition_id = :p order by seq
                """).param("p", id).query(Rows.of(TimelineEntry.class)).list();
        return new Petition(row, petitioners, new LinkedHashSet<>(organs), recusals, assignees, dues, decisions, timeline);
    }

    /** A petitioner's row: the sealed phone and resident id in their three columns each. */
    record PetitionerRow(String name, byte @Nullable [] phoneCipher, @Nullable String phoneIndex, @Nullable String phoneMasked,
            byte @Nullable [] idCipher, @Nullable String idIndex, @Nullable String idMasked, boolean representative) {

        Petitioner petitioner() {
            return new Petitioner(name, sealed(phoneCipher, phoneIndex, phoneMasked), sealed(idCipher, idIndex, idMasked),
                    representative);
        }
    }

    /** A decision's row in {@code petition_decision}. */
    record DecisionRow(Decision.Stage stage, Outcome outcome, String facts, String reasons, String legalBasis,
            Instant decidedAt) {

        Decision decision() {
            return new Decision(outcome, facts, reasons, legalBasis, decidedAt);
        }
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
