package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows read into records by column name (decision 0007) on the real PostgreSQL driver. */
@SpringBootTest
class RowsIntegrationTests {

    enum Colour { RED, AMBER }

    record Sample(long id, Colour colour, @Nullable Long unitId, Instant receivedAt, @Nullable Instant closedAt,
            LocalDate dueDate, @Nullable Integer rating, boolean open) {
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsEveryColumnIntoItsComponentByName() {
        List<Sample> rows = jdbc.sql("""
                select 7 as id, 'AMBER' as colour, null::bigint as unit_id,
                  timestamptz '2026-11-30 12:00:00.123456+08' as received_at, null::timestamptz as closed_at,
                  date '2026-12-31' as due_date, null::int as rating, true as open, 'ignored' as other
                union all
                select 8, 'RED', 42, timestamptz '2026-01-01 00:00:00Z', timestamptz '2026-01-02 00:00:00Z', date '2026-01-31', 5, false,
                  'ignored'
                order by 1
                """).query(Rows.of(Sample.class)).list();
        assertThat(rows).containsExactly(
                new Sample(7, Colour.AMBER, null, Instant.parse("2026-11-30T04:00:00.123456Z"), null, LocalDate.of(2026, 12, 31),
                        null, true),
                new Sample(8, Colour.RED, 42L, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"),
                        LocalDate.of(2026, 1, 31), 5, false));
        assertThat(Rows.of(Sample.class)).isSameAs(Rows.of(Sample.class));
    }

    record Pair(long id, String name) {
    }

    @Test
    void refusesAMissingColumnAndANullIntoAPrimitive() {
        assertThatThrownBy(() -> jdbc.sql("select 1 as id").query(Rows.of(Pair.class)).list())
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("Pair.name");
        assertThatThrownBy(() -> jdbc.sql("select null::bigint as id, 'x' as name").query(Rows.of(Pair.class)).list())
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("Pair.id");
        assertThat(jdbc.sql("select 'y' as name, 3 as id").query(Rows.of(Pair.class)).single()).isEqualTo(new Pair(3, "y"));
    }

    record Tagged(long id, List<String> tags, @Nullable List<String> more) {
    }

    @Test
    void readsATextArrayIntoAList() {
        assertThat(jdbc.sql("select 1 as id, array['急救', 'b'] as tags, null::text[] as more").query(Rows.of(Tagged.class))
                .single()).isEqualTo(new Tagged(1, List.of("急救", "b"), null));
        assertThat(jdbc.sql("select 2 as id, '{}'::text[] as tags, '{x}'::text[] as more").query(Rows.of(Tagged.class))
                .single()).isEqualTo(new Tagged(2, List.of(), List.of("x")));
    }
}
