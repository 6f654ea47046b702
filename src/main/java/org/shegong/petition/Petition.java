package org.shegong.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * A petition (信访事项) on its statutory track. Every step is a named transition that refuses an illegal move
 * with a message naming the rule, and appends an immutable timeline entry. Limits are computed outside by
 * {@link StatutoryLimits} and handed in, so the rules here stay pure.
 */
final class Petition {

    private @Nullable PetitionId id;
    private int version;
    private int persistedTimeline;
    private final String caseNumber;
    private final String trackingCode;
    private final Channel channel;
    private final boolean groupVisit;
    private final String regionCode;
    private final String matter;
    private final List<Petitioner> petitioners;
    private final Set<Long> organs;
    private final long receivingUnitId;
    private final String receivingRegion;
    private final Instant receivedAt;
    private Instant registeredAt;
    private @Nullable String receiptConfirmedBy;
    private Category category;
    private @Nullable Route route;
    private PetitionStatus status = PetitionStatus.REGISTERED;
    private @Nullable Long handlingUnitId;
    private @Nullable TransferMode transferMode;
    private @Nullable Long reviewUnitId;
    private @Nullable Long reReviewUnitId;
    private @Nullable Long assigneeAccountId;
    private boolean major;
    private @Nullable Integer extensionDays;
    private @Nullable String extensionReason;
    private @Nullable String extensionApprovedBy;
    private int hearingDays;
    private @Nullable Decision decision;
    private @Nullable Decision reviewDecision;
    private @Nullable Decision reReviewDecision;
    private @Nullable String agreement;
    private @Nullable String execution;
    private @Nullable Instant executedAt;
    private @Nullable Integer rating;
    private @Nullable Instant concludedAt;
    private final Map<Long, Recusal> recused = new java.util.LinkedHashMap<>();
    private final Map<Long, Assignee> assignees = new java.util.LinkedHashMap<>();
    private final Map<Limit, Due> dues = new EnumMap<>(Limit.class);
    private final List<TimelineEntry> timeline = new ArrayList<>();

    private Petition(String caseNumber, String trackingCode, Channel channel, boolean groupVisit, String regionCode,
            String matter, List<Petitioner> petitioners, Set<Long> organs, long receivingUnitId, String receivingRegion,
            Instant receivedAt, Category category) {
        this.caseNumber = caseNumber;
        this.trackingCode = trackingCode;
        this.channel = channel;
        this.groupVisit = groupVisit;
        this.regionCode = regionCode;
        this.matter = matter;
        this.petitioners = List.copyOf(petitioners);
        this.organs = new LinkedHashSet<>(organs);
        this.receivingUnitId = receivingUnitId;
        this.receivingRegion = receivingRegion;
        this.receivedAt = receivedAt;
        this.registeredAt = receivedAt;
        this.category = category;
    }

    /**
     * Registers a petition (信访工作条例 §§17–19). A group visit names at most five representatives; the sort and
     * notice limits start at once.
     */
    static Petition register(String caseNumber, String trackingCode, Channel channel, boolean groupVisit, String regionCode,
            String matter, List<Petitioner> petitioners, Set<Long> organs, Category category, Actor actor, String actorRegion,
            Instant at, Due sortBy, Due noticeBy) {
        return register(caseNumber, trackingCode, channel, groupVisit, regionCode, matter, petitioners, organs, category, actor,
                actorRegion, at, at, null, sortBy, noticeBy);
    }

