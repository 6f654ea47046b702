package org.shegong.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * A suggestion (上海市人民建议征集若干规定 §10: topic, reasons, proposed measures, proposer) and its handling. The
 * proposer's mobile is sealed by the identity vault; only its masked form and blind index are held here.
 * Transitions refuse illegal moves with a message key; {@link SuggestionPermissions} decides who may take them.
 */
final class Suggestion {

    static final int MAX_TOPIC = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_ANSWER = 10000;
    static final int MAX_NAME = 50;

    /** Null until stored. */
    @Nullable SuggestionId id;
    String trackingCode;
    @Nullable CampaignId campaignId;
    Channel channel;
    @Nullable PointId pointId;
    @Nullable String sourceRef;
    String topic;
    String reasons;
    String measures;
    String field;
    String regionCode;
    /** The proposer's name, sealed by the identity vault (shown only as 张** or 匿名). */
    byte @Nullable [] nameCipher;
    String proposerMasked;
    byte @Nullable [] phoneCipher;
    @Nullable String phoneIndex;
    @Nullable String phoneMasked;
    boolean anonymous;
    SuggestionStatus status = SuggestionStatus.REGISTERED;
    @Nullable Long organUnitId;
    @Nullable String organName;
    @Nullable String answer;
    @Nullable Instant answeredAt;
    @Nullable String answeredBy;
    @Nullable LocalDate feedbackDueDate;
    @Nullable Instant feedbackDueAt;
    @Nullable String feedbackRule;
    @Nullable String feedbackRuleEn;
    @Nullable Instant overdueNoticedAt;
    /** The group's lead, null for a lead or a suggestion alone. */
    @Nullable SuggestionId groupId;
    List<String> words = List.of();
    @Nullable Screening screening;
    @Nullable String screeningNote;
    @Nullable Adoption adoption;
    @Nullable AdoptionResult adoptionResult;
    @Nullable String adoptionLink;
    @Nullable Instant adoptedAt;
    @Nullable String idempotencyKey;
    Instant receivedAt;
    int version;

    Suggestion(String trackingCode, Channel channel, String topic, String reasons, String measures, String field,
            String regionCode, String proposerMasked, Instant receivedAt) {
        this.trackingCode = trackingCode;
        this.channel = channel;
        this.topic = topic;
        this.reasons = reasons;
        this.measures = measures;
        this.field = field;
        this.regionCode = regionCode;
        this.proposerMasked = proposerMasked;
        this.receivedAt = receivedAt;
    }

    /** One row of {@code suggestion}, read by column name (decision 0007). */
    record Row(SuggestionId id, String trackingCode, @Nullable CampaignId campaignId, Channel channel,
            @Nullable PointId pointId, @Nullable String sourceRef, String topic, String reasons, String measures,
            String field, String regionCode, byte @Nullable [] nameCipher, String proposerMasked,
            byte @Nullable [] phoneCipher, @Nullable String phoneIndex, @Nullable String phoneMasked, boolean anonymous,
            SuggestionStatus status, @Nullable Long organUnitId, @Nullable String organName, @Nullable String answer,
            @Nullable Instant answeredAt, @Nullable String answeredBy, @Nullable LocalDate feedbackDueDate,
            @Nullable Instant feedbackDueAt, @Nullable String feedbackRule, @Nullable String feedbackRuleEn,
            @Nullable Instant overdueNoticedAt, @Nullable SuggestionId groupId, List<String> words,
            @Nullable Screening screening, @Nullable String screeningNote, @Nullable Adoption adoption,
            @Nullable AdoptionResult adoptionResult, @Nullable String adoptionLink, @Nullable Instant adoptedAt,
            @Nullable String idempotencyKey, Instant receivedAt, int version) {
    }

    /** A stored suggestion, copied from its row by name. */
    Suggestion(Row r) {
        this(r.trackingCode(), r.channel(), r.topic(), r.reasons(), r.measures(), r.field(), r.regionCode(),
                r.proposerMasked(), r.receivedAt());
        id = r.id();
        campaignId = r.campaignId();
        pointId = r.pointId();
        sourceRef = r.sourceRef();
        nameCipher = r.nameCipher();
        phoneCipher = r.phoneCipher();
        phoneIndex = r.phoneIndex();
        phoneMasked = r.phoneMasked();
        anonymous = r.anonymous();
        status = r.status();
        organUnitId = r.organUnitId();
        organName = r.organName();
        answer = r.answer();
        answeredAt = r.answeredAt();
        answeredBy = r.answeredBy();
        feedbackDueDate = r.feedbackDueDate();
        feedbackDueAt = r.feedbackDueAt();
        feedbackRule = r.feedbackRule();
        feedbackRuleEn = r.feedbackRuleEn();
        overdueNoticedAt = r.overdueNoticedAt();
        groupId = r.groupId();
        words = r.words();
        screening = r.screening();
        screeningNote = r.screeningNote();
        adoption = r.adoption();
        adoptionResult = r.adoptionResult();
        adoptionLink = r.adoptionLink();
        adoptedAt = r.adoptedAt();
        idempotencyKey = r.idempotencyKey();
        version = r.version();
    }

    SuggestionId id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    /** The group this suggestion belongs to: its lead's id, or its own. */
    SuggestionId group() {
        return groupId == null ? id() : groupId;
    }

    void accept() {
        if (status != SuggestionStatus.REGISTERED) {
            throw new InvalidInput(null, "suggestion.state", status);
        }
        status = SuggestionStatus.ACCEPTED;
    }

    void transfer(long unitId, String unitName) {
        if (status != SuggestionStatus.ACCEPTED && status != SuggestionStatus.TRANSFERRED) {
            throw new InvalidInput(null, "suggestion.state", status);
        }
        status = SuggestionStatus.TRANSFERRED;
        organUnitId = unitId;
        organName = unitName;
    }

    void answer(String text, String by, Instant at) {
        if (status != SuggestionStatus.TRANSFERRED) {
            throw new InvalidInput(null, "suggestion.state", status);
        }
        answer = Texts.required("answer", text, MAX_ANSWER, "suggestion.answer.empty");
        answeredBy = by;
        answeredAt = at;
        status = SuggestionStatus.ANSWERED;
    }

    void screen(Screening outcome, String note) {
        if (status != SuggestionStatus.REGISTERED && status != SuggestionStatus.ACCEPTED) {
            throw new InvalidInput(null, "suggestion.state", status);
        }
        screening = outcome;
        screeningNote = note;
        status = SuggestionStatus.REDIRECTED;
    }

    void adopt(Adoption how, @Nullable AdoptionResult result, @Nullable String link, Instant at) {
        if (status != SuggestionStatus.ANSWERED) {
            throw new InvalidInput(null, "suggestion.state", status);
        }
        if (how.shown() && result == null) {
            throw new InvalidInput("result", "suggestion.adoption.result");
        }
        adoption = how;
        adoptionResult = how == Adoption.NOT_ADOPTED ? null : result;
        adoptionLink = link;
        adoptedAt = at;
    }

    boolean overdueAt(Instant now) {
        return answeredAt == null && status.open() && feedbackDueAt != null && !now.isBefore(feedbackDueAt);
    }

    /** How the proposer is shown in public: masked name, or 匿名 when they asked. */
    String publicName() {
        return anonymous ? "匿名" : proposerMasked;
    }
}
