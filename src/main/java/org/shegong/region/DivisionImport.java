package org.shegong.region;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped division file into {@code region_division} when the table is empty or holds
 * another data version: one transaction, PostgreSQL COPY, guarded by an advisory lock so that two
 * nodes starting together import once. A start with current data does nothing.
 */
@Component
class DivisionImport {

    private static final Logger log = LoggerFactory.getLogger(DivisionImport.class);
    private static final long LOCK_KEY = 0x5265_6769_6f6eL; // "Region"

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DivisionImport(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Imports if needed; answers how many rows were loaded (0 when the data was current). */
    int importIfNeeded() {
        Integer loaded = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleRow();
            if (isCurrent()) {
                return 0;
            }
            long started = System.nanoTime();
            List<Division> divisions = DivisionFile.load();
            jdbc.sql("delete from region_division").update();
            copy(divisions);
            log.info("Imported {} Sichuan divisions ({}) in {} ms", divisions.size(), DivisionFile.DATA_VERSION,
                    (System.nanoTime() - started) / 1_000_000);
            return divisions.size();
        });
        return loaded == null ? 0 : loaded;
    }

    boolean isCurrent() {
        return jdbc.sql("""
                select count(*) > 0 and count(*) filter (where data_version <> :version) = 0
                from region_division
                """).param("version", DivisionFile.DATA_VERSION).query(Boolean.class).single();
    }

    private void copy(List<Division> divisions) {
        StringBuilder csv = new StringBuilder(divisions.size() * 80);
        for (Division d : divisions) {
            csv.append(d.code()).append(',');
            quoted(csv, d.name()).append(',');
            quoted(csv, d.shortName()).append(',').append(d.level().name()).append(',');
            if (d.parentCode() != null) {
                csv.append(d.parentCode());
            }
            csv.append(',').append(d.childCount()).append(',').append(DivisionFile.DATA_VERSION).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY region_division (code, name, short_name, level, parent_code, child_count, data_version)
                    FROM STDIN (FORMAT csv)""", new StringReader(csv.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Division import failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