    /**
     * Registers a petition received at {@code receivedAt} (信访工作条例 §22: its limits count from then) and entered at
     * {@code at}; {@code confirmedBy} names the supervisor who confirmed a receipt older than the allowed days.
     */
    static Petition register(String caseNumber, String trackingCode, Channel channel, boolean groupVisit, String regionCode,
            String matter, List<Petitioner> petitioners, Set<Long> organs, Category category, Actor actor, String actorRegion,
            Instant receivedAt, Instant at, @Nullable String confirmedBy, Due sortBy, Due noticeBy) {
        if (channel == null) {
            throw new InvalidInput("channel", "petition.channel.required");
        }
        if (category == null) {
            throw new InvalidInput("category", "petition.category.required");
        }
        if (petitioners.isEmpty()) {
            throw new InvalidInput("petitioners", "petition.petitioners.required");
        }
        long representatives = petitioners.stream().filter(Petitioner::representative).count();
        // 信访工作条例 §18: 多人采用走访形式提出共同的信访事项的，应当推选代表，代表人数不超过5人
        if (groupVisit && (representatives > PetitionRules.MAX_REPRESENTATIVES
                || (representatives == 0 && petitioners.size() > PetitionRules.MAX_REPRESENTATIVES))) {
            throw new InvalidInput("petitioners", "petition.groupVisit.representatives", PetitionRules.MAX_REPRESENTATIVES);
        }
        // 信访工作条例 §19: 口头提出的，如实记录 — the matter is stored as given, only length-checked
        String text = PetitionRules.text(matter, "matter", "petition.matter.required", 5000);
        Petition p = new Petition(caseNumber, trackingCode, channel, groupVisit, regionCode, text, petitioners, organs,
                actor.unitId(), actorRegion, receivedAt, category);
        p.registeredAt = at;
        p.receiptConfirmedBy = confirmedBy;
        p.dues.put(Limit.SORT, sortBy);
        p.dues.put(Limit.NOTICE, noticeBy);
        p.log(actor, at, PetitionStep.REGISTER, channel + " / " + category + (groupVisit ? " / 集体访" : ""));
        return p;
    }

    /**
     * A stored petition's own row, read by column name ({@code petition}'s columns, decision 0007); its child rows are
     * read separately and handed to {@link #Petition(Row, List, Set, List, List, List, Map, List)}.
     */
    record Row(long id, int version, String caseNumber, String trackingCode, Channel channel, boolean groupVisit,
            String regionCode, String matter, Category category, @Nullable Integer route, PetitionStatus status,
            long receivingUnitId, String receivingRegionCode, @Nullable Long handlingUnitId,
            @Nullable TransferMode transferMode, @Nullable Long reviewUnitId, @Nullable Long reReviewUnitId,
            @Nullable Long assigneeAccountId, Instant receivedAt, Instant registeredAt, @Nullable String receiptConfirmedBy,
            boolean major, @Nullable Integer extensionDays, @Nullable String extensionReason,
            @Nullable String extensionApprovedBy, int hearingDays, @Nullable String agreement, @Nullable String execution,
            @Nullable Instant executedAt, @Nullable Integer rating, @Nullable Instant concludedAt) {
    }

    /** Rebuilds a stored petition exactly as saved (for {@link Petitions} only). */
    Petition(Row row, List<Petitioner> petitioners, Set<Long> organs, List<Recusal> recused, List<Assignee> assignees,
            List<Due> dues, Map<Decision.Stage, Decision> decisions, List<TimelineEntry> timeline) {
        this(row.caseNumber(), row.trackingCode(), row.channel(), row.groupVisit(), row.regionCode(), row.matter(),
                petitioners, organs, row.receivingUnitId(), row.receivingRegionCode(), row.receivedAt(), row.category());
        id = new PetitionId(row.id());
        version = row.version();
        registeredAt = row.registeredAt();
        receiptConfirmedBy = row.receiptConfirmedBy();
        route = row.route() == null ? null : Route.of(row.route());
        status = row.status();
        handlingUnitId = row.handlingUnitId();
        transferMode = row.transferMode();
        reviewUnitId = row.reviewUnitId();
        reReviewUnitId = row.reReviewUnitId();
        assigneeAccountId = row.assigneeAccountId();
        major = row.major();
        extensionDays = row.extensionDays();
        extensionReason = row.extensionReason();
        extensionApprovedBy = row.extensionApprovedBy();
        hearingDays = row.hearingDays();
        decision = decisions.get(Decision.Stage.HANDLING);
        reviewDecision = decisions.get(Decision.Stage.REVIEW);
        reReviewDecision = decisions.get(Decision.Stage.RE_REVIEW);
        agreement = row.agreement();
        execution = row.execution();
        executedAt = row.executedAt();
        rating = row.rating();
        concludedAt = row.concludedAt();
        recused.forEach(r -> this.recused.put(r.accountId(), r));
        assignees.forEach(a -> this.assignees.put(a.accountId(), a));
        dues.forEach(d -> this.dues.put(d.limit(), d));
        this.timeline.addAll(timeline);
        persistedTimeline = timeline.size();
    }

    void saved(PetitionId newId, int newVersion) {
        id = newId;
        version = newVersion;
        persistedTimeline = timeline.size();
    }

    // ---- classification (§§29–31) ----

