package org.shegong.petition;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.ReceiptDates;
import org.shegong.calendar.ProvisionalDeadlines;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.ResidentIdNumber;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.AccountView;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.AccountId;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.Scope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信访 use cases: registration with the never-again check, classification, the statutory track from transfer to
 * re-review, settlement, recusal, supervision, the written documents (archived as PDF) and the petitioner's own
 * queries. Every staff read and change goes through the visibility rule of {@link Viewer}: an invisible id is a 404.
 * A stale {@code version} is a {@link ConcurrentChange} (409).
 */
@Service
@EnableConfigurationProperties(PetitionProperties.class)
public class PetitionManagement {

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CASE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Petitions petitions;
    private final StatutoryLimits limits;
    private final RepeatPolicy repeats;
    private final PetitionDocuments documents;
    private final PiiVault vault;
    private final UnitManagement units;
    private final org.shegong.identity.AccountManagement accounts;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final ReceiptDates receipts;

    PetitionManagement(Petitions petitions, WorkingCalendar calendar, ProvisionalDeadlines provisional, RepeatPolicy repeats, PetitionDocuments documents,
            PiiVault vault, UnitManagement units, org.shegong.identity.AccountManagement accounts, RegionDirectory regions,
            ApplicationEventPublisher events, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock,
            ReceiptDates receipts) {
        this.petitions = petitions;
        this.receipts = receipts;
        this.limits = new StatutoryLimits(calendar, provisional);
        this.repeats = repeats;
        this.documents = documents;
        this.vault = vault;
        this.units = units;
        this.accounts = accounts;
        this.regions = regions;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The result of a registration: the case number, the petitioner's tracking code, and earlier cases in progress. */
    public record Registered(PetitionId id, String caseNumber, String trackingCode, PetitionStatus status, List<EarlierPetition> earlier) {
    }

    @Transactional
    public Registered register(RegisterPetition cmd, StaffPrincipal me) {
        return register(cmd, new Actor(me.accountId().value(), me.username(), me.unitId().value()), me.unitRegion().value(), me.scope(), me);
    }

    /** A petitioner's own online submission (信访工作条例 §17, §21): no account; a mobile number is required to query. */
    @Transactional
    public Registered registerOnline(RegisterPetition cmd) {
        List<RegisterPetition.PetitionerInput> people = cmd.petitioners() == null ? List.of() : cmd.petitioners();
        if (people.isEmpty() || people.get(0).phone() == null || people.get(0).phone().isBlank()) {
            throw new InvalidInput("phone", "petition.online.phone");
        }
        RegisterPetition online = new RegisterPetition(Channel.ONLINE, false, people.subList(0, 1), cmd.matter(), List.of(),
                cmd.regionCode(), cmd.category(), null, List.of());
        RegionCode region = region(cmd.regionCode(), Scope.PROVINCE);
        return register(online, Actor.PETITIONER, region.value(), Scope.PROVINCE, null);
    }

    /**
     * Registers for staff ({@code me}) or the petitioner online ({@code me} null). The repeat check sees only what the
     * registering person may see (a hidden case is never named, counted or hinted at, nor written into the new case);
     * online, earlier cases are noted on the timeline for the petition office but never named to the submitter.
     */
    private Registered register(RegisterPetition cmd, Actor actor, String actorRegion, Scope scope, @Nullable StaffPrincipal me) {
        RegionCode region = region(cmd.regionCode(), scope);
        List<Petitioner> people = new ArrayList<>();
        List<String> idIndexes = new ArrayList<>();
        for (RegisterPetition.PetitionerInput in : cmd.petitioners() == null ? List.<RegisterPetition.PetitionerInput>of()
                : cmd.petitioners()) {
            String name = PetitionRules.text(in.name(), "name", "petition.petitioner.name", 50);
            SealedValue phone = in.phone() == null || in.phone().isBlank() ? null
                    : vault.seal(PiiKind.MOBILE, new MobileNumber(in.phone()).value());
            SealedValue rid = null;
            if (in.residentId() != null && !in.residentId().isBlank()) {
                rid = vault.seal(PiiKind.RESIDENT_ID, new ResidentIdNumber(in.residentId()).value());
                idIndexes.add(rid.blindIndex());
            }
            people.add(new Petitioner(name, phone, rid, in.isRepresentative()));
        }
        Set<Long> organs = organs(cmd.organs() == null ? List.of() : cmd.organs());
        List<AccountView> accused = accusedPersons(cmd, scope);
        Instant now = clock.instant();
        String matter = cmd.matter() == null ? "" : cmd.matter();
        List<EarlierPetition> earlier = repeats.earlier(idIndexes, matter, now, me == null ? null : Viewer.of(me));
        Optional<EarlierPetition> concluded = earlier.stream().filter(EarlierPetition::concluded).findFirst();
        if (concluded.isPresent()) {
            // 信访工作条例 §36: 以同一事实和理由提出投诉请求的，不再受理
            if (me == null) {
                throw new InvalidInput("matter", "petition.repeat.concludedOnline");
            }
            throw new InvalidInput("matter", "petition.repeat.concluded", concluded.get().caseNumber());
        }
        // 信访工作条例 §22: the limits count from the day the petition was received, which a letter or walk-in entered
        // later gives; online submissions are received when they arrive
        boolean confirmed = Boolean.TRUE.equals(cmd.receiptConfirmed());
        Instant receivedAt = me == null || cmd.channel() == Channel.ONLINE ? now
                : receipts.receivedAt("receivedOn", cmd.receivedOn(), null, confirmed, me.roles());
        String confirmedBy = me != null && confirmed && ReceiptDates.gapDays(receivedAt, now) > receipts.maxBackdateDays()
                ? me.username() : null;
        limits.forget();
        Due sortBy = limits.due(Limit.SORT, receivedAt, region.value(), actor.unitId());
        Due noticeBy = limits.due(Limit.NOTICE, receivedAt, region.value(), actor.unitId());
        Petition p = Petition.register(caseNumber(region, now), trackingCode(), cmd.channel(), cmd.isGroupVisit(),
                region.value(), matter, people, organs, cmd.category(), actor, actorRegion, receivedAt, now, confirmedBy,
                sortBy, noticeBy);
        if (cmd.category() == Category.CLAIM && cmd.route() != null) {
            p.classify(Category.CLAIM, Route.of(cmd.route()), null, actor, now);
        }
        for (AccountView a : accused) {
            // 信访工作条例 §30 ¶3, §46: the accused are named at registration, so the case never reaches them
            p.nameAccusedPerson(a.id().value(), a.username(), actor, now);
        }
        for (EarlierPetition e : earlier) {
            // 信访工作条例 §19 ¶3: a matter already accepted or in progress is not accepted again within its limit
            p.noteEarlier(e.caseNumber(), e.status(), actor, now);
        }
        p.documentIssued(DocumentKind.RECEIPT.name(), actor, now);
        petitions.save(p);
        limits.register(p);
        issue(p, DocumentKind.RECEIPT, actor, now, List.of(
                petitionerLine(p) + "：",
                "你（们）于" + day(p.receivedAt()) + "通过" + channelName(p.channel()) + "提出的信访事项已登记，登记编号 " + p.caseNumber()
                        + "，查询码 " + p.trackingCode() + "。",
                "依照《信访工作条例》第二十二条、第二十三条，本机关将于" + day(sortBy.dueAt(), sortBy) + "前登记转送、交办，并于"
                        + day(noticeBy.dueAt(), noticeBy) + "前书面告知处理情况。",
                "可凭查询码及手机号码后四位在网上信访平台查询办理进度。"));
        return new Registered(p.id(), p.caseNumber(), p.trackingCode(), p.status(), me == null ? List.of() : earlier);
    }

    /** The staff named as accused at registration, each picked within the registering person's scope. */
    private List<AccountView> accusedPersons(RegisterPetition cmd, Scope scope) {
        List<Long> ids = cmd.accusedPersons() == null ? List.of() : cmd.accusedPersons();
        if (ids.isEmpty()) {
            return List.of();
        }
        if (cmd.category() != Category.ACCUSATION) {
            throw new InvalidInput("accusedPersons", "petition.accusedPerson.accusationOnly");
        }
        List<AccountView> out = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            if (id != null) {
                out.add(account(scope, id, "accusedPersons"));
            }
        }
        return out;
    }

