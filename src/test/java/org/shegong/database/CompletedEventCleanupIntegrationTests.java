package org.shegong.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class CompletedEventCleanupIntegrationTests {

    @Autowired
    CompletedEventCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    private UUID publication(String completedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
                values (:id, 'test.listener', 'test.Event', :body, now() - interval '30 days',
                        case when cast(:ago as text) is null then null else now() - cast(:ago as interval) end,
                        case when cast(:ago as text) is null then 'PUBLISHED' else 'COMPLETED' end)
                """).param("id", id).param("body", "{\"n\":\"" + id + "\"}").param("ago", completedAgo).update();
        return id;
    }

    @Test
    void completedPublicationsOlderThanAWeekGoRecentAndIncompleteOnesStay() {
        UUID old = publication("8 days");
        UUID recent = publication("6 days");
        UUID incomplete = publication(null);

        cleanup.cleanUp();

        List<UUID> left = jdbc.sql("select id from event_publication where id in (:ids)")
                .param("ids", List.of(old, recent, incomplete)).query(UUID.class).list();
        assertThat(left).containsExactlyInAnyOrder(recent, incomplete);
        jdbc.sql("delete from event_publication where id = :id").param("id", incomplete).update();
    }
}