    /** Sets the category again while the petition is still with the registering department. */
    void classify(Category newCategory, @Nullable Route newRoute, @Nullable Set<Long> newOrgans, Actor actor, Instant at) {
        requireStatus(PetitionStatus.REGISTERED);
        if (newCategory == null) {
            throw new InvalidInput("category", "petition.category.required");
        }
        if (newCategory == Category.CLAIM && newRoute == null) {
            // 信访工作条例 §31: 申诉求决类 matters are sorted into their legal route
            throw new InvalidInput("route", "petition.route.required");
        }
        category = newCategory;
        route = newCategory == Category.CLAIM ? newRoute : null;
        if (newOrgans != null) {
            organs.clear();
            organs.addAll(newOrgans);
        }
        log(actor, at, PetitionStep.CLASSIFY, newCategory + (route == null ? "" : " / 第" + route.number() + "项"));
    }

    /** 信访工作条例 §29: 建议意见 go to suggestion collection; they leave the handling track. */
    void forwardOpinion(Actor actor, Instant at) {
        requireStatus(PetitionStatus.REGISTERED);
        if (category != Category.OPINION) {
            throw PetitionRules.violation("petition.opinion.only");
        }
        status = PetitionStatus.OPINION_FORWARDED;
        meet(Limit.SORT, at);
        meet(Limit.NOTICE, at);
        log(actor, at, PetitionStep.FORWARD_OPINION, null);
    }

    /** 信访工作条例 §31 (1)–(5): guided into the proper procedure with a written notice; never enters the track. */
    void channel(String notice, Actor actor, Instant at) {
        String given = PetitionRules.required(notice, "notice", 2000);
        requireStatus(PetitionStatus.REGISTERED);
        if (category != Category.CLAIM || route == null || route.entersTrack()) {
            throw PetitionRules.violation("petition.channel.routeOneToFive");
        }
        status = PetitionStatus.CHANNELLED;
        meet(Limit.SORT, at);
        meet(Limit.NOTICE, at);
        concludedAt = at;
        log(actor, at, PetitionStep.CHANNEL, "第" + route.number() + "项：" + given);
    }

    // ---- transfer and acceptance (§§22–23) ----

    /** 信访工作条例 §22: 转送 or 交办 to the organ with authority; the organ may object within 5 working days. */
    void transfer(long unitId, TransferMode mode, Actor actor, Instant at, Due objectBy, Due noticeBy) {
        if (status != PetitionStatus.REGISTERED && status != PetitionStatus.OBJECTED) {
            throw PetitionRules.violation("petition.transfer.notNow", status);
        }
        if (category == Category.OPINION || (category == Category.CLAIM && (route == null || !route.entersTrack()))) {
            // 信访工作条例 §31: only route (6) and accusations are handled on the petition track
            throw PetitionRules.violation("petition.transfer.notOnTrack");
        }
        // 信访工作条例 §46: 不得将检举、控告材料转给被检举、控告的单位
        if (category == Category.ACCUSATION && organs.contains(unitId)) {
            throw new InvalidInput("unitId", "petition.accusation.toAccused");
        }
        handlingUnitId = unitId;
        transferMode = mode == null ? TransferMode.TRANSFER : mode;
        status = PetitionStatus.TRANSFERRED;
        meet(Limit.SORT, at);
        dues.put(Limit.OBJECT, objectBy);
        dues.put(Limit.NOTICE, noticeBy);
        log(actor, at, PetitionStep.TRANSFER, (transferMode == TransferMode.ASSIGN ? "交办" : "转送") + " unit " + unitId);
    }

    /** 信访工作条例 §23 ¶3: an organ outside its remit objects within 5 working days, with reasons. */
    void object(String reason, Actor actor, Instant at) {
        String why = PetitionRules.required(reason, "reason", 2000);
        requireStatus(PetitionStatus.TRANSFERRED);
        requireUnit(handlingUnitId, actor);
        Due by = dues.get(Limit.OBJECT);
        if (by != null && !by.allows(at)) {
            throw PetitionRules.violation("petition.object.late", by.date());
        }
        status = PetitionStatus.OBJECTED;
        meet(Limit.OBJECT, at);
        log(actor, at, PetitionStep.OBJECT, why);
    }

    /** 信访工作条例 §23 ¶3: the matter returns only when the transferring department agrees. */
    void agreeObjection(String note, Actor actor, Instant at, Due sortBy) {
        String why = PetitionRules.required(note, "note", 2000);
        requireStatus(PetitionStatus.OBJECTED);
        status = PetitionStatus.REGISTERED;
        handlingUnitId = null;
        transferMode = null;
        dues.put(Limit.SORT, sortBy);
        log(actor, at, PetitionStep.AGREE_OBJECTION, why);
    }

