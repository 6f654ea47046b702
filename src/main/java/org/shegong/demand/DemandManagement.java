package org.shegong.demand;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.DispatchCatalogue;
import org.shegong.duty.DispatchProposal;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.PiiKind;
import org.shegong.identity.PiiVault;
import org.shegong.identity.SealedValue;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.AddressResolution;
import org.shegong.region.AddressResolver;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 接诉即办 use cases: register a demand (committed before the caller hears "accepted"; a retried submit
 * with the same Idempotency-Key returns the first result), triage, dispatch, and every step of the
 * work-order lifecycle. Every read and change is scoped; an out-of-scope id is a 404.
 */
@Service
@EnableConfigurationProperties(DemandProperties.class)
public class DemandManagement {


    private final Demands demands;
    private final DemandDeadlines deadlines;
    private final ProvisionalReplies replies;
    private final org.shegong.calendar.ReceiptDates receipts;
    private final PiiVault vault;
    private final UnitManagement units;
    private final Grids grids;
    private final AddressResolver addresses;
    private final RegionDirectory regions;
    private final Clock clock;
    private final CategoryCatalogue categories;
    private final DispatchCatalogue dispatchCatalogue;
    private final DemandPermissions permissions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final RegistrationGroups groups;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    DemandManagement(Demands demands, WorkingCalendar calendar, PiiVault vault, UnitManagement units, Grids grids,
            AddressResolver addresses, RegionDirectory regions, Clock clock, CategoryCatalogue categories,
            DispatchCatalogue dispatchCatalogue, DemandProperties properties, DemandPermissions permissions,
            ProvisionalReplies replies, org.shegong.calendar.ReceiptDates receipts,
            org.springframework.context.ApplicationEventPublisher events, RegistrationGroups groups,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.events = events;
        this.groups = groups;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.receipts = receipts;
        this.permissions = permissions;
        this.replies = replies;
        this.categories = categories;
        this.dispatchCatalogue = dispatchCatalogue;
        this.demands = demands;
        this.deadlines = new DemandDeadlines(calendar, properties.policy());
        this.vault = vault;
        this.units = units;
        this.grids = grids;
        this.addresses = addresses;
        this.regions = regions;
        this.clock = clock;
    }

    /** The result of a submit: what the caller keeps, above all the citizen's tracking code. */
    public record Submitted(DemandId id, String trackingCode, DemandStatus status, Instant dispatchBy,
            String dispatchExplanation, boolean replayed) {
    }

    /**
     * Registers a demand entered by staff or through the API: committed before this returns (in a group commit with
     * the demands registered at the same moment, {@link RegistrationGroups}, or in the caller's transaction if one is
     * open, or on its own with an Idempotency-Key).
     */
    public Submitted submit(SubmitDemand cmd, StaffPrincipal actor, @Nullable String idempotencyKey) {
        permissions.require(actor, DemandStep.SUBMIT);
        return submit(cmd, new Actor(actor.username(), actor.unitId().value()), actor.scope(), idempotencyKey, actor.roles());
    }

    /**
     * A citizen's own submission from the public page: no account, phone required, up to
     * {@value Photo#MAX_PER_DEMAND} photos checked by content. Stored in the same transaction.
     */
    @Transactional
    public Submitted submitByCitizen(SubmitDemand cmd, List<Photo> photos) {
        if (photos.size() > Photo.MAX_PER_DEMAND) {
            throw new InvalidInput("photos", "demand.photo.tooMany", Photo.MAX_PER_DEMAND);
        }
        SubmitDemand web = new SubmitDemand(cmd.kind(), TimeLimitClass.ORDINARY, Channel.WEB, cmd.categoryCode(), cmd.matter(),
                cmd.phone(), cmd.contactName(), cmd.address(), cmd.lat(), cmd.lng(), null);
        Submitted s = submit(web, new Actor("citizen", 0), Scope.PROVINCE, null);
        demands.savePhotos(s.id().value(), photos);
        return s;
    }

