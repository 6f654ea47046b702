package org.shegong;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (not a test) for decision 0007: reading 50 rows of 14 columns (an inbox page's shape) by hand-written
 * {@code ResultSet} reads, by {@link Rows#of} and by {@code JdbcClient}'s own {@code .query(Record.class)}, on the
 * real PostgreSQL driver. Run:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.shegong.RowsBenchmark -Dexec.classpathScope=test}
 */
public final class RowsBenchmark {

    enum Kind { COMPLAINT, HELP }

    public record Page(long demandId, String trackingCode, Kind kind, String status, String categoryCode, String matter,
            String regionCode, Instant receivedAt, @Nullable Long unitId, @Nullable String orderRole,
            @Nullable String orderStatus, Instant dueAt, boolean dueSoon, boolean overdue) {
    }

    private static final String SQL = """
            select i::bigint as demand_id, 'D' || i as tracking_code, case when i % 2 = 0 then 'HELP' else 'COMPLAINT' end as kind,
              'DISPATCHED' as status, 'HJ-01' as category_code, '夜间施工噪声扰民，第' || i || '次反映' as matter,
              '510107005001' as region_code, now() - i * interval '1 hour' as received_at, (1000 + i)::bigint as unit_id,
              'LEAD' as order_role, 'DISPATCHED' as order_status, now() + i * interval '1 hour' as due_at,
              i % 3 = 0 as due_soon, i % 5 = 0 as overdue
            from generate_series(1, 50) i
            """;

    public static void main(String[] args) throws Exception {
        Benchmarks.run(platform -> {
            JdbcClient jdbc = platform.getBean(JdbcClient.class);
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d: by hand %.0f µs, Rows.of %.0f µs, query(Record.class) %.0f µs per 50-row page%n", round,
                        time(() -> jdbc.sql(SQL).query((rs, n) -> new Page(rs.getLong("demand_id"), rs.getString("tracking_code"),
                                Kind.valueOf(rs.getString("kind")), rs.getString("status"), rs.getString("category_code"),
                                rs.getString("matter"), rs.getString("region_code"), rs.getTimestamp("received_at").toInstant(),
                                (Long) rs.getObject("unit_id"), rs.getString("order_role"), rs.getString("order_status"),
                                rs.getTimestamp("due_at").toInstant(), rs.getBoolean("due_soon"), rs.getBoolean("overdue"))).list()),
                        time(() -> jdbc.sql(SQL).query(Rows.of(Page.class)).list()),
                        time(() -> jdbc.sql(SQL).query(Page.class).list()));
            }
            System.out.println(DemandLoad.now());
        });
    }

    private static double time(Runnable page) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long s = System.nanoTime();
            page.run();
            nanos.add(System.nanoTime() - s);
        }
        return Benchmarks.percentile(nanos.subList(1000, 3000), 50) * 1000;
    }

    /** The machine's load average, printed with the figures: the cores are shared. */
    private static final class DemandLoad {
        static String now() throws java.io.IOException {
            return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        }
    }
}
