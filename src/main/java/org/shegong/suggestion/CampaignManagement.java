package org.shegong.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (专项征集, 上海市人民建议征集若干规定 §8): drafted by a social-work department, published with topic,
 * background, channels and closing minute, closed (by hand or at the closing minute), and answered with one collective
 * feedback (§12). Every change is written to the audit log.
 */
@Service
public class CampaignManagement {

    private final Campaigns campaigns;
    private final SuggestionPermissions permissions;
    private final UnitManagement units;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignManagement(Campaigns campaigns, SuggestionPermissions permissions, UnitManagement units, AuditLog audit,
            JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.permissions = permissions;
        this.units = units;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new campaign's fields; times are local minutes in Asia/Shanghai. */
    public record NewCampaign(@Nullable String topic, @Nullable String background, @Nullable String field,
            @Nullable String channels, @Nullable Long organUnitId, @Nullable LocalDateTime opensAt,
            @Nullable LocalDateTime closesAt) {
    }

    /** A campaign as its pages show it: the status now, whether it takes suggestions, how many it has, what may be done. */
    public record CampaignView(Campaign campaign, CampaignStatus statusNow, boolean open, long suggestions, Set<String> actions) {

        public boolean may(String action) {
            if (!Set.of("PUBLISH", "CLOSE", "PUBLISH_FEEDBACK").contains(action)) {
                throw new IllegalArgumentException("unknown campaign action " + action);
            }
            return actions.contains(action);
        }
    }

    @Transactional
    public CampaignView create(StaffPrincipal me, NewCampaign in) {
        permissions.require(me, SuggestionStep.MANAGE_CAMPAIGNS);
        long organId = in.organUnitId() == null ? me.unitId().value() : in.organUnitId();
        UnitView organ = units.byId(UnitId.of(organId)).filter(UnitView::active)
                .orElseThrow(() -> new InvalidInput("organUnitId", "suggestion.organ.unknown"));
        if (in.opensAt() == null || in.closesAt() == null) {
            throw new InvalidInput("closesAt", "suggestion.campaign.dates");
        }
        String channels = in.channels() == null || in.channels().isBlank() ? "网上、征集点、来信、来电、来访" : in.channels().strip();
        Campaign c = campaigns.save(Campaign.draft(in.topic() == null ? "" : in.topic(), in.background() == null ? "" : in.background(),
                in.field(), Texts.optional("channels", channels, 200), organ.id().value(), organ.name(), me.unitRegion().value(),
                in.opensAt(), in.closesAt(), me.username(), clock.instant()));
        audit.record(AuditEntry.of(me, "suggestion.campaign.create", "campaign:" + c.id(), "OK", c.topic()));
        return view(me, c);
    }

    @Transactional
    public CampaignView publish(StaffPrincipal me, CampaignId id, @Nullable Integer version) {
        Campaign c = checked(me, id, version, "PUBLISH");
        return changed(me, campaigns.save(c.publish()), "publish");
    }

    @Transactional
    public CampaignView close(StaffPrincipal me, CampaignId id, @Nullable Integer version) {
        Campaign c = checked(me, id, version, "CLOSE");
        return changed(me, campaigns.save(c.close(clock.instant())), "close");
    }

    /** Publishes the collective feedback (§12): every proposer of the campaign reads it on the campaign's page. */
    @Transactional
    public CampaignView publishFeedback(StaffPrincipal me, CampaignId id, @Nullable Integer version, @Nullable String feedback) {
        Campaign c = checked(me, id, version, "PUBLISH_FEEDBACK");
        return changed(me, campaigns.save(c.publishFeedback(feedback == null ? "" : feedback, clock.instant())), "feedback");
    }

    private CampaignView changed(StaffPrincipal me, Campaign c, String what) {
        audit.record(AuditEntry.of(me, "suggestion.campaign." + what, "campaign:" + c.id(), "OK", c.status().name()));
        return view(me, c);
    }

    private Campaign checked(StaffPrincipal me, CampaignId id, @Nullable Integer version, String action) {
        Campaign c = campaigns.find(id).orElseThrow(() -> new NotFound("campaign", id));
        permissions.requireCampaign(me, c, action, clock.instant());
        if (version != null && version != c.version()) {
            throw new org.shegong.ConcurrentChange("campaign", id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(StaffPrincipal me) {
        return campaigns.inScope(me.scope(), 200).stream().map(c -> view(me, c)).toList();
    }

    @Transactional(readOnly = true)
    public CampaignView get(StaffPrincipal me, CampaignId id) {
        Campaign c = campaigns.find(id).filter(x -> permissions.campaignVisible(me, x))
                .orElseThrow(() -> new NotFound("campaign", id));
        return view(me, c);
    }

    /** The public catalogue: every published campaign, open ones first. */
    @Transactional(readOnly = true)
    public List<CampaignView> catalogue() {
        return campaigns.published(200).stream().map(c -> view(null, c))
                .sorted(java.util.Comparator.comparing((CampaignView v) -> !v.open())).toList();
    }

    /** One published campaign for anyone; a draft is not found. */
    @Transactional(readOnly = true)
    public CampaignView publicCampaign(CampaignId id) {
        Campaign c = campaigns.find(id).filter(x -> x.status() != CampaignStatus.DRAFT)
                .orElseThrow(() -> new NotFound("campaign", id));
        return view(null, c);
    }

    private CampaignView view(@Nullable StaffPrincipal me, Campaign c) {
        Instant now = clock.instant();
        long count = jdbc.sql("select count(*) from suggestion where campaign_id = :c").param("c", c.id().value()).query(Long.class).single();
        return new CampaignView(c, c.statusAt(now), c.acceptsAt(now), count,
                me == null ? Set.of() : permissions.allowedOnCampaign(me, c, now));
    }
}
