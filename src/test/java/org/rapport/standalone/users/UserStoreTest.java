package org.rapport.standalone.users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's user directory at scale, on H2 and PostgreSQL: a username lookup (every sign-in and
 * host page) reads the index on the lower-cased name instead of scanning the table, also on a
 * database created before that index existed; the dashboard's people come a bounded page at a
 * time, forwards and back, through the name index.
 */
@Tag("database")
class UserStoreTest {
    private static final int PEOPLE = 3000;

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private UserStore users;

    @BeforeEach
    void setUp() throws SQLException {
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS RAPPORT_HOST_USER");
            // The table as hosts before the index made it: no USERNAME_LOWER.
            s.execute("CREATE TABLE RAPPORT_HOST_USER (USER_KEY VARCHAR(64) PRIMARY KEY, USERNAME VARCHAR(255) NOT NULL UNIQUE,"
                    + " DISPLAY_NAME VARCHAR(255) NOT NULL, EMAIL VARCHAR(255), PASSWORD_HASH VARCHAR(512) NOT NULL,"
                    + " MANAGER_KEY VARCHAR(64), IS_ADMIN BOOLEAN NOT NULL, IS_ACTIVE BOOLEAN NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RAPPORT_HOST_USER VALUES (?, ?, ?, ?, 'x', NULL, FALSE, ?)")) {
                for (int i = 0; i < PEOPLE; i++) {
                    ps.setString(1, "user" + i);
                    ps.setString(2, "User" + i);
                    ps.setString(3, "Person " + String.format(Locale.ROOT, "%05d", i % 1000) + (i % 3 == 0 ? "" : " " + i));
                    ps.setString(4, "user" + i + "@example.com");
                    ps.setBoolean(5, i % 10 != 9);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        users = new UserStore(db.hostDatabase());
        users.createTables();
        analyze();
    }

    @Test
    void byUsername_ignoresCase_onRowsWrittenBeforeTheColumnExisted() {
        assertThat(users.byUsername("USER42")).map(HostUser::key).contains("user42");
        assertThat(users.byUsername("user42")).map(HostUser::key).contains("user42");
        assertThat(users.byUsername("nobody")).isEmpty();
    }

    @Test
    void byUsername_findsUsersAddedLater() {
        users.add("NewPerson", "New Person", "n@example.com", "pw", false, null);

        assertThat(users.byUsername("newperson")).map(HostUser::username).contains("NewPerson");
    }

    @Test
    void byUsername_readsTheLowerCaseNameIndex() throws SQLException {
        String plan = plan(UserStore.BY_USERNAME, "user42");

        assertThat(plan).as("plan of %s", UserStore.BY_USERNAME).containsIgnoringCase("RAPPORT_HOST_USER_LOWER")
                .doesNotContainIgnoringCase("tableScan").doesNotContainIgnoringCase("Seq Scan");
    }

    /**
     * Pages show many people and ask for each by key: the store answers a user it read in the last
     * five seconds from memory (the row below was renamed behind its back), then reads again.
     */
    @Test
    void byKey_answersFromMemoryForFiveSeconds_thenReadsAgain() throws SQLException {
        long[] now = {0};
        UserStore store = new UserStore(db.hostDatabase(), () -> now[0]);
        assertThat(store.byKey("user7")).map(HostUser::displayName).contains("Person 00007 7");
        rename("user7", "Renamed Seven");

        assertThat(store.byKey("user7")).map(HostUser::displayName).contains("Person 00007 7");
        assertThat(store.byUsername("USER7")).map(HostUser::displayName).as("by name: remembered from the read by key")
                .contains("Person 00007 7");
        now[0] += 5_000_000_001L;
        assertThat(store.byKey("user7")).map(HostUser::displayName).contains("Renamed Seven");
    }

    /** A profile page finds its person by name, then its panels ask for them by key: one read, not two. */
    @Test
    void byUsername_remembersTheUserByKeyToo() throws SQLException {
        UserStore store = new UserStore(db.hostDatabase(), () -> 0L);
        assertThat(store.byUsername("USER10")).map(HostUser::displayName).contains("Person 00010 10");
        rename("user10", "Renamed Ten");

        assertThat(store.byKey("user10")).map(HostUser::displayName).as("by key: remembered from the read by name")
                .contains("Person 00010 10");
    }

    @Test
    void byKey_forgetsWhatItRemembered_whenTheStoreWrites() throws SQLException {
        UserStore store = new UserStore(db.hostDatabase(), () -> 0L);
        assertThat(store.byKey("user8")).isPresent();
        rename("user8", "Renamed Eight");

        store.putSetting("any", "change");

        assertThat(store.byKey("user8")).map(HostUser::displayName).contains("Renamed Eight");
    }

    private static void rename(String key, String name) throws SQLException {
        try (Connection c = db.hostDatabase().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE RAPPORT_HOST_USER SET DISPLAY_NAME = ? WHERE USER_KEY = ?")) {
            ps.setString(1, name);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    @Test
    void page_walksForwardAndBack_overActiveUsersInNameOrder() {
        List<HostUser> all = new ArrayList<>();
        UserPage page = users.page(null, true, 100);
        assertThat(page.hasPrevious()).isFalse();
        all.addAll(page.people());
        while (page.hasNext()) {
            assertThat(page.people()).hasSize(100);
            page = users.page(page.people().get(page.people().size() - 1).key(), true, 100);
            assertThat(page.hasPrevious()).isTrue();
            all.addAll(page.people());
        }
        assertThat(all).hasSize(PEOPLE - PEOPLE / 10).allMatch(HostUser::active).doesNotHaveDuplicates();
        assertThat(all).extracting(HostUser::displayName).isSortedAccordingTo(String::compareTo);

        UserPage back = users.page(page.people().get(0).key(), false, 100);
        assertThat(back.people()).isEqualTo(all.subList(all.size() - page.people().size() - 100, all.size() - page.people().size()));
        assertThat(back.hasNext()).isTrue();
        assertThat(back.hasPrevious()).isTrue();
    }

    @Test
    void page_ofAnUnknownBoundary_isTheFirstPage() {
        assertThat(users.page("no-such-key", true, 10).people()).isEqualTo(users.page(null, true, 10).people());
    }

    @Test
    void pageAfter_readsTheNameIndex() throws SQLException {
        String name = "Person 00500";
        String plan = plan(UserStore.PAGE_AFTER, true, name, name, name, "user500", 51);

        assertThat(plan).as("plan of %s", UserStore.PAGE_AFTER).containsIgnoringCase("RAPPORT_HOST_USER_BY_NAME")
                .doesNotContainIgnoringCase("tableScan").doesNotContainIgnoringCase("Seq Scan");
    }

    private void analyze() throws SQLException {
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.execute(postgres(c) ? "ANALYZE RAPPORT_HOST_USER" : "ANALYZE TABLE RAPPORT_HOST_USER");
        }
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The plan as the planner chooses it, with real statistics (no planner settings changed). */
    private static String plan(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.hostDatabase().connection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            StringBuilder text = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1)).append('\n');
                }
            }
            return text.toString();
        }
    }
}
