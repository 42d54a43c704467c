package org.rapport.testing;

import net.java.ao.DatabaseProvider;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rapport's tables in a test database, emptied between tests. Deleting rows is much faster than
 * migrating again, and unlike TRUNCATE it behaves the same on H2 and PostgreSQL. Sequences are
 * not reset, so tests cannot come to rely on particular ids.
 */
final class RapportTables {
    private final DatabaseProvider provider;
    private final String tablePrefix;
    private Set<String> knownTables = Set.of();
    private List<String> deleteOrder = List.of();

    RapportTables(DatabaseProvider provider, String tablePrefix) {
        this.provider = provider;
        this.tablePrefix = tablePrefix.toUpperCase(Locale.ROOT);
    }

    /** Deletes every row of every table with Rapport's prefix, in one transaction. */
    void deleteAllRows() throws SQLException {
        // Outside a transaction AO hands out a pooled connection that close() returns to the pool.
        try (Connection connection = provider.getConnection()) {
            List<String> tables = deleteOrder(connection);
            if (tables.isEmpty()) {
                return;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.executeUpdate("DELETE FROM " + provider.withSchema(table));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Tables that others refer to come after those referring to them, so no foreign key blocks a delete. */
    private List<String> deleteOrder(Connection connection) throws SQLException {
        Set<String> tables = tables(connection);
        if (!tables.equals(knownTables)) {
            deleteOrder = referrersFirst(tables, references(connection, tables));
            knownTables = tables;
        }
        return deleteOrder;
    }

    private Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rows = provider.getTables(connection)) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith(tablePrefix)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** For each table, the other tables it holds foreign keys to. */
    private Map<String, Set<String>> references(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> references = new HashMap<>();
        for (String table : tables) {
            Set<String> referenced = new HashSet<>();
            try (ResultSet keys = provider.getImportedKeys(connection, table)) {
                while (keys.next()) {
                    String target = keys.getString("PKTABLE_NAME");
                    // A table referring to itself loses all its rows in one DELETE; that never blocks.
                    if (!target.equals(table) && tables.contains(target)) {
                        referenced.add(target);
                    }
                }
            }
            references.put(table, referenced);
        }
        return references;
    }

    private static List<String> referrersFirst(Set<String> tables, Map<String, Set<String>> references) {
        List<String> order = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(tables.stream().sorted().toList());
        while (!remaining.isEmpty()) {
            // A table may go once no remaining table refers to it.
            List<String> free = remaining.stream()
                    .filter(table -> remaining.stream().noneMatch(other -> references.get(other).contains(table)))
                    .toList();
            if (free.isEmpty()) {
                throw new IllegalStateException("Foreign keys form a cycle among " + remaining
                        + "; emptying them needs deferred constraints, which Active Objects does not create");
            }
            order.addAll(free);
            free.forEach(remaining::remove);
        }
        return order;
    }
}
