package org.shegong.demand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * A citizen's demand (诉求) and its work orders. Every step is a named transition that refuses an
 * illegal move and appends an immutable timeline entry. Deadlines are computed outside (by the calendar
 * under {@link TimeLimitPolicy}) and handed in, so the rules here stay pure.
 */
final class Demand {

    /** One unit's dispatch: its acceptance, reply and return deadlines, and the words that explain them. */
    record Assignment(long unitId, Instant acceptBy, Instant replyBy, Instant returnBy, String deadlineNote,
            String deadlineNoteEn) {
    }

    /** A department summoned by a township's whistle (吹哨), and when it reported (报到). */
    record Summons(long unitId, Instant reportBy, @Nullable Instant reportedAt, @Nullable String action) {

        boolean reportedLate() {
            return reportedAt != null && reportedAt.isAfter(reportBy);
        }
    }

    private @Nullable DemandId id;
    private int version;
    private int persistedTimeline;
    private Intake intake;
    private final DemandKind kind;
    private final TimeLimitClass limitClass;
    private final RegionCode region;
    private String categoryCode;
    private final Instant receivedAt;
    private final Instant dispatchBy;
    private final @Nullable String dispatchNote;
    private final @Nullable String dispatchNoteEn;
    private DemandStatus status = DemandStatus.RECEIVED;
    private int failedDispatches;
    private boolean extended;
    private @Nullable Instant requestedExtension;
    private @Nullable String extensionReason;
    private @Nullable Exclusion exclusion;
    private @Nullable Long whistleBlower;
    private final List<WorkOrder> orders = new ArrayList<>();
    private final Map<Long, Summons> summoned = new LinkedHashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();

    private Demand(Intake intake, DemandKind kind, TimeLimitClass limitClass, RegionCode region, String categoryCode,
            Instant receivedAt, Instant dispatchBy, @Nullable String dispatchNote, @Nullable String dispatchNoteEn) {
        this.intake = intake;
        this.kind = kind;
        this.limitClass = limitClass;
        this.region = region;
        this.categoryCode = categoryCode;
        this.receivedAt = receivedAt;
        this.dispatchBy = dispatchBy;
        this.dispatchNote = dispatchNote;
        this.dispatchNoteEn = dispatchNoteEn;
    }

    static Demand receive(Intake intake, DemandKind kind, TimeLimitClass limitClass, RegionCode region, String categoryCode,
            Actor actor, Instant at, Instant dispatchBy, String dispatchNote, String dispatchNoteEn) {
        return receive(intake, kind, limitClass, region, categoryCode, actor, at, dispatchBy, dispatchNote, dispatchNoteEn, null);
    }

    /** As above, the intake entry naming where the demand came from inside the platform (e.g. a suggestion's code). */
    static Demand receive(Intake intake, DemandKind kind, TimeLimitClass limitClass, RegionCode region, String categoryCode,
            Actor actor, Instant at, Instant dispatchBy, String dispatchNote, String dispatchNoteEn, @Nullable String origin) {
        return receive(intake, kind, limitClass, region, categoryCode, actor, at, at, dispatchBy, dispatchNote, dispatchNoteEn,
                origin);
    }

    /**
     * As above for a demand received at {@code receivedAt} (a letter's arrival: its limits count from then) and entered
     * at {@code at}, which the timeline records.
     */
    static Demand receive(Intake intake, DemandKind kind, TimeLimitClass limitClass, RegionCode region, String categoryCode,
            Actor actor, Instant receivedAt, Instant at, Instant dispatchBy, String dispatchNote, String dispatchNoteEn,
            @Nullable String origin) {
        Demand d = new Demand(intake, kind, limitClass, region, categoryCode, receivedAt, dispatchBy, dispatchNote,
                dispatchNoteEn);
        d.log(actor, at, DemandStep.SUBMIT, null, intake.channel() + " / " + kind + " / " + limitClass
                + (origin == null ? "" : " · " + origin));
        return d;
    }

