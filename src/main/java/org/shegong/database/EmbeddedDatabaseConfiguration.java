package org.shegong.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an in-process PostgreSQL when no external database is configured, so that
 * {@code mvn spring-boot:run} works on a machine with only a JDK and Maven.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        boolean ephemeral = env.getProperty("shegong.database.embedded.ephemeral", Boolean.class, false);
        Path dir = ephemeral
                ? Files.createTempDirectory("shegong-pg-")
                : Path.of(env.getProperty("shegong.database.embedded.data-dir", "./data/postgres")).toAbsolutePath();
        Files.createDirectories(dir);
        if (!ephemeral) {
            StalePostmaster.clear(dir);
        }
        log.info("Starting embedded PostgreSQL, data in {}", dir);
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                // Spring stops it after everything that uses it; zonky's own hook would stop it first
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                // sized by configuration for a year of data (README "Sizing"): a 26 GB database wants gigabytes of
                // buffers and checkpoints far enough apart that an index page is not written whole to the WAL on
                // almost every insert; the defaults suit a laptop and the tests
                .setServerConfig("shared_buffers", env.getProperty("shegong.database.embedded.shared-buffers", "128MB"))
                .setServerConfig("max_wal_size", env.getProperty("shegong.database.embedded.max-wal-size", "1GB"))
                .setServerConfig("checkpoint_timeout", env.getProperty("shegong.database.embedded.checkpoint-timeout", "5min"))
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setServerConfig("timezone", "Asia/Shanghai");
        if (unixSocket(env, dir)) {
            // the driver connects through a socket file in the data directory (UnixSocketFactory), not over TCP
            builder.setServerConfig("unix_socket_directories", "'" + dir + "'");
        }
        // any other server setting, by its PostgreSQL name (README "Sizing"): shegong.database.embedded.settings.wal_compression=pglz
        Binder.get(env).bind("shegong.database.embedded.settings", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL {} ready on port {} in {} ms",
                ephemeral ? "(ephemeral)" : "", pg.getPort(), (System.nanoTime() - started) / 1_000_000);
        return pg;
    }

    /** The directory the server makes its socket file in, when connections go through it. */
    private Path socketDirectory;

    /**
     * Whether connections go through a Unix-domain socket in the data directory: on unless
     * {@code shegong.database.embedded.unix-socket=false}, on a system that has them, and when the socket file's
     * path fits the system's limit of 107 bytes (else the server would refuse to start, so TCP alone).
     */
    private boolean unixSocket(Environment env, Path dir) {
        boolean wanted = env.getProperty("shegong.database.embedded.unix-socket", Boolean.class, true)
                && !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                && dir.resolve(".s.PGSQL.65535").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 107
                && !dir.toString().contains("'");
        socketDirectory = wanted ? dir : null;
        return wanted;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select 1 from pg_database where datname = 'shegong'")) {
            if (!rs.next()) {
                s.execute("create database shegong encoding 'UTF8' template template0");
            }
        } catch (java.sql.SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot prepare embedded database", e));
        }
        HikariConfig config = new HikariConfig();
        String url = pg.getJdbcUrl("postgres", "shegong");
        Path socket = socketDirectory == null ? null : socketDirectory.resolve(".s.PGSQL." + pg.getPort());
        if (socket != null && Files.exists(socket)) {
            url += (url.contains("?") ? "&" : "?") + "sslmode=disable&socketFactory=" + UnixSocketFactory.class.getName()
                    + "&socketFactoryArg=" + java.net.URLEncoder.encode(socket.toString(), java.nio.charset.StandardCharsets.UTF_8);
            log.info("Embedded PostgreSQL connections through {}", socket);
        }
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("shegong-embedded");
        return new HikariDataSource(config);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
