package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed pages and the leaderboard read the first rows of an index walked backwards and never
 * sort: the SQL the stores send is explained on the test database. On H2 the plan must name the
 * index and say {@code index sorted} (H2 sorted every public recognition before, ~1 s at 100,000);
 * on PostgreSQL, with sequential scans and sorts disabled for the explain, the plan must be an index
 * scan on the index with no Sort node at all (a sort that the index cannot avoid would still appear).
 */
@Tag("database")
class FeedAndLeaderboardPlanTest {
    private static final Instant AT = Instant.parse("2025-03-12T10:00:00Z");
    // An index by its table and columns: AO names long ones by a hash (index_ao_47c15b_rec1930935619).
    private static final IndexOn FEED = new IndexOn("RECOGNITION", "SHOWN_PUBLICLY", "CREATED_AT", "ID");
    private static final IndexOn GIVEN = new IndexOn("RECOGNITION", "GIVER_KEY", "CREATED_AT", "ID");
    private static final IndexOn RECEIVED = new IndexOn("RECIPIENT", "RECIPIENT_KEY", "CREATED_AT", "RECOGNITION_ID");
    private static final IndexOn BOARD = new IndexOn("TALLY", "BOARD", "TALLY", "SUBJECT");

    private record IndexOn(String table, String... columns) {
    }

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionStore store;
    private TallyStore tallies;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        store = new RecognitionStore(db.activeObjects());
        tallies = new TallyStore(db.activeObjects());
    }

    @Test
    void publicFeed_firstPage_walksTheFeedIndex_withoutSorting() throws SQLException {
        String sql = onlyStatement(() -> store.publicPage(List.of(), null, 20));

        assertWalksIndexWithoutSorting(sql, FEED, true);
    }

    @Test
    void publicFeed_pageAfterACursor_walksTheFeedIndex_withoutSorting() throws SQLException {
        String sql = onlyStatement(() -> store.publicPage(List.of(), new FeedCursor(AT, 42), 20));

        Timestamp at = Timestamp.from(AT);
        assertWalksIndexWithoutSorting(sql, FEED, true, at, at, at, 42);
    }

    @Test
    void receivedFeed_ofAPerson_walksTheReceivedIndex_withoutSorting() throws SQLException {
        String sql = onlyStatement(() -> store.receivedPage("bob-key", new RecognitionStore.PageFilter(List.of(), true), null, 20));

        assertWalksIndexWithoutSorting(sql, RECEIVED, "bob-key", true);
    }

    @Test
    void givenFeed_ofAPerson_walksTheGivenIndex_withoutSorting() throws SQLException {
        String sql = onlyStatement(() -> store.givenPage("bob-key", new RecognitionStore.PageFilter(List.of(), false), null, 20));

        assertWalksIndexWithoutSorting(sql, GIVEN, "bob-key", false);
    }

    @Test
    void leaderboard_walksTheBoardIndex_withoutSorting() throws SQLException {
        String sql = onlyStatement(() -> tallies.top("R|Q2025-1|0", 10));

        assertWalksIndexWithoutSorting(sql, BOARD, "R|Q2025-1|0");
    }

    /** The first statement the call sends (the page query; loading an empty page's recipients sends none). */
    private static String onlyStatement(Runnable call) {
        try (SqlCounter sql = db.countStatements()) {
            call.run();
            assertThat(sql.statements()).isNotEmpty();
            return sql.statements().get(0);
        }
    }

    private static void assertWalksIndexWithoutSorting(String sql, IndexOn index, Object... parameters) throws SQLException {
        try (Connection c = db.hostDatabase().connection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String name = Pattern.quote(indexNamed(c, index).toLowerCase(Locale.ROOT));
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (postgres) {
                    try (Statement s = c.createStatement()) {
                        // SET LOCAL: only for this transaction, which is rolled back; the pooled connection stays as it was.
                        s.execute("SET LOCAL enable_seqscan = off");
                        s.execute("SET LOCAL enable_bitmapscan = off");
                        s.execute("SET LOCAL enable_sort = off");
                        s.execute("SET LOCAL enable_incremental_sort = off");
                    }
                }
                List<String> plan = explain(c, sql, parameters);
                String text = String.join("\n", plan).toLowerCase(Locale.ROOT);
                if (postgres) {
                    assertThat(text).as("plan of %s", sql).containsPattern("index (only )?scan( backward)? using \"?" + name + "\"? on ")
                            .doesNotContain("sort");
                } else {
                    assertThat(text).as("plan of %s", sql).containsPattern("\\.\"?" + name + "\"?: ")
                            .contains("/* index sorted */");
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The name of the index on exactly these columns, in this order (the migration must have created it). */
    private static String indexNamed(Connection c, IndexOn index) throws SQLException {
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