    /**
     * Registers a demand for {@code actor} (an account's username, or {@code open311:<partner>}). An
     * Idempotency-Key is the sender's own: the same sender retrying gets its first result (or 400 for a different
     * body); another sender's use of the same key is unrelated to it.
     */
    public Submitted submit(SubmitDemand cmd, Actor actor, Scope scope, @Nullable String idempotencyKey) {
        return submit(cmd, actor, scope, idempotencyKey, java.util.Set.of());
    }

    /** {@code roles}: of the person entering, for a receipt date older than the allowed days (a supervisor's). */
    private Submitted submit(SubmitDemand cmd, Actor actor, Scope scope, @Nullable String idempotencyKey,
            java.util.Set<org.shegong.Role> roles) {
        if (idempotencyKey == null
                && !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            // checked and built in this request's thread, registered in a group commit (issue 12's intake, fourth round)
            // what it checks (category, region, calendar) is held in memory: no transaction, no round trip
            Prepared p = prepare(cmd, actor, scope, roles);
            return groups.register(new RegistrationGroups.Waiting(new Demands.Registration(p.demand(), Demands.words(p.demand())),
                    p.dispatchBy(), p.receivedAt()));
        }
        return transaction.execute(tx -> submitInTransaction(cmd, actor, scope, idempotencyKey, roles));
    }

    /** A new demand checked and built, not stored yet. */
    private record Prepared(Demand demand, Deadline dispatchBy, Instant receivedAt) {
    }

