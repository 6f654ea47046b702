package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.shegong.text.ChineseText;
import org.shegong.text.DifferentMatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The segmented words of every demand and the merges made. Finding repeats filters by index first —
 * same category, same village (or a map point within {@link MergeProperties#nearbyMetres()}), inside the
 * window — and only then compares words, so the check stays fast at province scale.
 */
@Repository
class Repeats {

    private final JdbcClient jdbc;
    private final MergeProperties properties;

    Repeats(JdbcClient jdbc, MergeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The village a demand lies in (a grid's village), or the deepest division above it. */
    static String area(RegionCode region) {
        return region.level() == RegionLevel.GRID ? region.ancestorAt(RegionLevel.VILLAGE).value() : region.value();
    }

    /**
     * Open or answered demands like these words, most similar first, excluding {@code self} and merged repeats, and
     * those whose matter gives a detail that conflicts with {@code matter} (another building, the other end of the road,
     * another kind of problem: {@link DifferentMatter}).
     */
    List<Repeat> like(@Nullable Long self, String categoryCode, RegionCode region, @Nullable Double lat, @Nullable Double lng,
            Instant at, List<String> words, String matter, String regionLike) {
        // 1 degree of latitude ≈ 111 km; longitude shrinks with cos(latitude)
        double dLat = properties.nearbyMetres() / 111_000.0;
        double dLng = lat == null ? 0 : dLat / Math.cos(Math.toRadians(lat));
        record Candidate(DemandId demandId, List<String> tokens, String trackingCode, DemandStatus status,
                String categoryCode, String regionCode, Instant receivedAt, String matter, boolean nearby) {
        }
        List<Candidate> rows = jdbc.sql("""
                select t.demand_id, t.tokens, d.tracking_code, d.status, d.category_code, d.region_code, d.received_at,
                       d.matter, t.area_code <> :area as nearby
                from demand_text t join demand d on d.id = t.demand_id
                where t.category_code = :category and t.received_at >= :from and t.received_at <= :to
                  and (t.area_code = :area
                       or (cast(:lat as double precision) is not null and t.lat is not null
                           and t.lat between cast(:lat as double precision) - :dLat and cast(:lat as double precision) + :dLat
                           and t.lng between cast(:lng as double precision) - :dLng and cast(:lng as double precision) + :dLng))
                  and t.demand_id <> coalesce(cast(:self as bigint), -1)
                  and not exists (select 1 from demand_lesson l where l.source = 'MERGE_REFUSED'
                                  and ((l.demand_id = cast(:self as bigint) and l.other_id = t.demand_id)
                                       or (l.other_id = cast(:self as bigint) and l.demand_id = t.demand_id)))
                  and d.status not in ('MERGED', 'EXCLUDED') and d.region_code like :like
                order by t.received_at desc
                limit :max
                """).param("category", categoryCode).param("area", area(region))
                .param("from", Timestamp.from(at.minus(properties.window()))).param("to", Timestamp.from(at.plus(properties.window())))
                .param("lat", lat).param("lng", lng).param("dLat", dLat).param("dLng", dLng).param("self", self)
                .param("like", regionLike).param("max", properties.maxCandidates())
                .query(Rows.of(Candidate.class)).list();
        List<Repeat> out = new ArrayList<>();
        for (Candidate r : rows) {
            double s = ChineseText.similarity(words, r.tokens());
            if (s >= properties.threshold() && (r.matter() == null || DifferentMatter.between(matter, r.matter()).isEmpty())) {
                out.add(new Repeat(r.demandId(), r.trackingCode(), r.status(), r.categoryCode(), r.regionCode(),
                        r.receivedAt(), r.matter(), s, r.nearby()));
            }
        }
        out.sort(Comparator.comparingDouble(Repeat::similarity).reversed());
        return out;
    }

    List<String> words(long demandId) {
        return jdbc.sql("select tokens from demand_text where demand_id = :id").param("id", demandId)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    void merged(long childId, long parentId, double similarity, String by, Instant at) {
        jdbc.sql("""
                insert into demand_merge (child_id, parent_id, similarity, merged_by, merged_at)
                values (:c, :p, :s, :by, :at)
                """).param("c", childId).param("p", parentId).param("s", similarity).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** "不是重复": an operator refused {@code otherId} as a repeat of {@code demandId}; false when the pair was refused before. */
    boolean refused(long demandId, long otherId, String categoryCode, String by, Instant at) {
        return jdbc.sql("""
                insert into demand_lesson (demand_id, label, source, other_id, decided_by, learned_at)
                values (:d, :label, 'MERGE_REFUSED', :o, :by, :at)
                on conflict (least(demand_id, other_id), greatest(demand_id, other_id)) where source = 'MERGE_REFUSED' do nothing
                """).param("d", demandId).param("label", categoryCode).param("o", otherId).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /**
     * What operators decided about pairs with this demand, oldest first: merged into another, others merged into it,
     * refused as repeats (either way round) — with the other demand's code, who and when.
     */
    List<PairDecision> decisions(long demandId) {
        return jdbc.sql("""
                select 'MERGED_INTO' as kind, m.parent_id as other_id, d.tracking_code as other_tracking_code,
                       m.merged_by as decided_by, m.merged_at as at
                from demand_merge m join demand d on d.id = m.parent_id where m.child_id = :id
                union all
                select 'MERGED_HERE', m.child_id, d.tracking_code, m.merged_by, m.merged_at
                from demand_merge m join demand d on d.id = m.child_id where m.parent_id = :id
                union all
                select 'NOT_A_REPEAT', case when l.demand_id = :id then l.other_id else l.demand_id end, d.tracking_code,
                       l.decided_by, l.learned_at
                from demand_lesson l join demand d on d.id = case when l.demand_id = :id then l.other_id else l.demand_id end
                where l.source = 'MERGE_REFUSED' and (l.demand_id = :id or l.other_id = :id)
                order by 5, 2
                """).param("id", demandId)
                .query(Rows.of(PairDecision.class)).list();
    }

    Optional<Long> parentOf(long childId) {
        return jdbc.sql("select parent_id from demand_merge where child_id = :c").param("c", childId)
                .query(Long.class).optional();
    }
}