    /**
     * A stored demand's own row, read by column name ({@code demand}'s columns, decision 0007); its work orders, summons
     * and timeline are read separately and handed to {@link #Demand(Row, List, List, List)}.
     */
    record Row(long id, int version, String trackingCode, Channel channel, String matter, @Nullable String address,
            @Nullable Double lat, @Nullable Double lng, @Nullable String contactName, byte[] phoneCipher, String phoneIndex,
            String phoneMasked, DemandKind kind, TimeLimitClass limitClass, String regionCode, String categoryCode,
            Instant receivedAt, Instant dispatchBy, @Nullable String dispatchNote, @Nullable String dispatchNoteEn,
            DemandStatus status, int failedDispatches, boolean extended, @Nullable Instant requestedExtension,
            @Nullable String extensionReason, @Nullable Exclusion exclusion, @Nullable Long whistleBlower) {

        Intake intake() {
            return new Intake(trackingCode, channel, matter, address, lat, lng, contactName,
                    new org.shegong.identity.SealedValue(phoneCipher, phoneIndex, phoneMasked));
        }
    }

    /** Rebuilds a stored demand exactly as it was saved (for {@link Demands} only). */
    Demand(Row row, List<WorkOrder> orders, List<Summons> summons, List<TimelineEntry> timeline) {
        this(row.intake(), row.kind(), row.limitClass(), RegionCode.of(row.regionCode()), row.categoryCode(), row.receivedAt(),
                row.dispatchBy(), row.dispatchNote(), row.dispatchNoteEn());
        this.id = new DemandId(row.id());
        this.version = row.version();
        this.status = row.status();
        this.failedDispatches = row.failedDispatches();
        this.extended = row.extended();
        this.requestedExtension = row.requestedExtension();
        this.extensionReason = row.extensionReason();
        this.exclusion = row.exclusion();
        this.whistleBlower = row.whistleBlower();
        this.orders.addAll(orders);
        summons.forEach(s -> this.summoned.put(s.unitId(), s));
        this.timeline.addAll(timeline);
        this.persistedTimeline = timeline.size();
    }

    /** Called by {@link Demands} after a successful save. */
    void saved(DemandId newId, int newVersion) {
        this.id = newId;
        this.version = newVersion;
        this.persistedTimeline = timeline.size();
    }

    /** A new demand whose tracking code was taken by another as it was registered: the same demand under another code. */
    void retracked() {
        if (id != null) {
            throw new IllegalStateException("a registered demand keeps its tracking code");
        }
        this.intake = intake.retracked();
    }

    /** A new demand whose registering transaction rolled back: not stored after all, to be registered again. */
    void notRegistered() {
        this.id = null;
        this.version = 0;
        this.persistedTimeline = 0;
    }

    @Nullable DemandId id() {
        return id;
    }

    int version() {
        return version;
    }

    /** Timeline entries added since the demand was loaded or last saved. */
    List<TimelineEntry> unsavedTimeline() {
        return timeline.subList(persistedTimeline, timeline.size());
    }

    int persistedTimeline() {
        return persistedTimeline;
    }

    Intake intake() {
        return intake;
    }

    @Nullable Instant requestedExtension() {
        return requestedExtension;
    }

    @Nullable String extensionReason() {
        return extensionReason;
    }

    /** 接诉即办工作条例 §11: an enquiry answered on the spot is closed at once. */
    void answerOnSpot(String answer, Actor actor, Instant at) {
        requireStatus(DemandStatus.RECEIVED);
        if (kind != DemandKind.ENQUIRY) {
            throw DemandRules.violation("demand.onSpot.enquiryOnly");
        }
        status = DemandStatus.ANSWERED_ON_SPOT;
        log(actor, at, DemandStep.ANSWER_ON_SPOT, null, DemandRules.required(answer, "answer", 2000));
    }