    private Submitted submitInTransaction(SubmitDemand cmd, Actor actor, Scope scope, @Nullable String idempotencyKey,
            java.util.Set<org.shegong.Role> roles) {
        String hash = null;
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
                throw new InvalidInput("Idempotency-Key", "demand.idempotency.invalid");
            }
            hash = requestHash(cmd);
            Optional<Long> earlier = demands.idForKey(actor.username(), idempotencyKey, hash);
            if (earlier.isPresent()) {
                Demand first = demands.find(new DemandId(earlier.get()), Scope.PROVINCE).orElseThrow();
                return submitted(first, true);
            }
        }
        Prepared p = prepare(cmd, actor, scope, roles);
        Demand d = demands.save(p.demand());
        Deadline dispatchBy = p.dispatchBy();
        Instant receivedAt = p.receivedAt();
        Intake intake = d.intake();
        Instant now = clock.instant();
        if (idempotencyKey != null && !demands.rememberKey(actor.username(), idempotencyKey, hash, d.id().value(), now)) {
            throw new org.shegong.ConcurrentChange("Idempotency-Key", idempotencyKey);
        }
        replies.registerDispatch(d, dispatchBy, receivedAt);
        return new Submitted(d.id(), intake.trackingCode(), d.status(), dispatchBy.dueAt(), dispatchBy.explanation(), false);
    }

    /** Checks a submission and builds the demand it registers (nothing stored). */
    private Prepared prepare(SubmitDemand cmd, Actor actor, Scope scope, java.util.Set<org.shegong.Role> roles) {
        if (cmd.kind() == null) {
            throw new InvalidInput("kind", "demand.kind.required");
        }
        String category = cmd.categoryCode() == null ? "" : cmd.categoryCode().strip();
        if (categories.find(category).filter(c -> !c.isField() && c.active()).isEmpty()) {
            throw new InvalidInput("categoryCode", "demand.category.unknown", category);
        }
        MobileNumber phone = new MobileNumber(cmd.phone());
        RegionCode region = locate(cmd);
        if (!scope.covers(region)) {
            throw new InvalidInput("regionCode", "demand.region.outOfScope", region.value());
        }
        TimeLimitClass limitClass = cmd.limitClass() == null ? TimeLimitClass.ORDINARY : cmd.limitClass();
        Instant now = clock.instant();
        Channel channel = cmd.channel() == null ? Channel.HOTLINE : cmd.channel();
        // a letter or walk-in entered later keeps the day it was received; its limits count from then
        if (cmd.receivedOn() != null && channel != Channel.LETTER && channel != Channel.WALK_IN) {
            throw new InvalidInput("receivedOn", "demand.receivedOn.channel");
        }
        Instant receivedAt = receipts.receivedAt("receivedOn", cmd.receivedOn(), null,
                Boolean.TRUE.equals(cmd.receiptConfirmed()), roles);
        Intake intake = new Intake(Intake.newTrackingCode(now), channel,
                cmd.matter() == null ? "" : cmd.matter(), blankToNull(cmd.address()), cmd.lat(), cmd.lng(),
                blankToNull(cmd.contactName()), vault.seal(PiiKind.MOBILE, phone.value()));
        Deadline dispatchBy = deadlines.dispatchBy(cmd.kind(), limitClass, region, category, receivedAt);
        Demand d = Demand.receive(intake, cmd.kind(), limitClass, region, category, actor, receivedAt, now,
                dispatchBy.dueAt(), "派单：" + dispatchBy.explanation() + "。", "Dispatch: " + dispatchBy.explanationEn() + ".",
                null);
        return new Prepared(d, dispatchBy, receivedAt);
    }

    /**
     * 上海市人民建议征集若干规定 §10: a suggestion screened as a personal claim is registered as a demand by the screener,
     * linked by the suggestion's tracking code on the intake entry. The proposer's mobile arrives sealed by the same
     * vault and is kept as sealed; the kind may not be 建议 (it would turn straight back into a suggestion).
     */
    @Transactional
    public Submitted submitFromSuggestion(StaffPrincipal screener, String suggestionCode, DemandKind kind,
            @Nullable String categoryCode, String matter, String regionCode, SealedValue phone, @Nullable String contactName) {
        if (kind == DemandKind.PROPOSAL) {
            throw new IllegalArgumentException("a screened-out suggestion cannot become a proposal again");
        }
        String category = categoryCode == null ? "" : categoryCode.strip();
        if (categories.find(category).filter(c -> !c.isField() && c.active()).isEmpty()) {
            throw new InvalidInput("categoryCode", "demand.category.unknown", category);
        }
        RegionCode region = RegionCode.of(regionCode);
        if (regions.find(region).isEmpty() || !RegionCode.SICHUAN.contains(region)) {
            throw new InvalidInput("regionCode", "demand.region.unknown", region.value());
        }
        Instant now = clock.instant();
        String text = matter.length() > 2000 ? matter.substring(0, 2000) : matter;
        Intake intake = new Intake(Intake.newTrackingCode(now), Channel.PARTNER, text, null, null, null, blankToNull(contactName), phone);
        Deadline dispatchBy = deadlines.dispatchBy(kind, TimeLimitClass.ORDINARY, region, category, now);
        Demand d = demands.save(Demand.receive(intake, kind, TimeLimitClass.ORDINARY, region, category, actorOf(screener), now,
                dispatchBy.dueAt(), "派单：" + dispatchBy.explanation() + "。", "Dispatch: " + dispatchBy.explanationEn() + ".",
                "人民建议 " + suggestionCode));
        replies.registerDispatch(d, dispatchBy, now);
        return new Submitted(d.id(), intake.trackingCode(), d.status(), dispatchBy.dueAt(), dispatchBy.explanation(), false);
    }

    private Submitted submitted(Demand d, boolean replayed) {
        return new Submitted(d.id(), d.intake().trackingCode(), d.status(), d.dispatchBy(), "", replayed);
    }

    /** lat/lng → grid (whose code extends its village's); else address → deepest division (a city at least); else the given code. */
    private RegionCode locate(SubmitDemand cmd) {
        if (cmd.lat() != null || cmd.lng() != null) {
            if (cmd.lat() == null || cmd.lng() == null) {
                throw new InvalidInput("lat", "demand.location.incomplete");
            }
            if (cmd.lat() < 26 || cmd.lat() > 35 || cmd.lng() < 97 || cmd.lng() > 109) {
                throw new InvalidInput("lat", "demand.location.outsideSichuan");
            }
            Optional<RegionCode> grid = grids.locateCode(cmd.lat(), cmd.lng());
            if (grid.isPresent()) {
                return grid.get();
            }
        }
        if (cmd.address() != null && !cmd.address().isBlank()) {
            AddressResolution r = addresses.resolve(cmd.address());
            // a caller who knows only the city is taken in at city level; the hotline dispatches it by hand
            if (r.matched() && r.region() != null && r.region().code().level().ordinal() >= RegionLevel.CITY.ordinal()) {
                return r.region().code();
            }
            if (r.matched() && (cmd.regionCode() == null || cmd.regionCode().isBlank())) {
                throw new InvalidInput("address", "demand.location.tooCoarse");
            }
        }
        if (cmd.regionCode() != null && !cmd.regionCode().isBlank()) {
            RegionCode code = RegionCode.of(cmd.regionCode());
            if (regions.find(code).isEmpty() || !RegionCode.SICHUAN.contains(code)) {
                throw new InvalidInput("regionCode", "demand.region.unknown", code.value());
            }
            return code;
        }
        throw new InvalidInput("address", "demand.location.required");
    }

    /**
     * Where the township's duty list in force today sends this demand, with the reason (which list, which
     * item); empty when the demand is not located at township level or below, so it is dispatched by hand.
     */
    @Transactional(readOnly = true)
    public Optional<DispatchProposal> proposal(Scope scope, DemandId id) {
        return proposalFor(load(scope, id));
    }

    private Optional<DispatchProposal> proposalFor(Demand d) {
        RegionCode region = d.region();
        if (region.level().ordinal() < RegionLevel.TOWNSHIP.ordinal()) {
            return Optional.empty();
        }
        RegionCode village = region.level().ordinal() >= RegionLevel.VILLAGE.ordinal() ? region.ancestorAt(RegionLevel.VILLAGE) : null;
        return Optional.of(dispatchCatalogue.propose(region.ancestorAt(RegionLevel.TOWNSHIP), village, d.categoryCode(),
                LocalDate.now(clock.withZone(Deadline.ZONE))));
    }

    /** How many photos the citizen attached. */
    @Transactional(readOnly = true)
    public int photoCount(Scope scope, DemandId id) {
        load(scope, id);
        return demands.photoCount(id.value());
    }

    /** One attached photo, for staff who can see the demand. */
    @Transactional(readOnly = true)
    public Photo photo(Scope scope, DemandId id, int seq) {
        load(scope, id);
        return demands.photo(id.value(), seq).orElseThrow(() -> new NotFound("photo", id + "/" + seq));
    }

    /** For partner systems holding an Open311 key: a demand by its public tracking code, as that partner may see it. */
    @Transactional(readOnly = true)
    public Optional<Open311Request> findForPartner(String partner, String trackingCode) {
        return demands.findByTrackingCode(trackingCode == null ? "" : trackingCode.strip())
                .flatMap(d -> forPartner(partner, d, demands.submitter(d.id()).orElse(null)));
    }

    /** For partner systems: recent demands it may see, newest first, optionally of one category and state, within a period. */
    @Transactional(readOnly = true)
    public List<Open311Request> searchForPartner(String partner, @Nullable String categoryCode, @Nullable Boolean open,
            Instant from, Instant to, int limit) {
        String submitter = Open311Keys.submitter(partner);
        return demands.searchForPartner(submitter, categoryCode, open, from, to, Math.min(Math.max(limit, 1), 1000)).stream()
                .flatMap(d -> forPartner(partner, d, demands.submitter(d.id()).orElse(null)).stream()).toList();
    }

    /**
     * What an Open311 partner sees of a demand: its own submissions in full; another's only in a category an
     * administrator made public, never when excluded (confidential, petition and other §11 matters), and then
     * without the description, the reply or any contact (they may hold personal data, 个人信息保护法 §28) and with
     * the place coarsened to the community (village).
     */
    private Optional<Open311Request> forPartner(String partner, Demand d, @Nullable String submitter) {
        var lead = d.leadOrder();
        Instant updated = d.timeline().isEmpty() ? d.receivedAt() : d.timeline().get(d.timeline().size() - 1).at();
        if (Open311Keys.submitter(partner).equals(submitter)) {
            return Optional.of(new Open311Request(d.intake().trackingCode(), d.categoryCode(), d.status(), true,
                    d.region().value(), d.intake().matter(), d.intake().address(), d.intake().lat(), d.intake().lng(),
                    lead.map(WorkOrder::unitId).orElse(null), lead.map(WorkOrder::reply).orElse(null), d.receivedAt(),
                    updated, lead.map(WorkOrder::replyBy).orElse(null)));
        }
        if (d.status() == DemandStatus.EXCLUDED || d.exclusion().isPresent() || !demands.publicForOpen311(d.categoryCode())) {
            return Optional.empty();
        }
        RegionCode community = d.region().level().ordinal() > RegionLevel.VILLAGE.ordinal()
                ? d.region().ancestorAt(RegionLevel.VILLAGE) : d.region();
        String place = regions.find(community).map(org.shegong.region.Region::name).orElse(null);
        return Optional.of(new Open311Request(d.intake().trackingCode(), d.categoryCode(), d.status(), false,
                community.value(), null, place, null, null, lead.map(WorkOrder::unitId).orElse(null), null, d.receivedAt(),
                updated, lead.map(WorkOrder::replyBy).orElse(null)));
    }

    /** A demand by its tracking code, for the module's own tests and services (no viewer: no steps). */
    @Transactional(readOnly = true)
    public Optional<DemandView> findByTrackingCode(String trackingCode) {
        return demands.findByTrackingCode(trackingCode == null ? "" : trackingCode.strip()).map(DemandView::of);
    }

    /** A demand as {@code me} sees it, with the steps {@code me} may take on it now. */
    @Transactional(readOnly = true)
    public DemandView find(StaffPrincipal me, DemandId id) {
        Demand d = load(me.scope(), id);
        return DemandView.of(d, permissions.allowed(me, d));
    }

    @Transactional(readOnly = true)
    public DemandView find(Scope scope, DemandId id) {
        return DemandView.of(load(scope, id));
    }

    /**
     * A citizen's view: the tracking code and the phone's last four digits must both match, else nothing. A demand of
     * a closed year moved to the archive (decision 0006 §5) is found there by the same code and digits and shown the
     * same way, marked {@link Progress#archived()}. The public page and the public API both answer from here.
     */
    @Transactional(readOnly = true)
    public Optional<Progress> track(String trackingCode, String lastFour) {
        if (trackingCode == null || lastFour == null || !lastFour.matches("\\d{4}")) {
            return Optional.empty();
        }
        String code = trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Demand> hot = demands.findByTrackingCode(code);
        if (hot.isPresent()) {
            return hot.filter(d -> ownedBy(d, lastFour))
                    .map(d -> d.status() == DemandStatus.MERGED ? MergedProgress.of(d, demands.parentOf(d.id()).orElse(null))
                            : Progress.of(d));
        }
        return demands.findArchivedByTrackingCode(code).filter(d -> ownedBy(d, lastFour))
                .map(d -> (d.status() == DemandStatus.MERGED
                        ? MergedProgress.of(d, demands.archivedParentOf(d.id()).orElse(null)) : Progress.of(d)).fromArchive());
    }

    private static boolean ownedBy(Demand d, String lastFour) {
        return java.security.MessageDigest.isEqual(d.intake().phoneLastFour().getBytes(StandardCharsets.US_ASCII),
                lastFour.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A dispatch: the lead, co-handlers and the reason; in re-dispatching a return the hotline upheld, optionally the
     * corrected category or catalogue item ({@code categoryCode}: {@code CJ-08} or {@code CJ-08-02}).
     */
    public record Dispatch(long leadUnitId, List<Long> coHandlerUnitIds, String reason, @Nullable String categoryCode) {

        public Dispatch {
            if (coHandlerUnitIds != null && coHandlerUnitIds.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidInput("coHandlerUnitIds", "demand.dispatch.nullEntry");
            }
        }

        public Dispatch(long leadUnitId, List<Long> coHandlerUnitIds, String reason) {
            this(leadUnitId, coHandlerUnitIds, reason, null);
        }
    }

    @Transactional
    public DemandView dispatch(StaffPrincipal actor, DemandId id, Dispatch cmd) {
        List<DemandRecategorised> corrected = new ArrayList<>(1);
        DemandView view = change(actor, id, DemandStep.DISPATCH, d -> {
            if (cmd.reason() == null || cmd.reason().isBlank()) {
                throw new InvalidInput("reason", "demand.text.required");
            }
            Instant now = clock.instant();
            recategorise(actor, d, cmd.categoryCode(), now).ifPresent(corrected::add);
            var limits = deadlines.forDispatch(d.kind(), d.limitClass(), d.region(), d.categoryCode(), now);
            Demand.Assignment lead = limits.lead(activeUnit(cmd.leadUnitId(), "leadUnitId").id().value());
            List<Demand.Assignment> co = new ArrayList<>();
            for (Long unit : cmd.coHandlerUnitIds() == null ? List.<Long>of() : cmd.coHandlerUnitIds()) {
                co.add(limits.coHandler(activeUnit(unit, "coHandlerUnitIds").id().value()));
            }
            String reason = cmd.reason().strip();
            // the operator may override the duty list's proposal, with a reason; the override is on the record
            Optional<DispatchProposal> proposed = proposalFor(d);
            if (proposed.isPresent() && proposed.get().leadUnitId() != null && proposed.get().leadUnitId() != cmd.leadUnitId()) {
                reason = "改派（清单建议：" + proposed.get().leadName() + "）：" + reason;
            }
            d.dispatch(lead, co, reason, actorOf(actor), now);
            replies.register(d, limits, now);
        });
        // announced once the new category is stored: the judgement learns it as a correction, the indexes follow it
        corrected.forEach(events::publishEvent);
        return view;
    }

    /**
     * The category corrected in re-dispatching an upheld return: a category ({@code CJ-08}) or an item of one
     * ({@code CJ-08-02}), active; none when the field was left empty or names what the demand is filed under.
     */
    private Optional<DemandRecategorised> recategorise(StaffPrincipal actor, Demand d, @Nullable String code, Instant now) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        org.shegong.duty.CategoryItem item = categories.findItem(wanted).filter(org.shegong.duty.CategoryItem::active)
                .orElse(null);
        String category = item != null ? item.categoryCode() : wanted;
        org.shegong.duty.Category to = categories.find(category).filter(c -> !c.isField() && c.active())
                .orElseThrow(() -> new InvalidInput("categoryCode", "demand.category.unknown", wanted));
        if (to.code().equals(d.categoryCode()) && item == null) {
            return Optional.empty();
        }
        permissions.require(actor, d, DemandStep.RECATEGORISE);
        String from = d.categoryCode();
        d.recategorise(to.code(), categoryPath(from, null) + " → " + categoryPath(to.code(), item), actorOf(actor), now);
        return Optional.of(new DemandRecategorised(java.util.Objects.requireNonNull(d.id()), from, to.code(),
                item == null ? null : item.code(), now));
    }

    /** "城乡建设 › 供水 › 停水": a category (and item) by its names, for the timeline. */
    private String categoryPath(String categoryCode, org.shegong.duty.@Nullable CategoryItem item) {
        String field = categories.find(categoryCode.substring(0, 2)).map(org.shegong.duty.Category::nameZh)
                .orElse(categoryCode.substring(0, 2));
        String category = categories.find(categoryCode).map(org.shegong.duty.Category::nameZh).orElse(categoryCode);
        return field + " › " + category + (item == null ? "" : " › " + item.nameZh());
    }

    @Transactional
    public DemandView answerOnSpot(StaffPrincipal actor, DemandId id, String answer) {
        return change(actor, id, DemandStep.ANSWER_ON_SPOT, d -> d.answerOnSpot(answer, actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView exclude(StaffPrincipal actor, DemandId id, @Nullable Exclusion reason, String notice) {
        return change(actor, id, DemandStep.EXCLUDE, d -> {
            if (reason == null) {
                throw new InvalidInput("exclusion", "demand.exclusion.required");
            }
            d.exclude(reason, notice, actorOf(actor), clock.instant());
        });
    }

    @Transactional
    public DemandView accept(StaffPrincipal actor, DemandId id) {
        return change(actor, id, DemandStep.ACCEPT, d -> d.accept(actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView reply(StaffPrincipal actor, DemandId id, String text) {
        return change(actor, id, DemandStep.REPLY, d -> d.reply(text, actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView returnOrder(StaffPrincipal actor, DemandId id, String reason) {
        return change(actor, id, DemandStep.RETURN, d -> d.returnOrder(reason, actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView upholdReturn(StaffPrincipal actor, DemandId id) {
        return change(actor, id, DemandStep.UPHOLD_RETURN, d -> d.upholdReturn(actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView refuseReturn(StaffPrincipal actor, DemandId id, String reason) {
        return change(actor, id, DemandStep.REFUSE_RETURN, d -> d.refuseReturn(reason, actorOf(actor), clock.instant()));
    }

    /** The lead asks for a new reply date (end of that day, Asia/Shanghai). */
    @Transactional
    public DemandView requestExtension(StaffPrincipal actor, DemandId id, @Nullable LocalDate until, String reason) {
        return change(actor, id, DemandStep.REQUEST_EXTENSION, d -> {
            if (until == null) {
                throw new InvalidInput("until", "demand.extension.dateRequired");
            }
            d.requestExtension(Deadline.endOf(until), reason, actorOf(actor), clock.instant());
        });
    }

    @Transactional
    public DemandView approveExtension(StaffPrincipal actor, DemandId id) {
        return change(actor, id, DemandStep.APPROVE_EXTENSION, d -> d.approveExtension(actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView rejectExtension(StaffPrincipal actor, DemandId id, String reason) {
        return change(actor, id, DemandStep.REJECT_EXTENSION, d -> d.rejectExtension(reason, actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView supervise(StaffPrincipal actor, DemandId id, String note) {
        return change(actor, id, DemandStep.SUPERVISE, d -> d.supervise(note, actorOf(actor), clock.instant()));
    }

    public record Summon(long unitId, Instant reportBy) {
    }

    @Transactional
    public DemandView blowWhistle(StaffPrincipal actor, DemandId id, List<Summon> departments, String matter) {
        return change(actor, id, DemandStep.WHISTLE, d -> {
            Map<Long, Instant> summoned = new LinkedHashMap<>();
            for (Summon s : departments == null ? List.<Summon>of() : departments) {
                UnitView unit = activeUnit(s.unitId(), "departments");
                if (s.reportBy() == null || !s.reportBy().isAfter(clock.instant())) {
                    throw new InvalidInput("reportBy", "demand.whistle.reportByFuture");
                }
                summoned.put(unit.id().value(), s.reportBy());
            }
            d.blowWhistle(summoned, matter, actorOf(actor), clock.instant());
        });
    }

    @Transactional
    public DemandView reportIn(StaffPrincipal actor, DemandId id, String action) {
        return change(actor, id, DemandStep.REPORT_IN, d -> d.reportIn(action, actorOf(actor), clock.instant()));
    }

    @Transactional
    public DemandView close(StaffPrincipal actor, DemandId id) {
        return change(actor, id, DemandStep.CLOSE, d -> d.close(actorOf(actor), clock.instant()));
    }

    /** Loads in scope (404 outside it), asks the permissions (403 naming the rule), takes the step, saves. */
    private DemandView change(StaffPrincipal actor, DemandId id, DemandStep step, Consumer<Demand> change) {
        Demand d = load(actor.scope(), id);
        permissions.require(actor, d, step);
        change.accept(d);
        Demand saved = demands.save(d);
        return DemandView.of(saved, permissions.allowed(actor, saved));
    }

    private Demand load(Scope scope, DemandId id) {
        return demands.find(id, scope).orElseThrow(() -> new NotFound("demand", id));
    }

    private UnitView activeUnit(@Nullable Long unitId, String field) {
        return units.byId(UnitId.of(unitId == null ? -1 : unitId)).filter(UnitView::active)
                .orElseThrow(() -> new InvalidInput(field, "demand.unit.unknown", unitId));
    }

    private static Actor actorOf(StaffPrincipal p) {
        return new Actor(p.username(), p.unitId().value());
    }

    private static String requestHash(SubmitDemand cmd) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(String.valueOf(cmd).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
