package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.QueryPlans;
import org.rapport.testing.QueryPlans.IndexOn;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed pages and the leaderboard read the first rows of an index walked backwards and never
 * sort: the SQL the stores send is explained on the test database. On H2 the plan must name the
 * index and say {@code index sorted} (H2 sorted every public recognition before, ~1 s at 100,000);
 * on PostgreSQL, with sequential scans and sorts disabled for the explain, the plan must be an index
 * scan on the index with no Sort node at all (a sort that the index cannot avoid would still appear).
 * The team feed, which no single index orders, must look each member up in the {@code given} and
 * {@code received} indexes instead of walking the whole feed (it sorts only the members' rows).
 */
@Tag("database")
class FeedAndLeaderboardPlanTest {
    private static final Instant AT = Instant.parse("2025-03-12T10:00:00Z");
    // An index by its table and columns: AO names long ones by a hash (index_ao_47c15b_rec1930935619).
    private static final IndexOn FEED = new IndexOn("RECOGNITION", "SHOWN_PUBLICLY", "CREATED_AT", "ID");
    private static final IndexOn GIVEN = new IndexOn("RECOGNITION", "GIVER_KEY", "CREATED_AT", "ID");
    private static final IndexOn CATEGORY = new IndexOn("RECOGNITION", "CATEGORY_ID", "SHOWN_PUBLICLY", "CREATED_AT", "ID");
    private static final IndexOn RECEIVED = new IndexOn("RECIPIENT", "RECIPIENT_KEY", "CREATED_AT", "RECOGNITION_ID");
    private static final IndexOn BOARD = new IndexOn("TALLY", "BOARD", "TALLY", "SUBJECT");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final QueryPlans plans = new QueryPlans(db);

    private RecognitionStore store;
    private Tallies tallies;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() throws SQLException {
        store = new RecognitionStore(db.activeObjects());
        tallies = new Tallies(new TallyStore(db.activeObjects()));
        seedAndAnalyze();
    }

    /**
     * Rows the planners can reason about: 3,000 recognitions by 200 givers in 6 categories over two
     * years, a recipient each, then ANALYZE. Any database past a few thousand rows has statistics
     * (H2 analyzes a table every 2,000 changes); on empty tables without them H2's integer costs tie
     * between indexes sharing a range condition and it takes the first one it finds.
     */
    private static void seedAndAnalyze() throws SQLException {
        String prefix = db.hostDatabase().tablePrefix();
        String recognition = "\"" + prefix + "RECOGNITION\"";
        String recipient = "\"" + prefix + "RECIPIENT\"";
        try (Connection c = db.hostDatabase().connection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement("INSERT INTO " + recognition + " (\"GIVER_KEY\", \"CATEGORY_ID\", \"MESSAGE\","
                    + " \"VISIBILITY\", \"SHOWN_PUBLICLY\", \"HIDDEN\", \"CREATED_AT\", \"UPDATED_AT\", \"ALLOWANCE_SLOT\", \"IDEMPOTENCY_KEY\")"
                    + " VALUES (?, ?, 'seed', ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO " + recipient + " (\"RECOGNITION_ID\", \"RECIPIENT_KEY\", \"CREATED_AT\","
                         + " \"SHOWN_PUBLICLY\", \"CATEGORY_ID\", \"HIDDEN\") VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 3000; i++) {
                    boolean shown = i % 10 != 0;
                    Timestamp at = Timestamp.from(AT.minusSeconds(i * 21_000L));
                    r.setString(1, "giver-" + i % 200);
                    r.setInt(2, 1 + i % 6);
                    r.setString(3, shown ? "PUBLIC" : "PRIVATE");
                    r.setBoolean(4, shown);
                    r.setBoolean(5, false);
                    r.setTimestamp(6, at);
                    r.setTimestamp(7, at);
                    r.setString(8, "seed|" + i);
                    r.setString(9, "seed|" + i);
                    r.addBatch();
                    p.setInt(1, 100_000 + i);
                    p.setString(2, "recipient-" + i % 300);
                    p.setTimestamp(3, at);
                    p.setBoolean(4, shown);
                    p.setInt(5, 1 + i % 6);
                    p.setBoolean(6, false);
                    p.addBatch();
                }
                r.executeBatch();
                p.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        plans.analyze("RECOGNITION", "RECIPIENT");
    }

    @Test
    void publicFeed_firstPage_walksTheFeedIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.publicPage(List.of(), null, 20));

        plans.assertWalksIndexWithoutSorting(sql, FEED, true);
    }

    @Test
    void publicFeed_pageAfterACursor_walksTheFeedIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.publicPage(List.of(), new FeedCursor(AT, 42), 20));

        Timestamp at = Timestamp.from(AT);
        plans.assertWalksIndexWithoutSorting(sql, FEED, true, at, at, at, 42);
    }

    @Test
    void publicFeed_ofOneCategory_walksTheCategoryIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.publicPage(List.of(3L), null, 20));

        plans.assertWalksIndexWithoutSorting(sql, CATEGORY, 3, true);
    }

    @Test
    void publicFeed_ofOneCategory_pageAfterACursor_walksTheCategoryIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.publicPage(List.of(3L), new FeedCursor(AT, 42), 20));

        Timestamp at = Timestamp.from(AT);
        plans.assertWalksIndexWithoutSorting(sql, CATEGORY, 3, true, at, at, at, 42);
    }

    @Test
    void publicFeed_ofSeveralCategories_walksTheFeedIndex_keepingTheirsOnTheWay_withoutSorting() throws SQLException {
        // Milestones only with several milestone categories: sorting every recognition of the
        // categories (what H2 does with an IN list on the category index) is what this avoids.
        String sql = plans.onlyStatement(() -> store.publicPage(List.of(3L, 5L, 8L), null, 20));

        plans.assertWalksIndexWithoutSorting(sql, FEED, true, 3, 5, 8, true);
    }

    @Test
    void teamFeed_looksUpEachMember_inTheGivenAndReceivedIndexes_notTheWholeFeed() throws SQLException {
        List<String> statements;
        try (SqlCounter sql = db.countStatements()) {
            store.teamPage(List.of("bob-key", "carol-key", "dave-key"), List.of(), new FeedCursor(AT, 42), 20);
            statements = sql.statements();
        }
        assertThat(statements).as("what they gave, what they received (an empty page loads no recipients)").hasSize(2);
        Timestamp at = Timestamp.from(AT);
        Object[] parameters = {"bob-key", "carol-key", "dave-key", true, at, at, at, 42};
        plans.assertLooksUpEach(statements.get(0), GIVEN, parameters);
        plans.assertLooksUpEach(statements.get(1), RECEIVED, parameters);
    }

    @Test
    void receivedFeed_ofAPerson_walksTheReceivedIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.receivedPage("bob-key", new RecognitionStore.PageFilter(List.of(), true), null, 20));

        plans.assertWalksIndexWithoutSorting(sql, RECEIVED, "bob-key", true);
    }

    @Test
    void givenFeed_ofAPerson_walksTheGivenIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.givenPage("bob-key", new RecognitionStore.PageFilter(List.of(), false), null, 20));

        plans.assertWalksIndexWithoutSorting(sql, GIVEN, "bob-key", false);
    }

    @Test
    void leaderboard_walksTheBoardIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> tallies.top("R|Q2025-1|0", 10));

        plans.assertWalksIndexWithoutSorting(sql, BOARD, "R|Q2025-1|0");
    }
}