    /** 接诉即办工作条例 §11: the fixed exclusions are recorded with the notice given, never dispatched. */
    void exclude(Exclusion reason, String notice, Actor actor, Instant at) {
        requireStatus(DemandStatus.RECEIVED);
        exclusion = reason;
        status = DemandStatus.EXCLUDED;
        log(actor, at, DemandStep.EXCLUDE, reason.name(), DemandRules.required(notice, "notice", 2000));
    }

    /**
     * Dispatches to a lead unit and co-handlers. After {@value DemandRules#FAILED_DISPATCHES_BEFORE_DESIGNATION}
     * failed dispatches the lead is designated and may not return the order.
     */
    void dispatch(Assignment lead, List<Assignment> coHandlers, String reason, Actor actor, Instant at) {
        if (status != DemandStatus.RECEIVED && status != DemandStatus.RETURNED) {
            throw DemandRules.violation("demand.dispatch.notDispatchable", status);
        }
        if (returnAwaitingDecision().isPresent()) {
            // the return is decided first, so that it counts (or not) exactly once
            throw DemandRules.violation("demand.return.undecided");
        }
        if (coHandlers.stream().anyMatch(c -> c.unitId() == lead.unitId())) {
            throw DemandRules.violation("demand.dispatch.leadAlsoCoHandler");
        }
        orders.stream().filter(o -> o.status() != WorkOrder.Status.REPLIED).forEach(WorkOrder::withdraw);
        boolean designated = failedDispatches >= DemandRules.FAILED_DISPATCHES_BEFORE_DESIGNATION;
        orders.add(new WorkOrder(lead.unitId(), WorkOrder.Role.LEAD, designated, at, lead));
        for (Assignment c : coHandlers) {
            orders.add(new WorkOrder(c.unitId(), WorkOrder.Role.CO_HANDLER, designated, at, c));
        }
        status = DemandStatus.DISPATCHED;
        log(actor, at, DemandStep.DISPATCH, designated ? TimelineEntry.DESIGNATED : null, reason);
    }

    void accept(Actor actor, Instant at) {
        WorkOrder order = activeOrder(actor.unitId());
        order.accept(at);
        if (order.role() == WorkOrder.Role.LEAD) {
            status = DemandStatus.ACCEPTED;
        }
        log(actor, at, DemandStep.ACCEPT, null, order.acceptedLateAt(at) ? "late" : null);
    }

    /** The lead unit returns a misdirected order with reasons, within the return window (派单异议). */
    void returnOrder(String reason, Actor actor, Instant at) {
        WorkOrder order = activeOrder(actor.unitId());
        if (order.role() != WorkOrder.Role.LEAD) {
            throw DemandRules.violation("demand.return.leadOnly");
        }
        order.returnTo(DemandRules.required(reason, "reason", 1000), at);
        status = DemandStatus.RETURNED;
        log(actor, at, DemandStep.RETURN, null, reason);
    }

    /**
     * The hotline upholds the return: the returned order is withdrawn and the return counts, once, as a failed
     * dispatch; the demand waits for re-dispatch. Each return is decided exactly once (upheld or refused).
     */
    void upholdReturn(Actor actor, Instant at) {
        WorkOrder order = undecidedReturn();
        order.withdraw();
        failedDispatches++;
        log(actor, at, DemandStep.UPHOLD_RETURN, null, "failed dispatches: " + failedDispatches);
    }

    /**
     * The hotline corrects the category while re-dispatching a return it upheld (the unit said the matter is not
     * theirs, and the hotline agreed): the demand is filed under {@code to} from now on, and the timeline says from
     * what to what ({@code detail}, in names).
     */
    void recategorise(String to, String detail, Actor actor, Instant at) {
        if (status != DemandStatus.RETURNED || returnAwaitingDecision().isPresent()
                || timeline.stream().noneMatch(e -> e.step() == DemandStep.UPHOLD_RETURN)) {
            throw DemandRules.violation("demand.recategorise.afterUpheldReturn");
        }
        categoryCode = to;
        log(actor, at, DemandStep.RECATEGORISE, null, detail);
    }

