package org.shegong;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What every benchmark main class shares: the whole platform started on an ephemeral embedded PostgreSQL on a
 * random port (no scheduler, quiet logs), and percentiles of measured durations. With {@code -Dbench.data-dir=DIR}
 * the embedded cluster lives in {@code DIR/postgres} and is kept (with its PII key in {@code DIR/pii.key}), so a large
 * data set generated once can be measured again and again (the 20,000,000-demand run, issue 12).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** A benchmark's body, run against the started platform. */
    @FunctionalInterface
    public interface Body {
        void run(ConfigurableApplicationContext platform) throws Exception;
    }

    public static void run(Body body) throws Exception {
        // system properties outrank application.yml (default properties would not)
        for (String kv : new String[] { "server.port=0", "shegong.database.embedded.ephemeral=true",
                "shegong.identity.admin.username=admin", "shegong.identity.admin.password=Bench#Mark2026",
                "shegong.identity.pii.key-file=target/bench-pii.key", "logging.level.root=WARN", "db-scheduler.enabled=false" }) {
            String[] p = kv.split("=", 2);
            System.setProperty(p[0], p[1]);
        }
        String dataDir = System.getProperty("bench.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            System.setProperty("shegong.database.embedded.ephemeral", "false");
            System.setProperty("shegong.database.embedded.data-dir", dataDir + "/postgres");
            System.setProperty("shegong.identity.pii.key-file", dataDir + "/pii.key");
        }
        try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(ShegongApplication.class).run()) {
            body.run(platform);
        }
    }

    /** The {@code p}-th percentile of durations in nanoseconds, in milliseconds. */
    public static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))) / 1e6;
    }
}
