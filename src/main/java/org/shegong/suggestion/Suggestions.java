package org.shegong.suggestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores suggestions and their append-only timeline. Saving checks the version read (the loser of two concurrent
 * changes gets {@link ConcurrentChange}). Scope is applied by the callers' queries through {@link #VISIBLE}.
 */
@Repository
class Suggestions {

    /** Who may see a row: inside the scope's region (a department: only what was transferred to it), or its organ. */
    static final String VISIBLE = """
            ((s.region_code like :regionLike and (not :assignedOnly or s.organ_unit_id = :unitId))
             or s.organ_unit_id = :unitId)""";

    private final JdbcClient jdbc;

    Suggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Suggestion insert(Suggestion s) {
        long stored = jdbc.sql("""
                insert into suggestion (tracking_code, campaign_id, channel, point_id, source_ref, topic, reasons, measures,
                  field, region_code, name_cipher, proposer_masked, phone_cipher, phone_index, phone_masked, anonymous,
                  status, feedback_due_date, feedback_due_at, feedback_rule, feedback_rule_en, group_id, words,
                  idempotency_key, received_at, version)
                values (:code, :campaign, :channel, :point, :source, :topic, :reasons, :measures, :field, :region, :name,
                  :masked, :pc, :pi, :pm, :anon, :status, :dueDate, :dueAt, :rule, :ruleEn, :group, string_to_array(:words, ' '), :idem,
                  :received, 1)
                returning id
                """)
                .param("code", s.trackingCode).param("campaign", s.campaignId == null ? null : s.campaignId.value())
                .param("channel", s.channel.name()).param("point", s.pointId == null ? null : s.pointId.value())
                .param("source", s.sourceRef).param("topic", s.topic)
                .param("reasons", s.reasons).param("measures", s.measures).param("field", s.field)
                .param("region", s.regionCode).param("name", s.nameCipher).param("masked", s.proposerMasked)
                .param("pc", s.phoneCipher).param("pi", s.phoneIndex).param("pm", s.phoneMasked)
                .param("anon", s.anonymous).param("status", s.status.name())
                .param("dueDate", s.feedbackDueDate).param("dueAt", ts(s.feedbackDueAt))
                .param("rule", s.feedbackRule).param("ruleEn", s.feedbackRuleEn)
                .param("group", s.groupId == null ? null : s.groupId.value())
                .param("words", String.join(" ", s.words)).param("idem", s.idempotencyKey)
                .param("received", ts(s.receivedAt)).query(Long.class).single();
        s.id = new SuggestionId(stored);
        s.version = 1;
        return s;
    }

    void update(Suggestion s) {
        int n = jdbc.sql("""
                update suggestion set status = :status, organ_unit_id = :organ, organ_name = :organName, answer = :answer,
                  answered_at = :answeredAt, answered_by = :answeredBy, group_id = :group, screening = :screening,
                  screening_note = :note, adoption = :adoption, adoption_result = :result, adoption_link = :link,
                  adopted_at = :adoptedAt, version = version + 1
                where id = :id and version = :version
                """)
                .param("status", s.status.name()).param("organ", s.organUnitId).param("organName", s.organName)
                .param("answer", s.answer).param("answeredAt", ts(s.answeredAt)).param("answeredBy", s.answeredBy)
                .param("group", s.groupId == null ? null : s.groupId.value()).param("screening", s.screening == null ? null : s.screening.name())
                .param("note", s.screeningNote).param("adoption", s.adoption == null ? null : s.adoption.name())
                .param("result", s.adoptionResult == null ? null : s.adoptionResult.name())
                .param("link", s.adoptionLink).param("adoptedAt", ts(s.adoptedAt)).param("id", s.id().value())
                .param("version", s.version).update();
        if (n != 1) {
            throw new ConcurrentChange("suggestion", s.id());
        }
        s.version++;
    }

    Optional<Suggestion> find(SuggestionId id) {
        return jdbc.sql("select * from suggestion where id = :id").param("id", id.value()).query(Rows.of(Suggestion.Row.class))
                .optional().map(Suggestion::new);
    }

    Optional<Suggestion> byCode(String code) {
        return jdbc.sql("select * from suggestion where tracking_code = :code").param("code", code)
                .query(Rows.of(Suggestion.Row.class)).optional().map(Suggestion::new);
    }

    Optional<Suggestion> byIdempotencyKey(String key) {
        return jdbc.sql("select * from suggestion where idempotency_key = :k").param("k", key)
                .query(Rows.of(Suggestion.Row.class)).optional().map(Suggestion::new);
    }

    /** The open members of a group, the lead first. */
    List<Suggestion> openGroup(SuggestionId groupId) {
        return jdbc.sql("""
                select * from suggestion where (id = :g or group_id = :g) and status not in ('ANSWERED', 'REDIRECTED')
                order by id
                """).param("g", groupId.value()).query(Rows.of(Suggestion.Row.class)).list().stream().map(Suggestion::new)
                .toList();
    }

    int groupSize(SuggestionId groupId) {
        return jdbc.sql("select count(*) from suggestion where id = :g or group_id = :g").param("g", groupId.value())
                .query(Integer.class).single();
    }

    /**
     * Open suggestions that may repeat {@code s}: the same campaign (or, for routine ones, the same county), sharing
     * at least one word, most recent first.
     */
    List<Suggestion> candidates(Suggestion s, int limit) {
        return jdbc.sql("""
                select * from suggestion
                where status not in ('ANSWERED', 'REDIRECTED') and id <> :id
                  and ((:campaign::bigint is not null and campaign_id = :campaign)
                       or (:campaign::bigint is null and campaign_id is null and region_code like :county))
                  and words && string_to_array(:words, ' ')
                order by id desc limit :limit
                """).param("id", s.id == null ? -1 : s.id.value())
                .param("campaign", s.campaignId == null ? null : s.campaignId.value())
                .param("county", s.regionCode.substring(0, 6) + "%").param("words", String.join(" ", s.words))
                .param("limit", limit).query(Rows.of(Suggestion.Row.class)).list().stream().map(Suggestion::new).toList();
    }

    void timeline(SuggestionId id, Instant at, String actor, String step, @Nullable String note) {
        jdbc.sql("""
                insert into suggestion_timeline (suggestion_id, seq, at, actor, step, note)
                values (:id, (select coalesce(max(seq), 0) + 1 from suggestion_timeline where suggestion_id = :id),
                        :at, :actor, :step, :note)
                """).param("id", id.value()).param("at", ts(at)).param("actor", actor).param("step", step).param("note", note)
                .update();
    }

    List<SuggestionView.Entry> timeline(SuggestionId id) {
        return jdbc.sql("select at, actor, step, note from suggestion_timeline where suggestion_id = :id order by seq")
                .param("id", id.value())
                .query(Rows.of(SuggestionView.Entry.class)).list();
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