    void refuseObjection(String note, Actor actor, Instant at) {
        String why = PetitionRules.required(note, "note", 2000);
        requireStatus(PetitionStatus.OBJECTED);
        status = PetitionStatus.TRANSFERRED;
        log(actor, at, PetitionStep.REFUSE_OBJECTION, why);
    }

    /** 信访工作条例 §23: the organ accepts and tells the petitioner in writing; the 60 days of §34 start. */
    void accept(Actor actor, Instant at, Due decideBy) {
        requireStatus(PetitionStatus.TRANSFERRED);
        requireUnit(handlingUnitId, actor);
        status = PetitionStatus.ACCEPTED;
        meet(Limit.OBJECT, at);
        meet(Limit.NOTICE, at);
        dues.put(Limit.DECIDE, decideBy);
        log(actor, at, PetitionStep.ACCEPT, null);
    }

    /** 不予受理 with a written notice of the reason (§23). */
    void decline(String reason, Actor actor, Instant at) {
        String why = PetitionRules.required(reason, "reason", 2000);
        requireStatus(PetitionStatus.TRANSFERRED);
        requireUnit(handlingUnitId, actor);
        status = PetitionStatus.DECLINED;
        meet(Limit.OBJECT, at);
        meet(Limit.NOTICE, at);
        concludedAt = at;
        log(actor, at, PetitionStep.DECLINE, why);
    }

    // ---- handling (§§32–34) ----

    /** 信访工作条例 §34: one extension of at most 30 days, with the reason; it takes effect once the head approves. */
    void requestExtension(int days, String reason, Actor actor, Instant at) {
        requireStatus(PetitionStatus.ACCEPTED);
        requireUnit(handlingUnitId, actor);
        // 信访工作条例 §34: 延长期限不得超过30日 — and only once
        if (extensionDays != null) {
            throw PetitionRules.violation("petition.extension.once");
        }
        if (days < 1 || days > PetitionRules.MAX_EXTENSION_DAYS) {
            throw new InvalidInput("days", "petition.extension.max", PetitionRules.MAX_EXTENSION_DAYS);
        }
        Due decideBy = dues.get(Limit.DECIDE);
        if (decideBy != null && !decideBy.allows(at)) {
            throw PetitionRules.violation("petition.extension.afterDeadline", decideBy.date());
        }
        String why = PetitionRules.text(reason, "reason", "petition.extension.reason", 2000);
        extensionDays = days;
        extensionReason = why;
        if (decideBy != null) {
            dues.put(Limit.EXTENSION_APPROVAL, new Due(Limit.EXTENSION_APPROVAL, decideBy.date(), decideBy.dueAt(),
                    decideBy.explanation(), decideBy.explanationEn(), decideBy.unitId(), null));
        }
        log(actor, at, PetitionStep.REQUEST_EXTENSION, days + "日：" + extensionReason);
    }

    /** 信访工作条例 §34: 经本机关、单位负责人批准; the new limit is told to the petitioner with the reason. */
    void approveExtension(String head, Actor actor, Instant at, Due extendedDecideBy) {
        requireUnit(handlingUnitId, actor);
        if (extensionDays == null || extensionApprovedBy != null) {
            throw PetitionRules.violation("petition.extension.noneRequested");
        }
        // 信访工作条例 §34: 经本机关、单位负责人批准 — the one who asked cannot approve
        String requester = extensionRequester().orElse("");
        if (requester.equals(actor.username())) {
            throw PetitionRules.violation("petition.extension.selfApproval");
        }
        extensionApprovedBy = PetitionRules.text(head, "head", "petition.extension.head", 100);
        dues.put(Limit.DECIDE, extendedDecideBy);
        meet(Limit.EXTENSION_APPROVAL, at);
        log(actor, at, PetitionStep.APPROVE_EXTENSION, "负责人 " + extensionApprovedBy + " 批准延长" + extensionDays + "日，新的办理期限："
                + extendedDecideBy.date());
    }

