package org.shegong.suggestion;

import java.util.List;
import java.util.Optional;
import org.shegong.ConcurrentChange;
import org.shegong.Rows;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores campaigns; saving checks the version read. */
@Repository
class Campaigns {

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Campaign save(Campaign c) {
        if (c.id() == null) {
            long stored = jdbc.sql("""
                    insert into suggestion_campaign (topic, background, field, channels, organ_unit_id, organ_name,
                      region_code, opens_at, closes_at, status, created_by, created_at, version)
                    values (:topic, :background, :field, :channels, :organ, :organName, :region, :opens, :closes, :status,
                      :by, :at, 1)
                    returning id
                    """).param("topic", c.topic()).param("background", c.background()).param("field", c.field())
                    .param("channels", c.channels()).param("organ", c.organUnitId()).param("organName", c.organName())
                    .param("region", c.regionCode()).param("opens", Suggestions.ts(c.opensAt()))
                    .param("closes", Suggestions.ts(c.closesAt())).param("status", c.status().name())
                    .param("by", c.createdBy()).param("at", Suggestions.ts(c.createdAt())).query(Long.class).single();
            return find(new CampaignId(stored)).orElseThrow();
        }
        int n = jdbc.sql("""
                update suggestion_campaign set status = :status, opens_at = :opens, closes_at = :closes, feedback = :feedback,
                  feedback_at = :feedbackAt, version = version + 1
                where id = :id and version = :version
                """).param("status", c.status().name()).param("opens", Suggestions.ts(c.opensAt()))
                .param("closes", Suggestions.ts(c.closesAt())).param("feedback", c.feedback())
                .param("feedbackAt", Suggestions.ts(c.feedbackAt())).param("id", c.id().value()).param("version", c.version())
                .update();
        if (n != 1) {
            throw new ConcurrentChange("campaign", c.id());
        }
        return find(c.id()).orElseThrow();
    }

    Optional<Campaign> find(CampaignId id) {
        return jdbc.sql("select * from suggestion_campaign where id = :id").param("id", id.value()).query(Rows.of(Campaign.class))
                .optional();
    }

    /** Every campaign that is not a draft, newest first: the public catalogue (§8). */
    List<Campaign> published(int limit) {
        return jdbc.sql("select * from suggestion_campaign where status <> 'DRAFT' order by opens_at desc, id desc limit :limit")
                .param("limit", limit).query(Rows.of(Campaign.class)).list();
    }

    List<Campaign> inScope(Scope scope, int limit) {
        return jdbc.sql("""
                select * from suggestion_campaign where region_code like :like or organ_unit_id = :unit
                order by created_at desc, id desc limit :limit
                """).param("like", scope.regionLike()).param("unit", scope.unitId() == null ? -1 : scope.unitId())
                .param("limit", limit).query(Rows.of(Campaign.class)).list();
    }
}