    /** The hotline refuses the return: the unit must handle it. Each return is decided exactly once. */
    void refuseReturn(String reason, Actor actor, Instant at) {
        WorkOrder order = undecidedReturn();
        String why = DemandRules.required(reason, "reason", 1000);
        order.refuseReturn();
        status = DemandStatus.DISPATCHED;
        log(actor, at, DemandStep.REFUSE_RETURN, null, why);
    }

    /** The returned order awaiting the hotline's decision; none once the return is upheld or refused. */
    Optional<WorkOrder> returnAwaitingDecision() {
        return status != DemandStatus.RETURNED ? Optional.empty()
                : orders.stream().filter(o -> o.status() == WorkOrder.Status.RETURNED).findFirst();
    }

    private WorkOrder undecidedReturn() {
        return returnAwaitingDecision().orElseThrow(() -> status == DemandStatus.RETURNED
                || timeline.stream().anyMatch(e -> e.step() == DemandStep.RETURN)
                        ? DemandRules.violation("demand.return.alreadyDecided")
                        : DemandRules.violation("demand.status.expected", DemandStatus.RETURNED, status));
    }

    /** 接诉即办工作条例 §15: an extension needs a reason, is told to the requester, and is granted once. */
    void requestExtension(Instant newReplyBy, String reason, Actor actor, Instant at) {
        WorkOrder lead = lead();
        if (lead.unitId() != actor.unitId() || lead.status() != WorkOrder.Status.ACCEPTED) {
            throw DemandRules.violation("demand.extension.leadAccepted");
        }
        if (extended || requestedExtension != null) {
            throw DemandRules.violation("demand.extension.once");
        }
        if (!newReplyBy.isAfter(lead.replyBy())) {
            throw DemandRules.violation("demand.extension.notLater");
        }
        requestedExtension = newReplyBy;
        extensionReason = DemandRules.required(reason, "reason", 1000);
        log(actor, at, DemandStep.REQUEST_EXTENSION, null, reason);
    }

    void approveExtension(Actor actor, Instant at) {
        if (requestedExtension == null) {
            throw DemandRules.violation("demand.extension.noneRequested");
        }
        lead().extendTo(requestedExtension, extensionReason);
        extended = true;
        log(actor, at, DemandStep.APPROVE_EXTENSION, null, extensionReason + "（新的答复期限：" + DeadlineText.of(requestedExtension) + "）");
        requestedExtension = null;
    }

    void rejectExtension(String reason, Actor actor, Instant at) {
        if (requestedExtension == null) {
            throw DemandRules.violation("demand.extension.noneRequested");
        }
        requestedExtension = null;
        log(actor, at, DemandStep.REJECT_EXTENSION, null, DemandRules.required(reason, "reason", 1000));
    }

    /** 督办: a supervisor's note on the record; it changes no state. */
    void supervise(String note, Actor actor, Instant at) {
        if (!supervisable()) {
            throw DemandRules.violation("demand.supervise.finished");
        }
        log(actor, at, DemandStep.SUPERVISE, null, DemandRules.required(note, "note", 1000));
    }

    boolean supervisable() {
        return status != DemandStatus.CLOSED && status != DemandStatus.EXCLUDED && status != DemandStatus.ANSWERED_ON_SPOT
                && status != DemandStatus.MERGED;
    }

    /** Who asked for the pending extension (account and unit), from the timeline. */
    Optional<TimelineEntry> extensionRequest() {
        if (requestedExtension == null) {
            return Optional.empty();
        }
        return timeline.stream().filter(e -> e.step() == DemandStep.REQUEST_EXTENSION).reduce((a, b) -> b);
    }