    /** 信访工作条例 §33: mediation or settlement closes the matter with the agreement on record. */
    void settle(String agreementText, Actor actor, Instant at) {
        requireStatus(PetitionStatus.ACCEPTED);
        requireUnit(handlingUnitId, actor);
        agreement = PetitionRules.text(agreementText, "agreement", "petition.settle.agreement", 5000);
        status = PetitionStatus.SETTLED;
        meet(Limit.DECIDE, at);
        meet(Limit.EXTENSION_APPROVAL, at);
        concludedAt = at;
        log(actor, at, PetitionStep.SETTLE, agreement);
    }

    /** 信访工作条例 §32: 信访处理意见书 with outcome, facts, reasons and legal basis; the review window opens. */
    void decide(Decision d, Actor actor, Instant at, Due reviewRequestBy) {
        requireStatus(PetitionStatus.ACCEPTED);
        requireUnit(handlingUnitId, actor);
        decision = d;
        status = PetitionStatus.DECIDED;
        meet(Limit.DECIDE, at);
        meet(Limit.EXTENSION_APPROVAL, at);
        dues.put(Limit.REVIEW_REQUEST, reviewRequestBy);
        log(actor, at, PetitionStep.DECIDE, d.outcome() + "：" + d.legalBasis());
    }

    /** 信访工作条例 §32: a 支持 decision is supervised until the handling organ records that it was carried out. */
    void recordExecution(String note, Actor actor, Instant at) {
        String what = PetitionRules.text(note, "note", "petition.execution.note", 2000);
        requireUnit(handlingUnitId, actor);
        if (decision == null || decision.outcome() != Outcome.UPHOLD) {
            throw PetitionRules.violation("petition.execution.upheldOnly");
        }
        if (executedAt != null) {
            throw PetitionRules.violation("petition.execution.already");
        }
        execution = what;
        executedAt = at;
        log(actor, at, PetitionStep.RECORD_EXECUTION, what);
    }

    // ---- review and re-review (§§35–36) ----

    /** 信访工作条例 §35: review requested within 30 days of the reply, to the organ one level up. */
    void requestReview(long unitId, Actor actor, Instant requestedAt, Due decideBy) {
        requireStatus(PetitionStatus.DECIDED);
        // 信访工作条例 §35: the review is asked for after receiving the written reply, never before it
        notBefore(requestedAt, decision == null ? null : decision.decidedAt(), "petition.review.beforeDecision");
        Due window = dues.get(Limit.REVIEW_REQUEST);
        if (window != null && !window.allows(requestedAt)) {
            throw PetitionRules.violation("petition.review.window", window.date());
        }
        if (handlingUnitId != null && unitId == handlingUnitId) {
            throw new InvalidInput("unitId", "petition.review.higherOrgan");
        }
        if (category == Category.ACCUSATION && organs.contains(unitId)) {
            throw new InvalidInput("unitId", "petition.accusation.toAccused");
        }
        reviewUnitId = unitId;
        status = PetitionStatus.UNDER_REVIEW;
        meet(Limit.REVIEW_REQUEST, requestedAt);
        dues.put(Limit.REVIEW_DECIDE, decideBy);
        log(actor, requestedAt, PetitionStep.REVIEW_REQUEST, "unit " + unitId);
    }

    void decideReview(Decision d, Actor actor, Instant at, Due reReviewRequestBy) {
        requireStatus(PetitionStatus.UNDER_REVIEW);
        requireUnit(reviewUnitId, actor);
        reviewDecision = d;
        status = PetitionStatus.REVIEWED;
        meet(Limit.REVIEW_DECIDE, at);
        dues.put(Limit.RE_REVIEW_REQUEST, reReviewRequestBy);
        log(actor, at, PetitionStep.DECIDE_REVIEW, d.outcome() + "：" + d.legalBasis());
    }

    /** 信访工作条例 §36: re-review requested within 30 days of the review, one level further up. */
    void requestReReview(long unitId, Actor actor, Instant requestedAt, Due decideBy) {
        requireStatus(PetitionStatus.REVIEWED);
        // 信访工作条例 §36: the re-review is asked for after receiving the review decision, never before it
        notBefore(requestedAt, reviewDecision == null ? null : reviewDecision.decidedAt(), "petition.reReview.beforeReview");
        Due window = dues.get(Limit.RE_REVIEW_REQUEST);
        if (window != null && !window.allows(requestedAt)) {
            throw PetitionRules.violation("petition.reReview.window", window.date());
        }
        if ((reviewUnitId != null && unitId == reviewUnitId) || (handlingUnitId != null && unitId == handlingUnitId)) {
            throw new InvalidInput("unitId", "petition.reReview.higherOrgan");
        }
        if (category == Category.ACCUSATION && organs.contains(unitId)) {
            throw new InvalidInput("unitId", "petition.accusation.toAccused");
        }
        reReviewUnitId = unitId;
        status = PetitionStatus.UNDER_RE_REVIEW;
        meet(Limit.RE_REVIEW_REQUEST, requestedAt);
        dues.put(Limit.RE_REVIEW_DECIDE, decideBy);
        log(actor, requestedAt, PetitionStep.RE_REVIEW_REQUEST, "unit " + unitId);
    }

