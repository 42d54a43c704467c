package org.rapport.help;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.QueryPlans;
import org.rapport.testing.QueryPlans.IndexOn;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ledger's lists (a person's help given or received in one status, the help linked to an issue)
 * read the first rows of their index walked backwards and never sort, explained on H2 and
 * PostgreSQL over 3,000 analysed entries. Before, the index ended at the day and the ORDER BY did
 * not start with its first column, so H2 sorted every entry of a busy helper (a p95 of ~25 ms at
 * full scale for the 100 busiest).
 */
@Tag("database")
class HelpPagePlanTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private static final IndexOn GIVEN = new IndexOn("HELP_ENTRY", "HELPER_KEY", "STATUS", "HELPED_ON", "ID");
    private static final IndexOn RECEIVED = new IndexOn("HELP_ENTRY", "HELPED_KEY", "STATUS", "HELPED_ON", "ID");
    private static final IndexOn TARGET = new IndexOn("HELP_ENTRY", "LINK_TARGET", "STATUS", "HELPED_ON", "ID");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final QueryPlans plans = new QueryPlans(db);

    private HelpStore store;

    @BeforeAll
    static void schema() {
        HelpFixture.migrate(db);
    }

    @BeforeEach
    void setUp() throws SQLException {
        store = new HelpStore(db.activeObjects());
        String table = "\"" + db.hostDatabase().tablePrefix() + "HELP_ENTRY\"";
        try (Connection c = db.hostDatabase().connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (\"HELPER_KEY\", \"HELPED_KEY\", \"LOGGED_BY_KEY\","
                     + " \"STATUS\", \"SUMMARY\", \"KIND_ID\", \"LINK_TARGET\", \"MINUTES\", \"HELPED_ON\", \"CREATED_AT\")"
                     + " VALUES (?, ?, ?, ?, 'seed', 1, ?, 30, ?, ?)")) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            for (int i = 0; i < 3000; i++) {
                ps.setString(1, "helper-" + i % 150);
                ps.setString(2, "helped-" + i % 170);
                ps.setString(3, "helper-" + i % 150);
                ps.setString(4, i % 5 == 0 ? "PENDING" : "CONFIRMED");
                ps.setString(5, "RAP-" + i % 400);
                ps.setString(6, DAY.minusDays(i % 700).toString());
                ps.setTimestamp(7, Timestamp.from(Instant.parse("2026-03-12T10:00:00Z")));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
            c.setAutoCommit(autoCommit);
        }
        plans.analyze("HELP_ENTRY");
    }

    @Test
    void helpGiven_firstPage_walksTheGivenIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.page("helper-7", true, HelpStatus.CONFIRMED, null, 20));

        plans.assertWalksIndexWithoutSorting(sql, GIVEN, "helper-7", "CONFIRMED");
    }

    @Test
    void helpGiven_pageAfterACursor_walksTheGivenIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.page("helper-7", true, HelpStatus.CONFIRMED, new HelpCursor(DAY, 42), 20));

        String day = DAY.toString();
        plans.assertWalksIndexWithoutSorting(sql, GIVEN, "helper-7", "CONFIRMED", day, day, day, 42);
    }

    @Test
    void helpReceived_firstPage_walksTheReceivedIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.page("helped-7", false, HelpStatus.PENDING, null, 20));

        plans.assertWalksIndexWithoutSorting(sql, RECEIVED, "helped-7", "PENDING");
    }

    @Test
    void helpLinkedToAnIssue_walksTheTargetIndex_withoutSorting() throws SQLException {
        String sql = plans.onlyStatement(() -> store.forTarget("RAP-7", HelpStatus.CONFIRMED, 10));

        plans.assertWalksIndexWithoutSorting(sql, TARGET, "RAP-7", "CONFIRMED");
    }
}