    /**
     * A unit replies. 接诉即办工作条例 §14 (首接负责制): co-handlers report to the lead, and the lead's
     * reply, which goes to the requester, needs every co-handler's reply first.
     */
    void reply(String text, Actor actor, Instant at) {
        WorkOrder order = activeOrder(actor.unitId());
        String reply = DemandRules.required(text, "reply", 2000);
        if (order.role() == WorkOrder.Role.LEAD && coHandlers().stream().anyMatch(o -> o.status() != WorkOrder.Status.REPLIED)) {
            throw DemandRules.violation("demand.reply.coHandlersFirst");
        }
        order.reply(reply, at);
        if (order.role() == WorkOrder.Role.LEAD) {
            status = DemandStatus.REPLIED;
        }
        log(actor, at, DemandStep.REPLY, order.role() == WorkOrder.Role.LEAD ? null : TimelineEntry.CO_HANDLER, reply);
    }

    /** 吹哨: the lead township summons departments it needs; each must report by {@code reportBy}. */
    void blowWhistle(Map<Long, Instant> departmentsAndReportBy, String matter, Actor township, Instant at) {
        WorkOrder lead = lead();
        if (lead.unitId() != township.unitId() || lead.status() != WorkOrder.Status.ACCEPTED) {
            throw DemandRules.violation("demand.whistle.leadTownshipAccepted");
        }
        if (departmentsAndReportBy.isEmpty()) {
            throw DemandRules.violation("demand.whistle.noDepartment");
        }
        whistleBlower = township.unitId();
        departmentsAndReportBy.forEach((unit, by) -> summoned.put(unit, new Summons(unit, by, null, null)));
        log(township, at, DemandStep.WHISTLE, null, DemandRules.required(matter, "matter", 1000) + " → " + departmentsAndReportBy.keySet());
    }

    /** 报到: a summoned department reports and states what it will do. */
    void reportIn(String action, Actor department, Instant at) {
        Summons s = summoned.get(department.unitId());
        if (s == null) {
            throw DemandRules.violation("demand.whistle.notSummoned");
        }
        if (s.reportedAt() != null) {
            throw DemandRules.violation("demand.whistle.alreadyReported");
        }
        Summons reported = new Summons(s.unitId(), s.reportBy(), at, DemandRules.required(action, "action", 1000));
        summoned.put(department.unitId(), reported);
        log(department, at, DemandStep.REPORT_IN, null, (reported.reportedLate() ? "late; " : "") + action);
    }

    /** After the reply, the demand is closed (or handed to call-back, a later stage). */
    void close(Actor actor, Instant at) {
        requireStatus(DemandStatus.REPLIED);
        status = DemandStatus.CLOSED;
        log(actor, at, DemandStep.CLOSE, null, null);
    }

    private WorkOrder activeOrder(long unitId) {
        return orders.stream()
                .filter(o -> o.unitId() == unitId && o.status() != WorkOrder.Status.WITHDRAWN)
                .reduce((a, b) -> b)
                .orElseThrow(() -> DemandRules.violation("demand.order.notYours"));
    }

    private WorkOrder lead() {
        return orders.stream().filter(o -> o.role() == WorkOrder.Role.LEAD && o.status() != WorkOrder.Status.WITHDRAWN)
                .reduce((a, b) -> b).orElseThrow(() -> DemandRules.violation("demand.order.noLead"));
    }

    private List<WorkOrder> coHandlers() {
        return orders.stream().filter(o -> o.role() == WorkOrder.Role.CO_HANDLER && o.status() != WorkOrder.Status.WITHDRAWN)
                .toList();
    }

    private void requireStatus(DemandStatus expected) {
        if (status != expected) {
            throw DemandRules.violation("demand.status.expected", expected, status);
        }
    }

    private void log(Actor actor, Instant at, DemandStep step, @Nullable String variant, @Nullable String detail) {
        // unit 0: a citizen or a partner system without a unit of ours
        timeline.add(new TimelineEntry(at, actor.username(), actor.unitId() == 0 ? null : actor.unitId(), step, variant,
                detail));
    }