    /** 信访工作条例 §36: hearing time is not counted in the 30 days; the limit moves by the hearing's days. */
    void recordHearing(int days, String note, Actor actor, Instant at, Due movedDecideBy) {
        String why = PetitionRules.required(note, "note", 2000);
        requireStatus(PetitionStatus.UNDER_RE_REVIEW);
        requireUnit(reReviewUnitId, actor);
        if (days < 1 || days > 90) {
            throw new InvalidInput("days", "petition.hearing.days");
        }
        hearingDays += days;
        dues.put(Limit.RE_REVIEW_DECIDE, movedDecideBy);
        log(actor, at, PetitionStep.RECORD_HEARING, days + "日：" + why);
    }

    /** 信访工作条例 §36: the re-review concludes the matter; the same facts and reasons are never accepted again. */
    void decideReReview(Decision d, Actor actor, Instant at) {
        requireStatus(PetitionStatus.UNDER_RE_REVIEW);
        requireUnit(reReviewUnitId, actor);
        reReviewDecision = d;
        status = PetitionStatus.CONCLUDED;
        concludedAt = at;
        meet(Limit.RE_REVIEW_DECIDE, at);
        log(actor, at, PetitionStep.DECIDE_RE_REVIEW, d.outcome() + "：" + d.legalBasis());
    }

    // ---- confidentiality, recusal, supervision ----

    /** 信访工作条例 §28: staff with a direct interest recuse themselves; they then cannot be assigned or see the case. */
    void declareRecusal(String reason, Actor actor, Instant at) {
        if (actor.accountId() <= 0) {
            throw PetitionRules.violation("petition.recusal.staffOnly");
        }
        if (recused.containsKey(actor.accountId())) {
            throw PetitionRules.violation("petition.recusal.already");
        }
        recused.put(actor.accountId(), new Recusal(actor.accountId(), actor.username(),
                PetitionRules.required(reason, "reason", 1000), at, false));
        unassign(actor.accountId());
        log(actor, at, PetitionStep.RECUSE, PetitionRules.required(reason, "reason", 1000));
    }

    /**
     * 信访工作条例 §30 ¶3, §46: a staff member accused in a 检举控告 never sees it — recorded like a recusal, so the same
     * predicate hides the case from them and they cannot be assigned to it.
     */
    void nameAccusedPerson(long accountId, String username, Actor actor, Instant at) {
        if (category != Category.ACCUSATION) {
            throw PetitionRules.violation("petition.accusedPerson.accusationOnly");
        }
        if (recused.containsKey(accountId)) {
            throw PetitionRules.violation("petition.accusedPerson.already");
        }
        recused.put(accountId, new Recusal(accountId, username, "被检举控告人", at, true));
        unassign(accountId);
        log(actor, at, PetitionStep.NAME_ACCUSED, username);
    }

    /**
     * Assigns a staff member of one of the case's units (registering, handling, review or re-review organ); from then
     * on they see the case and may take their unit's steps on it.
     */
    void assign(long accountId, String username, long unitId, Actor actor, Instant at) {
        // 信访工作条例 §28: 与信访事项有直接利害关系的，应当回避
        if (recused.containsKey(accountId)) {
            throw new InvalidInput("accountId", "petition.recusal.cannotAssign");
        }
        if (status.closed()) {
            throw PetitionRules.violation("petition.status.illegal", status);
        }
        if (!caseUnits().contains(unitId)) {
            throw new InvalidInput("accountId", "petition.assignee.caseUnit");
        }
        assignees.put(accountId, new Assignee(accountId, username, unitId, at));
        assigneeAccountId = accountId;
        log(actor, at, PetitionStep.ASSIGN, username);
    }

    private void unassign(long accountId) {
        assignees.remove(accountId);
        if (assigneeAccountId != null && assigneeAccountId == accountId) {
            assigneeAccountId = assignees.isEmpty() ? null : List.copyOf(assignees.keySet()).get(assignees.size() - 1);
        }
    }

