package org.rapport.bench;

import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bulk rows into one table over a plain JDBC connection of its own (closed with the writer): PostgreSQL's COPY (text format) where the
 * connection is PostgreSQL, batched INSERTs elsewhere (H2). The table is named from the entity's
 * {@code @Table} and the host's prefix, and columns are the entity's column constants, so a column
 * another feature adds only needs adding to the generator's row. Values: String, Integer, Long,
 * Boolean, java.util.Date or null. Dates are written as {@link Timestamp}s in the JVM's zone, which
 * is what AO's own {@code setTimestamp} does.
 */
final class TableWriter implements AutoCloseable {
    private static final int BATCH = 5_000;
    private static final int COPY_BUFFER = 1 << 20;

    private final Connection connection;
    private final int columns;
    private final CopyIn copy;
    private final StringBuilder buffer;
    private final PreparedStatement insert;
    private int pending;
    private long rows;

    /** Rows for an AO entity's table, through the entity's column constants. */
    static TableWriter forEntity(Connection connection, String tablePrefix, Class<? extends RawEntity<?>> entity,
                                 List<String> columnNames) throws SQLException {
        return new TableWriter(connection, quote(tableName(tablePrefix, entity)),
                columnNames.stream().map(TableWriter::quote).collect(Collectors.joining(", ")), columnNames.size());
    }

    /** Rows for one of the host's own tables, whose names it creates unquoted. */
    static TableWriter forHostTable(Connection connection, String table, List<String> columnNames) throws SQLException {
        return new TableWriter(connection, table, String.join(", ", columnNames), columnNames.size());
    }

    private TableWriter(Connection connection, String table, String columnList, int columns) throws SQLException {
        this.connection = connection;
        this.columns = columns;
        if (connection.isWrapperFor(PGConnection.class)) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columnList + ") FROM STDIN");
            buffer = new StringBuilder(COPY_BUFFER + 4096);
            insert = null;
        } else {
            copy = null;
            buffer = null;
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO " + table + " (" + columnList + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")");
        }
    }

    /** {@code AO_<hash>_NAME}, the name the host's table-name converter gives the entity. */
    static String tableName(String tablePrefix, Class<? extends RawEntity<?>> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null) {
            throw new IllegalArgumentException(entity.getName() + " has no @Table: name it explicitly for the generator");
        }
        return tablePrefix + table.value();
    }

    /** AO quotes its identifiers, which are upper case; PostgreSQL then needs them quoted too. */
    static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        rows++;
        if (copy != null) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                appendCopyValue(values[i]);
            }
            buffer.append('\n');
            if (buffer.length() >= COPY_BUFFER) {
                flushCopy();
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                insert.setObject(i + 1, v instanceof Date d && !(v instanceof Timestamp) ? new Timestamp(d.getTime()) : v);
            }
            insert.addBatch();
            if (++pending >= BATCH) {
                insert.executeBatch();
                connection.commit();
                pending = 0;
            }
        }
    }

    long rows() {
        return rows;
    }

    private void appendCopyValue(Object v) {
        if (v == null) {
            buffer.append("\\N");
        } else if (v instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (v instanceof Date d) {
            buffer.append(new Timestamp(d.getTime()));
        } else if (v instanceof Number) {
            buffer.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
    }

    private void flushCopy() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (copy != null) {
            flushCopy();
            copy.endCopy();
        } else {
            if (pending > 0) {
                insert.executeBatch();
            }
            connection.commit();
            insert.close();
        }
        connection.close();
    }
}
