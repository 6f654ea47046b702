package org.shegong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads rows into records by column name (decision 0007): {@code jdbc.sql(…).query(Rows.of(Demand.Row.class))}, each
 * component named after its column in camel case, enums and nullable numbers converted by type. One mapper per record
 * type, kept. Unlike {@code .query(Record.class)}, a {@code timestamptz} column is read into an {@link Instant} through
 * {@code getTimestamp}: the PostgreSQL driver has no {@code getObject(i, Instant.class)}, so Spring's generic path
 * first asks for it and catches the driver's exception — once per timestamp of every row.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, ByName::new);
    }

    private static final class ByName<T> extends DataClassRowMapper<T> {

        ByName(Class<T> type) {
            super(type);
        }

        @Override
        protected @Nullable Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
            if (paramType == Instant.class) {
                Timestamp t = rs.getTimestamp(index);
                return t == null ? null : t.toInstant();
            }
            return super.getColumnValue(rs, index, paramType);
        }
    }
}
