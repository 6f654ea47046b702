package org.shegong.demand;

import java.sql.Timestamp;
import java.time.Instant;
import org.shegong.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets other modules add a fact to a demand's timeline without touching its state — for example volunteers who
 * served the requester (志愿服务). The demand's version moves on, so a page holding the old version must reload.
 */
@Service
public class DemandNotes {

    private final JdbcClient jdbc;

    DemandNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends "volunteers served" to the demand's timeline (action {@code VOLUNTEER_SERVICE}). */
    @Transactional
    public void recordVolunteerService(DemandId demandId, String organization, String detail, Instant at) {
        if (jdbc.sql("update demand set version = version + 1 where id = :id").param("id", demandId.value()).update() != 1) {
            throw new NotFound("demand", demandId);
        }
        jdbc.sql("""
                insert into demand_timeline (demand_id, seq, at, actor, actor_unit_id, action, detail)
                values (:id, (select coalesce(max(seq), -1) + 1 from demand_timeline where demand_id = :id), :at, :actor, null,
                        'VOLUNTEER_SERVICE', :detail)""")
                .param("id", demandId.value()).param("at", Timestamp.from(at)).param("actor", organization).param("detail", detail)
                .update();
    }
}