    /** The units the case is with: the registering organ and, once named, the handling, review and re-review organs. */
    Set<Long> caseUnits() {
        Set<Long> out = new LinkedHashSet<>();
        out.add(receivingUnitId);
        for (Long u : new Long[] { handlingUnitId, reviewUnitId, reReviewUnitId }) {
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** Whether {@code accountId} is assigned to the case in a unit the case is still with. */
    boolean assigned(long accountId, long unitId) {
        Assignee a = assignees.get(accountId);
        return a != null && a.unitId() == unitId && caseUnits().contains(unitId);
    }

    /** 信访工作条例 §30 ¶3: for a 检举控告, whether the accused units or persons have been named. */
    boolean accusedNamed() {
        return !organs.isEmpty() || recused.values().stream().anyMatch(Recusal::accused);
    }

    /** 信访工作条例 §25: major or urgent matters are reported upward at once. */
    void flagMajor(String reason, Actor actor, Instant at) {
        String why = PetitionRules.required(reason, "reason", 1000);
        if (major) {
            throw PetitionRules.violation("petition.major.already");
        }
        major = true;
        log(actor, at, PetitionStep.MARK_MAJOR, why);
    }

    /** 信访工作条例 §19 ¶3: a similar matter of the same petitioner is already in progress; recorded, not refused. */
    void noteEarlier(String caseNumber, PetitionStatus earlierStatus, Actor actor, Instant at) {
        log(actor, at, PetitionStep.NOTE_REPEAT, caseNumber + "（" + earlierStatus + "）");
    }

    /**
     * The official holiday schedule moved a pending limit that was counted on a provisional year: the stored limit
     * follows it and the timeline says old → new. Returns the unit answerable for it, or null when nothing changed
     * (the limit was met or already recomputed from another start).
     */
    @Nullable Long deadlineRecomputed(Limit limit, java.time.LocalDate oldDate, java.time.LocalDate newDate, Instant at) {
        Due d = dues.get(limit);
        if (d == null || !d.pending() || !d.date().equals(oldDate) || oldDate.equals(newDate)) {
            return null;
        }
        String note = "按正式节假日安排重算：" + oldDate + " → " + newDate;
        String noteEn = "recomputed on the official holiday schedule: " + oldDate + " → " + newDate;
        dues.put(limit, new Due(limit, newDate, org.shegong.calendar.Deadline.endOf(newDate),
                d.explanation() + "（" + note + "）", d.explanationEn() + " (" + noteEn + ")", d.unitId(), null));
        log(Actor.PLATFORM, at, PetitionStep.RECOMPUTE_DEADLINE, limit.name() + " " + oldDate + " → " + newDate);
        return d.unitId();
    }

    void recordSupervision(String note, Actor actor, Instant at) {
        log(actor, at, PetitionStep.SUPERVISE, PetitionRules.required(note, "note", 2000));
    }

    /** 信访工作条例 §21: the petitioner rates the handling once a written answer exists. */
    void rate(int score, Instant at) {
        if (decision == null && agreement == null) {
            throw PetitionRules.violation("petition.rating.notYet");
        }
        if (score < 1 || score > 3) {
            throw new InvalidInput("score", "petition.rating.range");
        }
        rating = score;
        log(Actor.PETITIONER, at, PetitionStep.RATE, String.valueOf(score));
    }

    /** Material handed in by the petitioner, recorded on the timeline by file name. */
    void attached(String filename, Actor actor, Instant at) {
        if (status.closed()) {
            throw PetitionRules.violation("petition.status.illegal", status);
        }
        log(actor, at, PetitionStep.ATTACH, filename);
    }

    void documentIssued(String kind, Actor actor, Instant at) {
        log(actor, at, PetitionStep.ISSUE_DOCUMENT, kind);
    }

    // ---- helpers ----

    /** A date given by a person is checked against the record's own: refused when earlier (compared by day in China). */
    private static void notBefore(Instant given, @Nullable Instant recorded, String rule) {
        if (recorded != null && given.atZone(org.shegong.calendar.Deadline.ZONE).toLocalDate()
                .isBefore(recorded.atZone(org.shegong.calendar.Deadline.ZONE).toLocalDate())) {
            throw new InvalidInput("requestedOn", rule, recorded.atZone(org.shegong.calendar.Deadline.ZONE).toLocalDate());
        }
    }

    private void meet(Limit limit, Instant at) {
        Due d = dues.get(limit);
        if (d != null) {
            dues.put(limit, d.met(at));
        }
    }

    private void requireStatus(PetitionStatus expected) {
        if (status != expected) {
            throw PetitionRules.violation("petition.status.illegal", status);
        }
    }

    private static void requireUnit(@Nullable Long unit, Actor actor) {
        if (unit == null || unit != actor.unitId()) {
            throw PetitionRules.violation("petition.unit.notHandling");
        }
    }

    private void log(Actor actor, Instant at, PetitionStep step, @Nullable String detail) {
        timeline.add(new TimelineEntry(at, actor.username(), actor.unitId() == 0 ? null : actor.unitId(), step, detail));
    }

    /** When the step was last taken, if ever. */
    Optional<Instant> lastTaken(PetitionStep step) {
        return timeline.stream().filter(e -> e.step() == step).map(TimelineEntry::at).reduce((a, b) -> b);
    }

    /** Who asked for the pending extension (信访工作条例 §34: they cannot approve it). */
    Optional<String> extensionRequester() {
        return timeline.stream().filter(e -> e.step() == PetitionStep.REQUEST_EXTENSION).map(TimelineEntry::actor)
                .reduce((a, b) -> b);
    }

    // ---- state for the repository and the views ----

    @Nullable PetitionId id() { return id; }
    int version() { return version; }
    int persistedTimeline() { return persistedTimeline; }
    List<TimelineEntry> unsavedTimeline() { return timeline.subList(persistedTimeline, timeline.size()); }
    List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    String caseNumber() { return caseNumber; }
    String trackingCode() { return trackingCode; }
    Channel channel() { return channel; }
    boolean groupVisit() { return groupVisit; }
    String regionCode() { return regionCode; }
    String matter() { return matter; }
    List<Petitioner> petitioners() { return petitioners; }
    Set<Long> organs() { return Set.copyOf(organs); }
    long receivingUnitId() { return receivingUnitId; }
    String receivingRegion() { return receivingRegion; }
    List<Assignee> assignees() { return List.copyOf(assignees.values()); }
    Instant receivedAt() { return receivedAt; }

    /** When the petition was entered; later than {@link #receivedAt()} for a letter or walk-in registered afterwards. */
    Instant registeredAt() { return registeredAt; }

    @Nullable String receiptConfirmedBy() { return receiptConfirmedBy; }

    Category category() { return category; }
    @Nullable Route route() { return route; }
    PetitionStatus status() { return status; }
    @Nullable Long handlingUnitId() { return handlingUnitId; }
    @Nullable TransferMode transferMode() { return transferMode; }
    @Nullable Long reviewUnitId() { return reviewUnitId; }
    @Nullable Long reReviewUnitId() { return reReviewUnitId; }
    @Nullable Long assigneeAccountId() { return assigneeAccountId; }
    boolean major() { return major; }
    @Nullable Integer extensionDays() { return extensionDays; }
    @Nullable String extensionReason() { return extensionReason; }
    @Nullable String extensionApprovedBy() { return extensionApprovedBy; }
    int hearingDays() { return hearingDays; }
    @Nullable Decision decision() { return decision; }
    @Nullable Decision reviewDecision() { return reviewDecision; }
    @Nullable Decision reReviewDecision() { return reReviewDecision; }

    /** The written decisions taken so far, by stage. */
    Map<Decision.Stage, Decision> decisions() {
        Map<Decision.Stage, Decision> out = new EnumMap<>(Decision.Stage.class);
        if (decision != null) {
            out.put(Decision.Stage.HANDLING, decision);
        }
        if (reviewDecision != null) {
            out.put(Decision.Stage.REVIEW, reviewDecision);
        }
        if (reReviewDecision != null) {
            out.put(Decision.Stage.RE_REVIEW, reReviewDecision);
        }
        return out;
    }
    @Nullable String agreement() { return agreement; }
    @Nullable String execution() { return execution; }
    @Nullable Instant executedAt() { return executedAt; }
    @Nullable Integer rating() { return rating; }
    @Nullable Instant concludedAt() { return concludedAt; }
    List<Recusal> recused() { return List.copyOf(recused.values()); }
    List<Due> dues() { return List.copyOf(dues.values()); }
    @Nullable Due due(Limit limit) { return dues.get(limit); }
}