    DemandKind kind() {
        return kind;
    }

    TimeLimitClass limitClass() {
        return limitClass;
    }

    RegionCode region() {
        return region;
    }

    String categoryCode() {
        return categoryCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant dispatchBy() {
        return dispatchBy;
    }

    @Nullable String dispatchNote() {
        return dispatchNote;
    }

    @Nullable String dispatchNoteEn() {
        return dispatchNoteEn;
    }

    DemandStatus status() {
        return status;
    }

    int failedDispatches() {
        return failedDispatches;
    }

    boolean extended() {
        return extended;
    }

    Optional<Exclusion> exclusion() {
        return Optional.ofNullable(exclusion);
    }

    Optional<Long> whistleBlower() {
        return Optional.ofNullable(whistleBlower);
    }

    List<WorkOrder> orders() {
        return Collections.unmodifiableList(orders);
    }

    Map<Long, Summons> summoned() {
        return Collections.unmodifiableMap(summoned);
    }

    List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    Optional<WorkOrder> leadOrder() {
        return orders.stream().filter(o -> o.role() == WorkOrder.Role.LEAD && o.status() != WorkOrder.Status.WITHDRAWN)
                .reduce((a, b) -> b);
    }

    // ---- after the reply: call-back, reopen and merge (issue 4) ----

    /** 回访 steps are kept by {@link CallBacks}; the record shows each one. */
    void noteCallBack(DemandStep step, @Nullable String variant, @Nullable String detail, Actor actor, Instant at) {
        log(actor, at, step, variant, detail);
    }

    /**
     * A supervisor approved a reopen request after an unresolved or dissatisfied call-back: the demand goes
     * back to its lead unit (designation kept) with a new reply deadline; the unit accepts it again.
     */
    void reopen(Assignment lead, String reason, Actor actor, Instant at) {
        if (status != DemandStatus.REPLIED && status != DemandStatus.CLOSED) {
            throw new org.shegong.InvalidInput("status", "callback.reopen.notReplied", status);
        }
        boolean designated = leadOrder().map(WorkOrder::designated).orElse(false);
        orders.add(new WorkOrder(lead.unitId(), WorkOrder.Role.LEAD, designated, at, lead));
        status = DemandStatus.DISPATCHED;
        log(actor, at, DemandStep.DECIDE_REOPEN, TimelineEntry.APPROVED, reason);
    }

    /** 并单: an open repeat follows {@code parentId}; its open work orders are withdrawn. */
    void mergeInto(DemandId parentId, String detail, Actor actor, Instant at) {
        if (status != DemandStatus.RECEIVED && status != DemandStatus.RETURNED && status != DemandStatus.DISPATCHED
                && status != DemandStatus.ACCEPTED) {
            throw new org.shegong.InvalidInput("status", "merge.child.notOpen", status);
        }
        if (parentId.equals(id)) {
            throw new org.shegong.InvalidInput("parentId", "merge.self");
        }
        orders.stream().filter(o -> o.status() != WorkOrder.Status.REPLIED && o.status() != WorkOrder.Status.WITHDRAWN)
                .forEach(WorkOrder::withdraw);
        status = DemandStatus.MERGED;
        log(actor, at, DemandStep.MERGE, null, "#" + parentId + " " + detail);
    }

    /** The parent of a merge notes the repeat it now answers for. */
    void acceptRepeat(DemandId childId, String detail, Actor actor, Instant at) {
        if (status == DemandStatus.MERGED || status == DemandStatus.EXCLUDED || status == DemandStatus.ANSWERED_ON_SPOT) {
            throw new org.shegong.InvalidInput("parentId", "merge.parent.notAllowed", status);
        }
        log(actor, at, DemandStep.MERGE, TimelineEntry.PARENT, "#" + childId + " " + detail);
    }
}
