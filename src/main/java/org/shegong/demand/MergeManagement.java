package org.shegong.demand;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.shegong.text.ChineseText;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 并单 (国办函〔2025〕66号: repeat requests are merged in principle). Finds likely repeats at intake and on a
 * demand's page — same category, same village or a nearby map point, similar words, within the window —
 * and merges a repeat into the demand that answers it: the repeat's open work orders are withdrawn, its
 * requester sees the parent's progress and reply (never the parent's matter or contact), and it counts once,
 * as the parent, in the rates ({@link DemandMerged}).
 */
@Service
@EnableConfigurationProperties(MergeProperties.class)
public class MergeManagement {

    private final Demands demands;
    private final Repeats repeats;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DemandPermissions permissions;

    MergeManagement(Demands demands, Repeats repeats, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            DemandPermissions permissions) {
        this.permissions = permissions;
        this.demands = demands;
        this.repeats = repeats;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Loads the segmentation dictionaries (about a second) at start-up rather than on the first citizen's submit. */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmUp() {
        ChineseText.words("预热");
    }

    /** A category corrected at re-dispatch: repeats are looked for under the new one. */
    @EventListener
    void recategorised(DemandRecategorised corrected) {
        jdbc.sql("update demand_text set category_code = :c where demand_id = :id").param("c", corrected.toCategory())
                .param("id", corrected.demandId().value()).update();
    }

    /** Likely repeats of a stored demand, most similar first. */
    @Transactional(readOnly = true)
    public List<Repeat> repeatsOf(Scope scope, DemandId demandId) {
        Demand d = load(scope, demandId);
        if (d.status() == DemandStatus.MERGED) {
            return List.of();
        }
        List<String> words = repeats.words(demandId.value());
        if (words.isEmpty()) {
            words = ChineseText.words(d.intake().matter());
        }
        return repeats.like(demandId.value(), d.categoryCode(), d.region(), d.intake().lat(), d.intake().lng(), d.receivedAt(),
                words, d.intake().matter(), scope.regionLike());
    }

    /** At intake, before registering: stored demands like this text at this place in this category. */
    @Transactional(readOnly = true)
    public List<Repeat> check(StaffPrincipal me, String categoryCode, String regionCode, @Nullable Double lat,
            @Nullable Double lng, String matter) {
        // the repeat check is part of registering a demand
        permissions.require(me, DemandStep.SUBMIT);
        return check(me.scope(), categoryCode, regionCode, lat, lng, matter);
    }

    /** The same check within a scope, for services (and benchmarks) without a signed-in person. */
    @Transactional(readOnly = true)
    public List<Repeat> check(Scope scope, String categoryCode, String regionCode, @Nullable Double lat, @Nullable Double lng,
            String matter) {
        if (categoryCode == null || categoryCode.isBlank()) {
            throw new InvalidInput("categoryCode", "merge.check.incomplete");
        }
        if (regionCode == null || !RegionCode.isWellFormed(regionCode)) {
            throw new InvalidInput("regionCode", "merge.check.incomplete");
        }
        if (matter == null || matter.isBlank()) {
            throw new InvalidInput("matter", "merge.check.incomplete");
        }
        return repeats.like(null, categoryCode.strip(), RegionCode.of(regionCode), lat, lng, clock.instant(),
                ChineseText.words(matter), matter, scope.regionLike());
    }

    /** Merges {@code childId} into {@code parentId}; both must be in the actor's scope and in the same category. */
    @Transactional
    public DemandView merge(StaffPrincipal actor, DemandId childId, DemandId parentId) {
        if (childId.equals(parentId)) {
            throw new InvalidInput("parentId", "merge.self");
        }
        Demand child = load(actor.scope(), childId);
        Demand parent = load(actor.scope(), parentId);
        permissions.require(actor, child, DemandStep.MERGE);
        permissions.require(actor, parent, DemandStep.MERGE);
        if (!child.categoryCode().equals(parent.categoryCode())) {
            throw new InvalidInput("parentId", "merge.category.differs");
        }
        if (repeats.parentOf(parentId.value()).isPresent()) {
            throw new InvalidInput("parentId", "merge.parent.notAllowed", DemandStatus.MERGED);
        }
        double similarity = ChineseText.similarity(words(child), words(parent));
        Instant now = clock.instant();
        Actor who = new Actor(actor.username(), actor.unitId().value());
        String percent = Math.round(similarity * 100) + "%";
        parent.acceptRepeat(child.id(), "相似度 " + percent, who, now);
        child.mergeInto(parent.id(), "相似度 " + percent, who, now);
        demands.save(parent);
        demands.save(child);
        repeats.merged(childId.value(), parentId.value(), similarity, actor.username(), now);
        events.publishEvent(new DemandMerged(childId, parentId, similarity, now));
        return DemandView.of(child, permissions.allowed(actor, child));
    }

    /**
     * "不是重复": the operator refuses {@code otherId} as a repeat of {@code demandId}. Stored as a pair lesson (who,
     * when); the repeat matcher never offers the pair again, either way round. Both demands must be in the actor's
     * scope; refusing a pair twice changes nothing; a pair already merged cannot be refused.
     */
    @Transactional
    public DemandView refuse(StaffPrincipal actor, DemandId demandId, DemandId otherId) {
        if (demandId.equals(otherId)) {
            throw new InvalidInput("otherId", "merge.self");
        }
        Demand d = load(actor.scope(), demandId);
        Demand other = load(actor.scope(), otherId);
        permissions.require(actor, d, DemandStep.REFUSE_MERGE);
        permissions.require(actor, other, DemandStep.REFUSE_MERGE);
        if (d.status() == DemandStatus.MERGED || d.status() == DemandStatus.EXCLUDED) {
            throw new InvalidInput("demandId", "merge.refuse.notOpen", d.status());
        }
        if (repeats.parentOf(demandId.value()).filter(p -> p == otherId.value()).isPresent()
                || repeats.parentOf(otherId.value()).filter(p -> p == demandId.value()).isPresent()) {
            throw new InvalidInput("otherId", "merge.refuse.merged");
        }
        repeats.refused(demandId.value(), otherId.value(), d.categoryCode(), actor.username(), clock.instant());
        return DemandView.of(d, permissions.allowed(actor, d));
    }

    /** What operators decided about this demand's pairs (merged either way, refused as repeats), oldest first. */
    @Transactional(readOnly = true)
    public List<PairDecision> decisions(Scope scope, DemandId demandId) {
        load(scope, demandId);
        return repeats.decisions(demandId.value());
    }

    /** The demand a repeat was merged into, if it was. */
    @Transactional(readOnly = true)
    public java.util.Optional<DemandId> parentOf(DemandId childId) {
        return repeats.parentOf(childId.value()).map(DemandId::new);
    }

    private List<String> words(Demand d) {
        List<String> stored = repeats.words(d.id().value());
        return stored.isEmpty() ? ChineseText.words(d.intake().matter()) : stored;
    }

    private Demand load(Scope scope, DemandId id) {
        return demands.find(id, scope).orElseThrow(() -> new NotFound("demand", id));
    }
}
