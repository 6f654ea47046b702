package org.shegong.duty;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The count of work, forms and certificate requests refused at a village's door for citing no admitted item. */
@Component
class VillageRefusals {

    private final JdbcClient jdbc;
    private final Clock clock;

    VillageRefusals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Its own transaction: the refused work rolls back, the count of the refusal stays. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(RegionCode village, String code, String kind, String requester, String what) {
        jdbc.sql("""
                insert into duty_village_refusal (village_code, item_code, kind, requester, what, refused_at)
                values (:v, :code, :kind, :requester, :what, :at)
                """).param("v", village.value()).param("code", cut(code, 40)).param("kind", cut(kind, 20))
                .param("requester", cut(requester, 200)).param("what", cut(what, 200))
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

    long count(Scope scope, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from duty_village_refusal where village_code like :like
                  and refused_at >= :from and refused_at < :to
                """).param("like", scope.regionLike()).param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to)).query(Long.class).single();
    }

    Map<String, Long> byKind(Scope scope, Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select kind, count(*) n from duty_village_refusal where village_code like :like
                  and refused_at >= :from and refused_at < :to group by kind order by kind
                """).param("like", scope.regionLike()).param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