    private AccountView account(Scope scope, long id, String field) {
        try {
            return accounts.find(scope, AccountId.of(id));
        } catch (NotFound e) {
            throw new InvalidInput(field, "petition.account.unknown", id);
        }
    }

    /** The staff already picked as accused in a registration form, within {@code me}'s scope (to show them again). */
    @Transactional(readOnly = true)
    public List<AccountView> pickedAccused(StaffPrincipal me, @Nullable List<Long> ids) {
        List<AccountView> out = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : new LinkedHashSet<>(ids)) {
            if (id != null) {
                try {
                    out.add(accounts.find(me.scope(), AccountId.of(id)));
                } catch (NotFound e) {
                    // not in scope: not shown, and refused again if submitted
                }
            }
        }
        return out;
    }

    /** Staff and units to name as accused, found by name within {@code me}'s scope (for the registration form). */
    public record AccusedCandidates(List<AccountView> staff, List<UnitView> units) {
    }

    @Transactional(readOnly = true)
    public AccusedCandidates accusedCandidates(StaffPrincipal me, @Nullable String q) {
        String term = q == null ? "" : q.strip();
        if (term.isEmpty()) {
            return new AccusedCandidates(List.of(), List.of());
        }
        return new AccusedCandidates(accounts.search(me.scope(), term, 20), units.search(me.scope(), term, 20));
    }

    /** The never-again check on its own, for the registration form: earlier similar petitions of that resident id. */
    @Transactional(readOnly = true)
    public List<EarlierPetition> repeatCheck(StaffPrincipal me, @Nullable String residentId, @Nullable String matter) {
        if (residentId == null || residentId.isBlank()) {
            return List.of();
        }
        String index = vault.blindIndex(PiiKind.RESIDENT_ID, new ResidentIdNumber(residentId).value());
        // the same visibility as the lists: a case hidden from the caller is never named, counted or hinted at
        return repeats.earlier(List.of(index), matter == null ? "" : matter, clock.instant(), Viewer.of(me));
    }

    @Transactional(readOnly = true)
    public PetitionView find(StaffPrincipal me, PetitionId id) {
        return view(load(me, id), me);
    }

    // ---- classification ----

    @Transactional
    public PetitionView classify(StaffPrincipal me, PetitionId id, @Nullable Integer version, Category category, @Nullable Integer route,
            @Nullable List<Long> organs) {
        Set<Long> checked = organs == null ? null : organs(organs);
        return change(me, id, version, PetitionStep.CLASSIFY, (p, a) -> p.classify(category, route == null ? null : Route.of(route), checked, a, now()));
    }

    /** Adds material to a petition; for 检举控告 it is as confidential as the petition itself. */
    @Transactional
    public PetitionView attach(StaffPrincipal me, PetitionId id, Attachment attachment) {
        Instant now = now();
        change(me, id, null, PetitionStep.ATTACH, (p, a) -> {
            if (petitions.attachments(id).size() >= Attachment.MAX_PER_PETITION) {
                throw new InvalidInput("file", "petition.attachment.tooMany", Attachment.MAX_PER_PETITION);
            }
            p.attached(attachment.filename(), a, now);
        });
        petitions.attach(id, attachment, me.username(), now);
        return find(me, id);
    }

    /** An attachment, if the petition is visible to {@code me}. */
    @Transactional(readOnly = true)
    public Attachment attachment(StaffPrincipal me, PetitionId id, int seq) {
        load(me, id);
        return petitions.attachment(id, seq).orElseThrow(() -> new NotFound("petition attachment", id + "/" + seq));
    }

    private Set<Long> organs(List<Long> ids) {
        Set<Long> organs = new LinkedHashSet<>();
        for (Long unit : ids) {
            if (unit != null) {
                units.byId(UnitId.of(unit)).orElseThrow(() -> new InvalidInput("organs", "petition.organ.unknown", unit));
                organs.add(unit);
            }
        }
        return organs;
    }

    @Transactional
    public PetitionView forwardOpinion(StaffPrincipal me, PetitionId id, @Nullable Integer version) {
        Instant now = now();
        PetitionView v = change(me, id, version, PetitionStep.FORWARD_OPINION, (p, a) -> p.forwardOpinion(a, now));
        events.publishEvent(new PetitionOpinionReceived(id, v.caseNumber(), v.regionCode(), v.matter(), now));
        return v;
    }

    /** 信访工作条例 §31 (1)–(5): the written notice of the proper channel; the matter never enters the track. */
    @Transactional
    public PetitionView channel(StaffPrincipal me, PetitionId id, @Nullable Integer version, @Nullable String notice) {
        Instant now = now();
        return change(me, id, version, PetitionStep.CHANNEL, (p, a) -> {
            Route r = p.route();
            String text = notice == null || notice.isBlank()
                    ? "你（们）反映的事项" + (r == null ? "" : r.procedure()) + "，请依照有关法律、行政法规规定的程序向有关机关提出。"
                    : notice;
            p.channel(text, a, now);
            issueLater(p, DocumentKind.CHANNEL_NOTICE, List.of(petitionerLine(p) + "：",
                    "你（们）于" + day(p.receivedAt()) + "提出的信访事项（登记编号 " + p.caseNumber() + "）经审查，依照《信访工作条例》第三十一条第（"
                            + (r == null ? "" : r.number()) + "）项，" + (r == null ? "" : r.procedure()) + "。",
                    text));
        });
    }

    // ---- transfer, objection, acceptance ----

    @Transactional
    public PetitionView transfer(StaffPrincipal me, PetitionId id, @Nullable Integer version, long unitId, @Nullable TransferMode mode) {
        units.byId(UnitId.of(unitId)).orElseThrow(() -> new InvalidInput("unitId", "petition.organ.unknown", unitId));
        Instant now = now();
        return change(me, id, version, PetitionStep.TRANSFER, (p, a) -> p.transfer(unitId, mode, a, now,
                limits.due(Limit.OBJECT, now, p.regionCode(), unitId), limits.due(Limit.NOTICE, now, p.regionCode(), unitId)));
    }

    @Transactional
    public PetitionView object(StaffPrincipal me, PetitionId id, @Nullable Integer version, String reason) {
        return change(me, id, version, PetitionStep.OBJECT, (p, a) -> p.object(reason, a, now()));
    }

    @Transactional
    public PetitionView agreeObjection(StaffPrincipal me, PetitionId id, @Nullable Integer version, String note) {
        Instant now = now();
        return change(me, id, version, PetitionStep.AGREE_OBJECTION, (p, a) -> p.agreeObjection(note, a, now,
                limits.due(Limit.SORT, now, p.regionCode(), p.receivingUnitId())));
    }

    @Transactional
    public PetitionView refuseObjection(StaffPrincipal me, PetitionId id, @Nullable Integer version, String note) {
        return change(me, id, version, PetitionStep.REFUSE_OBJECTION, (p, a) -> p.refuseObjection(note, a, now()));
    }

    @Transactional
    public PetitionView accept(StaffPrincipal me, PetitionId id, @Nullable Integer version) {
        Instant now = now();
        return change(me, id, version, PetitionStep.ACCEPT, (p, a) -> {
            Due decideBy = limits.due(Limit.DECIDE, now, p.regionCode(), a.unitId());
            p.accept(a, now, decideBy);
            issueLater(p, DocumentKind.ACCEPTANCE, List.of(petitionerLine(p) + "：",
                    "你（们）于" + day(p.receivedAt()) + "提出的信访事项（登记编号 " + p.caseNumber() + "）已由" + unitName(a.unitId())
                            + "于" + day(now) + "受理。",
                    "依照《信访工作条例》第三十四条，本机关将自受理之日起60日内办结，办理期限至" + day(decideBy.dueAt(), decideBy) + "。"
                            + "（" + decideBy.explanation() + "）"));
        });
    }

    @Transactional
    public PetitionView decline(StaffPrincipal me, PetitionId id, @Nullable Integer version, String reason) {
        Instant now = now();
        return change(me, id, version, PetitionStep.DECLINE, (p, a) -> {
            p.decline(reason, a, now);
            issueLater(p, DocumentKind.NON_ACCEPTANCE, List.of(petitionerLine(p) + "：",
                    "你（们）于" + day(p.receivedAt()) + "提出的信访事项（登记编号 " + p.caseNumber() + "）经审查，本机关于" + day(now)
                            + "决定不予受理。", "理由：" + reason));
        });
    }

    // ---- handling ----

    @Transactional
    public PetitionView requestExtension(StaffPrincipal me, PetitionId id, @Nullable Integer version, int days, String reason) {
        return change(me, id, version, PetitionStep.REQUEST_EXTENSION, (p, a) -> p.requestExtension(days, reason, a, now()));
    }

    /** The head's approval (信访工作条例 §34); the extension notice with the reason goes to the petitioner. */
    @Transactional
    public PetitionView approveExtension(StaffPrincipal me, PetitionId id, @Nullable Integer version, String head) {
        Instant now = now();
        return change(me, id, version, PetitionStep.APPROVE_EXTENSION, (p, a) -> {
            Due decide = p.due(Limit.DECIDE);
            Instant acceptedAt = p.lastTaken(PetitionStep.ACCEPT).orElse(now);
            int days = p.extensionDays() == null ? 0 : p.extensionDays();
            Due extended = limits.due(Limit.DECIDE, days, acceptedAt, p.regionCode(), a.unitId());
            p.approveExtension(head, a, now, extended);
            issueLater(p, DocumentKind.EXTENSION_NOTICE, List.of(petitionerLine(p) + "：",
                    "你（们）提出的信访事项（登记编号 " + p.caseNumber() + "）因" + p.extensionReason() + "，经本机关负责人批准，办理期限延长"
                            + days + "日，由" + (decide == null ? "" : day(decide.dueAt(), decide)) + "延长至" + day(extended.dueAt(), extended)
                            + "。", "依据：《信访工作条例》第三十四条。"));
        });
    }

    @Transactional
    public PetitionView settle(StaffPrincipal me, PetitionId id, @Nullable Integer version, String agreement) {
        return change(me, id, version, PetitionStep.SETTLE, (p, a) -> p.settle(agreement, a, now()));
    }

    @Transactional
    public PetitionView decide(StaffPrincipal me, PetitionId id, @Nullable Integer version, @Nullable Outcome outcome, String facts,
            String reasons, String legalBasis) {
        Instant now = now();
        return change(me, id, version, PetitionStep.DECIDE, (p, a) -> {
            Decision d = Decision.of(outcome, facts, reasons, legalBasis, now);
            Due window = limits.due(Limit.REVIEW_REQUEST, now, p.regionCode(), a.unitId());
            p.decide(d, a, now, window);
            issueLater(p, DocumentKind.HANDLING_DECISION, decisionText(p, d, "信访处理意见书", window,
                    "如不服本处理意见，可自收到本意见书之日起30日内（截至" + day(window.dueAt(), window) + "）请求原办理机关的上一级机关复查。"
                            + "（《信访工作条例》第三十五条）"));
        });
    }

    @Transactional
    public PetitionView requestReview(StaffPrincipal me, PetitionId id, @Nullable Integer version, long unitId,
            @Nullable LocalDate requestedOn) {
        var upper = units.byId(UnitId.of(unitId)).orElseThrow(() -> new InvalidInput("unitId", "petition.organ.unknown", unitId));
        Instant at = requestedAt(requestedOn);
        return change(me, id, version, PetitionStep.REVIEW_REQUEST, (p, a) -> {
            requireHigher(upper, p.handlingUnitId(), "petition.review.higherOrgan");
            p.requestReview(unitId, a, at, limits.due(Limit.REVIEW_DECIDE, at, p.regionCode(), unitId));
        });
    }

    @Transactional
    public PetitionView decideReview(StaffPrincipal me, PetitionId id, @Nullable Integer version, @Nullable Outcome outcome,
            String facts, String reasons, String legalBasis) {
        Instant now = now();
        return change(me, id, version, PetitionStep.DECIDE_REVIEW, (p, a) -> {
            Decision d = Decision.of(outcome, facts, reasons, legalBasis, now);
            Due window = limits.due(Limit.RE_REVIEW_REQUEST, now, p.regionCode(), a.unitId());
            p.decideReview(d, a, now, window);
            issueLater(p, DocumentKind.REVIEW_DECISION, decisionText(p, d, "复查意见", window,
                    "如不服本复查意见，可自收到之日起30日内（截至" + day(window.dueAt(), window) + "）向复查机关的上一级机关请求复核。"
                            + "（《信访工作条例》第三十六条）"));
        });
    }

    @Transactional
    public PetitionView requestReReview(StaffPrincipal me, PetitionId id, @Nullable Integer version, long unitId,
            @Nullable LocalDate requestedOn) {
        var upper = units.byId(UnitId.of(unitId)).orElseThrow(() -> new InvalidInput("unitId", "petition.organ.unknown", unitId));
        Instant at = requestedAt(requestedOn);
        return change(me, id, version, PetitionStep.RE_REVIEW_REQUEST, (p, a) -> {
            requireHigher(upper, p.reviewUnitId(), "petition.reReview.higherOrgan");
            p.requestReReview(unitId, a, at, limits.due(Limit.RE_REVIEW_DECIDE, at, p.regionCode(), unitId));
        });
    }

    /** 信访工作条例 §§35–36: (re-)review by the organ one level above the one that decided. */
    private void requireHigher(org.shegong.identity.UnitView upper, @Nullable Long decidedBy, String rule) {
        if (decidedBy != null && units.byId(UnitId.of(decidedBy)).filter(lower -> HigherOrganPolicy.isAbove(upper, lower)).isEmpty()) {
            throw new InvalidInput("unitId", rule);
        }
    }

    /** 信访工作条例 §36: hearing days are not counted; the re-review limit moves by them. */
    @Transactional
    public PetitionView recordHearing(StaffPrincipal me, PetitionId id, @Nullable Integer version, int days, String note) {
        return change(me, id, version, PetitionStep.RECORD_HEARING, (p, a) -> {
            Due current = p.due(Limit.RE_REVIEW_DECIDE);
            Instant requested = p.lastTaken(PetitionStep.RE_REVIEW_REQUEST).orElse(now());
            p.recordHearing(days, note, a, now(), limits.due(Limit.RE_REVIEW_DECIDE, p.hearingDays() + days, requested,
                    p.regionCode(), current == null ? a.unitId() : current.unitId()));
        });
    }

    @Transactional
    public PetitionView decideReReview(StaffPrincipal me, PetitionId id, @Nullable Integer version, @Nullable Outcome outcome,
            String facts, String reasons, String legalBasis) {
        Instant now = now();
        return change(me, id, version, PetitionStep.DECIDE_RE_REVIEW, (p, a) -> {
            Decision d = Decision.of(outcome, facts, reasons, legalBasis, now);
            p.decideReReview(d, a, now);
            issueLater(p, DocumentKind.RE_REVIEW_DECISION, decisionText(p, d, "复核意见", null,
                    "本复核意见为终结意见。依照《信访工作条例》第三十六条，信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理。"));
        });
    }

    @Transactional
    public PetitionView recordExecution(StaffPrincipal me, PetitionId id, @Nullable Integer version, String note) {
        return change(me, id, version, PetitionStep.RECORD_EXECUTION, (p, a) -> p.recordExecution(note, a, now()));
    }

    // ---- recusal, assignment, major flag, supervision ----

    @Transactional
    public void recuse(StaffPrincipal me, PetitionId id, String reason) {
        change(me, id, null, PetitionStep.RECUSE, (p, a) -> p.declareRecusal(reason, a, now()));
    }

    /** Names a staff account accused in a 检举控告; from then on it cannot see the case or be assigned to it. */
    @Transactional
    public PetitionView nameAccusedPerson(StaffPrincipal me, PetitionId id, @Nullable Integer version, long accountId) {
        return change(me, id, version, PetitionStep.NAME_ACCUSED, (p, a) -> {
            // picked within the office's scope, like at registration
            String username = account(me.scope(), accountId, "accountId").username();
            p.nameAccusedPerson(accountId, username, a, now());
        });
    }

    /** Assigns a staff member of one of the case's units; besides the petition office they alone see the case. */
    @Transactional
    public PetitionView assign(StaffPrincipal me, PetitionId id, @Nullable Integer version, long accountId) {
        return change(me, id, version, PetitionStep.ASSIGN, (p, a) -> {
            AccountView account = account(Scope.PROVINCE, accountId, "accountId");
            p.assign(accountId, account.username(), account.unitId().value(), a, now());
        });
    }

    /** The staff who may be assigned: those of the unit the case is with now, less recused and accused staff. */
    @Transactional(readOnly = true)
    public List<AccountView> assignable(StaffPrincipal me, PetitionId id) {
        Petition p = load(me, id);
        if (!PetitionPermissions.allowed(p, me).contains(PetitionStep.ASSIGN)) {
            return List.of();
        }
        Long holder = switch (p.status()) {
            case UNDER_REVIEW, REVIEWED -> p.reviewUnitId();
            case UNDER_RE_REVIEW, CONCLUDED -> p.reReviewUnitId();
            default -> p.handlingUnitId() != null ? p.handlingUnitId() : p.receivingUnitId();
        };
        if (holder == null || holder <= 0) {
            return List.of();
        }
        Set<Long> excluded = new java.util.HashSet<>();
        p.recused().forEach(r -> excluded.add(r.accountId()));
        return accounts.staffOf(UnitId.of(holder)).stream().filter(a -> !excluded.contains(a.id().value())).toList();
    }

    @Transactional
    public PetitionView flagMajor(StaffPrincipal me, PetitionId id, @Nullable Integer version, String reason) {
        Instant now = now();
        PetitionView v = change(me, id, version, PetitionStep.MARK_MAJOR, (p, a) -> p.flagMajor(reason, a, now));
        long unit = v.handlingUnit() == null ? v.receivingUnit().id() : v.handlingUnit().id();
        // 信访工作条例 §25: major or urgent matters are reported upward at once
        jdbc.sql("insert into petition_alert (petition_id, unit_id, alert, raised_at) values (:p, :u, 'MAJOR', :at)")
                .param("p", id.value()).param("u", unit).param("at", Petitions.ts(now)).update();
        events.publishEvent(new PetitionAlertRaised(id, v.caseNumber(), unit, "MAJOR", now));
        return v;
    }

    @Transactional
    public PetitionView supervise(StaffPrincipal me, PetitionId id, @Nullable Integer version, String note) {
        Instant now = now();
        String text = PetitionRules.required(note, "note", 2000);
        PetitionView v = change(me, id, version, PetitionStep.SUPERVISE, (p, a) -> p.recordSupervision(text, a, now));
        petitions.supervise(id, me.unitId().value(), me.username(), text, now);
        return v;
    }

    /** An archived document, if the petition is visible to {@code me}. */
    @Transactional(readOnly = true)
    public byte[] document(StaffPrincipal me, PetitionId id, int seq) {
        load(me, id);
        return petitions.document(id, seq).orElseThrow(() -> new NotFound("petition document", id + "/" + seq));
    }

    // ---- the petitioner's own queries (信访工作条例 §21) ----

    /** What the petitioner sees with the tracking code and the last four digits of the phone; a wrong pair reveals nothing. */
    public record PublicView(String caseNumber, String trackingCode, PetitionStatus status, Category category, String matter,
            Instant receivedAt, List<Due> limits, List<PetitionView.Document> documents, @Nullable Decision decision,
            @Nullable Decision reviewDecision, @Nullable Decision reReviewDecision, @Nullable Integer extensionDays,
            @Nullable String extensionReason, @Nullable Integer rating, boolean rateable) {
    }

    @Transactional(readOnly = true)
    public Optional<PublicView> track(String code, String lastFour) {
        return verified(code, lastFour).map(p -> new PublicView(p.caseNumber(), p.trackingCode(), p.status(), p.category(),
                p.matter(), p.receivedAt(), p.dues().stream().filter(d -> d.limit() != Limit.EXTENSION_APPROVAL).toList(),
                petitions.documents(p.id()), p.decision(), p.reviewDecision(), p.reReviewDecision(),
                p.extensionApprovedBy() == null ? null : p.extensionDays(), p.extensionApprovedBy() == null ? null : p.extensionReason(),
                p.rating(), (p.decision() != null || p.agreement() != null)));
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> publicDocument(String code, String lastFour, int seq) {
        return verified(code, lastFour).flatMap(p -> petitions.document(p.id(), seq));
    }

    @Transactional
    public boolean rate(String code, String lastFour, int score) {
        Optional<Petition> p = verified(code, lastFour);
        if (p.isEmpty()) {
            return false;
        }
        p.get().rate(score, now());
        petitions.save(p.get());
        return true;
    }

    private Optional<Petition> verified(String code, String lastFour) {
        if (code == null || lastFour == null || !lastFour.strip().matches("\\d{4}") || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return petitions.findByTrackingCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(p -> p.petitioners().stream().anyMatch(pt -> pt.phone() != null
                        && pt.phone().masked().endsWith(lastFour.strip())));
    }

    // ---- helpers ----

    private Petition load(StaffPrincipal me, PetitionId id) {
        return petitions.find(id, Viewer.of(me)).orElseThrow(() -> new NotFound("petition", id));
    }

    /** Every transition: load within visibility (404), decide the person (403), check the version (409), then the step. */
    private PetitionView change(StaffPrincipal me, PetitionId id, @Nullable Integer version, PetitionStep taken,
            BiConsumer<Petition, Actor> step) {
        Petition p = load(me, id);
        PetitionPermissions.require(p, me, taken);
        if (version != null && version != p.version()) {
            throw new ConcurrentChange("petition", id);
        }
        pending.set(new ArrayList<>());
        try {
            Actor actor = new Actor(me.accountId().value(), me.username(), me.unitId().value());
            step.accept(p, actor);
            List<PendingDocument> docs = pending.get();
            for (PendingDocument d : docs) {
                p.documentIssued(d.kind().name(), actor, now());
            }
            petitions.save(p);
            limits.register(p);
            for (PendingDocument d : docs) {
                archive(p, d.kind(), d.paragraphs());
            }
        } finally {
            pending.remove();
            limits.forget();
        }
        return view(p, me);
    }

    private record PendingDocument(DocumentKind kind, List<String> paragraphs) {
    }

    private final ThreadLocal<List<PendingDocument>> pending = new ThreadLocal<>();

    /** A document issued by the current step: rendered and archived once the step is saved. */
    private void issueLater(Petition p, DocumentKind kind, List<String> paragraphs) {
        pending.get().add(new PendingDocument(kind, paragraphs));
    }

    private void issue(Petition p, DocumentKind kind, Actor actor, Instant at, List<String> paragraphs) {
        archive(p, kind, paragraphs);
    }

    private void archive(Petition p, DocumentKind kind, List<String> paragraphs) {
        long issuer = p.handlingUnitId() != null && kind != DocumentKind.RECEIPT && kind != DocumentKind.CHANNEL_NOTICE
                ? p.handlingUnitId() : p.receivingUnitId();
        if (kind == DocumentKind.REVIEW_DECISION && p.reviewUnitId() != null) {
            issuer = p.reviewUnitId();
        }
        if (kind == DocumentKind.RE_REVIEW_DECISION && p.reReviewUnitId() != null) {
            issuer = p.reReviewUnitId();
        }
        Instant now = now();
        byte[] pdf = documents.render(new PetitionDocuments.Content(kind.title(), p.caseNumber(), paragraphs,
                issuer == 0 ? "网上信访平台" : unitName(issuer), day(now)));
        petitions.archive(p.id(), kind.name(), pdf, now);
    }

    private List<String> decisionText(Petition p, Decision d, String what, @Nullable Due window, String closing) {
        List<String> out = new ArrayList<>();
        out.add(petitionerLine(p) + "：");
        out.add("你（们）于" + day(p.receivedAt()) + "提出的信访事项（登记编号 " + p.caseNumber() + "），本机关依法办理，现提出" + what + "如下：");
        out.add("一、查明事实：" + d.facts());
        out.add("二、处理理由：" + d.reasons());
        out.add("三、法律依据：" + d.legalBasis());
        out.add("四、处理意见：" + outcomeName(d.outcome()) + "。");
        out.add(closing);
        return out;
    }

    private static String outcomeName(Outcome o) {
        return switch (o) {
            case UPHOLD -> "支持";
            case EXPLAIN -> "解释说明";
            case REJECT -> "不予支持";
        };
    }

    static String channelName(Channel c) {
        return switch (c) {
            case ONLINE -> "网上信访";
            case LETTER -> "来信";
            case PHONE -> "来电";
            case FAX -> "传真";
            case VISIT -> "来访";
        };
    }

    private static String petitionerLine(Petition p) {
        List<Petitioner> people = p.petitioners();
        String first = people.get(0).name();
        return people.size() == 1 ? first : first + "等" + people.size() + "人";
    }

    /** A request's date as received (a letter's arrival); never in the future. */
    private Instant requestedAt(@Nullable LocalDate on) {
        Instant now = now();
        if (on == null) {
            return now;
        }
        LocalDate today = LocalDate.ofInstant(now, Deadline.ZONE);
        if (on.isAfter(today)) {
            throw new InvalidInput("requestedOn", "petition.requestedOn.future");
        }
        return on.equals(today) ? now : on.atStartOfDay(Deadline.ZONE).toInstant().plusSeconds(12 * 3600);
    }

    private RegionCode region(@Nullable String code, Scope scope) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("regionCode", "petition.region.required");
        }
        RegionCode region;
        try {
            region = RegionCode.of(code.strip());
        } catch (RuntimeException e) {
            throw new InvalidInput("regionCode", "petition.region.unknown", code);
        }
        if (region.value().length() != 12 || regions.find(region).isEmpty() || !RegionCode.SICHUAN.contains(region)) {
            throw new InvalidInput("regionCode", "petition.region.unknown", code);
        }
        if (!scope.covers(region)) {
            throw new InvalidInput("regionCode", "petition.region.outOfScope", code);
        }
        return region;
    }

    private String caseNumber(RegionCode region, Instant now) {
        long seq = jdbc.sql("select nextval('petition_case_seq')").query(Long.class).single();
        return "XF" + region.value().substring(0, 6) + "-" + CASE_DAY.format(now.atZone(Deadline.ZONE)) + "-"
                + String.format("%06d", seq % 1_000_000);
    }

    private String trackingCode() {
        StringBuilder sb = new StringBuilder("XF");
        for (int i = 0; i < 10; i++) {
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private String unitName(long unitId) {
        return units.byId(UnitId.of(unitId)).map(UnitView::name).orElse("单位 " + unitId);
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(Deadline.ZONE));
    }

    private static String day(Instant dueAt, Due due) {
        return DAY.format(due.date());
    }

    private Instant now() {
        return clock.instant();
    }

    /**
     * The petition as {@code me} sees it: the steps they may take now, and a repeat note only where they may see the case
     * it names (a hidden case is never named or hinted at, 信访工作条例 §46).
     */
    PetitionView view(Petition p, StaffPrincipal me) {
        Set<String> named = new java.util.HashSet<>();
        p.timeline().stream().filter(e -> e.step() == PetitionStep.NOTE_REPEAT && e.detail() != null)
                .forEach(e -> named.add(namedCase(e.detail())));
        Set<String> visible = petitions.visibleCaseNumbers(named, Viewer.of(me));
        List<TimelineEntry> timeline = p.timeline().stream().filter(e -> e.step() != PetitionStep.NOTE_REPEAT
                || (e.detail() != null && visible.contains(namedCase(e.detail())))).toList();
        List<PetitionView.PetitionerView> people = p.petitioners().stream()
                .map(pt -> new PetitionView.PetitionerView(pt.name(), pt.phone() == null ? null : pt.phone().masked(),
                        pt.residentId() == null ? null : pt.residentId().masked(), pt.representative())).toList();
        return new PetitionView(p.id(), p.version(), p.caseNumber(), p.channel(), p.groupVisit(), p.regionCode(), p.matter(),
                p.category(), p.route() == null ? null : p.route().number(), p.status(), people,
                p.organs().stream().sorted().map(this::ref).toList(), p.receivingUnitId() == 0
                        ? new PetitionView.UnitRef(0, "网上信访平台") : ref(p.receivingUnitId()),
                refOrNull(p.handlingUnitId()), p.transferMode(), refOrNull(p.reviewUnitId()), refOrNull(p.reReviewUnitId()),
                p.assigneeAccountId(), p.major(), p.extensionDays(), p.extensionReason(), p.extensionApprovedBy(),
                p.hearingDays(), p.decision(), p.reviewDecision(), p.reReviewDecision(), p.agreement(), p.execution(), p.executedAt(), p.rating(),
                p.receivedAt(), p.concludedAt(), p.dues().stream().sorted(java.util.Comparator.comparing(Due::limit)).toList(),
                timeline, petitions.documents(p.id()), petitions.attachments(p.id()), p.recused().stream().map(Recusal::username).toList(),
                p.assignees().stream().map(Assignee::username).toList(), p.accusedNamed(),
                PetitionPermissions.allowed(p, me), p.registeredAt(), p.receiptConfirmedBy(),
                regions.find(RegionCode.of(p.regionCode())).map(org.shegong.region.Region::name).orElse(p.regionCode()));
    }

    /** The case number a repeat note names (its detail is {@code "XF…（STATUS）"}). */
    private static String namedCase(String detail) {
        int cut = detail.indexOf('（');
        return cut < 0 ? detail : detail.substring(0, cut);
    }

    private PetitionView.UnitRef ref(long id) {
        return new PetitionView.UnitRef(id, unitName(id));
    }

    private PetitionView.@Nullable UnitRef refOrNull(@Nullable Long id) {
        return id == null ? null : ref(id);
    }
}
