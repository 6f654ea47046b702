package org.shegong;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads rows into records by column name (decision 0007): {@code jdbc.sql(…).query(Rows.of(Demand.Row.class))}, each
 * component named after its column in camel case ({@code received_at} → {@code receivedAt}); columns no component
 * names are ignored, a component no column names is an error. Each value is read with the getter of the component's
 * type: {@code timestamptz} → {@link Instant}, text → enum by name, nullable numbers → {@code Long}/{@code Integer}/
 * {@code Double}, {@code date} → {@link LocalDate}, {@code bytea} → {@code byte[]}, {@code text[]} → {@code List<String>},
 * {@code bigint} → a typed id (a record of one {@code long}, such as {@code DemandId}, null for a SQL null); a SQL null
 * into a primitive is an error. One mapper per record type, kept.
 * <p>
 * Why not {@code JdbcClient}'s own {@code .query(Record.class)}: it maps by name too, but per value it goes through a
 * generic converter, and for an {@code Instant} it first asks the PostgreSQL driver for {@code getObject(i,
 * Instant.class)}, which the driver does not support, and catches its exception — once per timestamp of every row.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, t -> new ByName<>((Class<T>) t));
    }

    private static final class ByName<T extends Record> implements RowMapper<T> {

        private final Class<T> type;
        private final RecordComponent[] components;
        private final Constructor<T> constructor;
        /** For a component that is a typed id (a record of one {@code long}, e.g. {@code DemandId}): its constructor. */
        private final @Nullable Constructor<?>[] ids;
        /** The column index of each component in the last result set's layout, and that layout's column names. */
        private volatile @Nullable Layout layout;

        private record Layout(String[] columns, int[] indexes) {
        }

        ByName(Class<T> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            try {
                this.constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                this.constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
            this.ids = new Constructor<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> t = components[i].getType();
                if (t.isRecord() && t.getRecordComponents().length == 1 && t.getRecordComponents()[0].getType() == long.class) {
                    try {
                        ids[i] = t.getDeclaredConstructor(long.class);
                        ids[i].setAccessible(true);
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException("no canonical constructor in " + t, e);
                    }
                }
            }
        }

        @Override
        public T mapRow(ResultSet rs, int rowNum) throws SQLException {
            int[] indexes = indexes(rs);
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = ids[i] == null ? value(rs, indexes[i], components[i]) : id(rs, indexes[i], ids[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Where each component's column is: computed once per column layout (a record is usually read by one query). */
        private int[] indexes(ResultSet rs) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            String[] columns = new String[meta.getColumnCount()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = meta.getColumnLabel(c + 1);
            }
            Layout known = layout;
            if (known != null && Arrays.equals(known.columns(), columns)) {
                return known.indexes();
            }
            Map<String, Integer> byName = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                byName.putIfAbsent(columns[c].replace("_", "").toLowerCase(Locale.ROOT), c + 1);
            }
            int[] indexes = new int[components.length];
            for (int i = 0; i < components.length; i++) {
                Integer index = byName.get(components[i].getName().toLowerCase(Locale.ROOT));
                if (index == null) {
                    throw new InvalidDataAccessApiUsageException("no column for " + type.getSimpleName() + "."
                            + components[i].getName() + " among " + Arrays.toString(columns));
                }
                indexes[i] = index;
            }
            layout = new Layout(columns, indexes);
            return indexes;
        }

        /** A typed id from a {@code bigint} column; a SQL null is a null id. */
        private static @Nullable Object id(ResultSet rs, int index, Constructor<?> id) throws SQLException {
            long value = rs.getLong(index);
            if (rs.wasNull()) {
                return null;
            }
            try {
                return id.newInstance(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private @Nullable Object value(ResultSet rs, int index, RecordComponent component) throws SQLException {
            Class<?> t = component.getType();
            Object value;
            if (t == String.class) {
                return rs.getString(index);
            } else if (t == Instant.class) {
                Timestamp ts = rs.getTimestamp(index);
                return ts == null ? null : ts.toInstant();
            } else if (t == long.class || t == Long.class) {
                value = rs.getLong(index);
            } else if (t == int.class || t == Integer.class) {
                value = rs.getInt(index);
            } else if (t == boolean.class || t == Boolean.class) {
                value = rs.getBoolean(index);
            } else if (t == double.class || t == Double.class) {
                value = rs.getDouble(index);
            } else if (t.isEnum()) {
                String name = rs.getString(index);
                return name == null ? null : Enum.valueOf((Class<? extends Enum>) t, name);
            } else if (t == byte[].class) {
                return rs.getBytes(index);
            } else if (t == LocalDate.class) {
                return rs.getObject(index, LocalDate.class);
            } else if (t == List.class) {
                // a text[] column (decision 0007 rule 5: a list that is searched is an array, not delimited text)
                java.sql.Array array = rs.getArray(index);
                if (array == null) {
                    return null;
                }
                try {
                    return List.of((String[]) array.getArray());
                } finally {
                    array.free();
                }
            } else {
                return rs.getObject(index, t);
            }
            if (rs.wasNull()) {
                if (t.isPrimitive()) {
                    throw new InvalidDataAccessApiUsageException("null in column " + index + " for the primitive "
                            + type.getSimpleName() + "." + component.getName());
                }
                return null;
            }
            return value;
        }
    }
}
