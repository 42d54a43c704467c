package org.rapport.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the SQL a store sends costs on the test database, from its plan (H2 or PostgreSQL): which
 * index serves it and whether it sorts. Indexes are named by their table and columns, because
 * Active Objects names long ones by a hash ({@code index_ao_47c15b_rec1930935619}).
 */
public final class QueryPlans {
    /** An index by its table (without the prefix) and its columns, in order. */
    public record IndexOn(String table, String... columns) {
    }

    private final TestDatabase db;

    public QueryPlans(TestDatabase db) {
        this.db = db;
    }

    /**
     * Refreshes the planners' statistics of these tables (without the prefix). Any database past a
     * few thousand rows has them (H2 analyzes a table every 2,000 changes); without them H2's integer
     * costs tie between indexes that share a range condition and it takes the first one it finds.
     */
    public void analyze(String... tables) throws SQLException {
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            boolean postgres = isPostgres(c);
            for (String table : tables) {
                s.execute((postgres ? "ANALYZE " : "ANALYZE TABLE ") + "\"" + db.hostDatabase().tablePrefix() + table + "\"");
            }
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The first statement the call sends (the page query; loading an empty page's recipients sends none). */
    public String onlyStatement(Runnable call) {
        try (SqlCounter sql = db.countStatements()) {
            call.run();
            assertThat(sql.statements()).isNotEmpty();
            return sql.statements().get(0);
        }
    }

    /**
     * The statement looks up each value of an IN list in the index (H2 names the index with the IN
     * list; PostgreSQL, with sequential scans disabled, scans that index): it reads only the rows of
     * those values, and sorts them, since the index cannot order them across values.
     */
    public void assertLooksUpEach(String sql, IndexOn index, Object... parameters) throws SQLException {
        Plan plan = explained(sql, index, false, parameters);
        if (plan.postgres()) {
            assertThat(plan.text()).as("plan of %s", sql)
                    .containsPattern("(index (only )?scan( backward)? using|bitmap index scan on) \"?" + plan.index() + "\"?");
        } else {
            assertThat(plan.text()).as("plan of %s", sql).containsPattern("\\.\"?" + plan.index() + "\"?: [^\n]*in\\(");
        }
    }

    /**
     * The statement reads the first rows of the index walked backwards and never sorts: H2's plan
     * names the index and says {@code index sorted}; PostgreSQL's, with sequential scans, bitmap
     * scans and sorts disabled, is an index scan on it with no Sort node (a sort the index cannot
     * avoid would still appear).
     */
    public void assertWalksIndexWithoutSorting(String sql, IndexOn index, Object... parameters) throws SQLException {
        Plan plan = explained(sql, index, true, parameters);
        if (plan.postgres()) {
            assertThat(plan.text()).as("plan of %s", sql).containsPattern("index (only )?scan( backward)? using \"?" + plan.index() + "\"? on ")
                    .doesNotContain("sort");
        } else {
            assertThat(plan.text()).as("plan of %s", sql).containsPattern("\\.\"?" + plan.index() + "\"?: ")
                    .contains("/* index sorted */");
        }
    }

    /** A plan, lower case, with the name of the index on the given columns (as a pattern). */
    private record Plan(boolean postgres, String text, String index) {
    }

    /**
     * The plan of {@code sql} on the test database. On PostgreSQL sequential scans are disabled (and,
     * with {@code noSorts}, bitmap scans and sorts), so an index that can serve the query must show.
     */
    private Plan explained(String sql, IndexOn index, boolean noSorts, Object... parameters) throws SQLException {
        try (Connection c = db.hostDatabase().connection()) {
            boolean postgres = isPostgres(c);
            String name = Pattern.quote(indexNamed(c, index).toLowerCase(Locale.ROOT));
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (postgres) {
                    try (Statement s = c.createStatement()) {
                        // SET LOCAL: only for this transaction, which is rolled back; the pooled connection stays as it was.
                        s.execute("SET LOCAL enable_seqscan = off");
                        if (noSorts) {
                            s.execute("SET LOCAL enable_bitmapscan = off");
                            s.execute("SET LOCAL enable_sort = off");
                            s.execute("SET LOCAL enable_incremental_sort = off");
                        }
                    }
                }
                return new Plan(postgres, String.join("\n", explain(c, sql, parameters)).toLowerCase(Locale.ROOT), name);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The name of the index on exactly these columns, in this order (the migration must have created it). */
    private String indexNamed(Connection c, IndexOn index) throws SQLException {
        String table = db.hostDatabase().tablePrefix() + index.table();
        Map<String, TreeMap<Integer, String>> columnsByIndex = new HashMap<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), currentSchema(c), table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    columnsByIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                            .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        List<String> wanted = List.of(index.columns());
        return columnsByIndex.entrySet().stream().filter(e -> new ArrayList<>(e.getValue().values()).equals(wanted))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no index on " + table + " " + wanted + ", only " + columnsByIndex));
    }

    /** The schema unqualified names resolve in (the pool's connection wrapper has no getSchema()). */
    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_SCHEMA")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> explain(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        return lines;
    }
}
