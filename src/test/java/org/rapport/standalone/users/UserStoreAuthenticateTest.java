package org.rapport.standalone.users;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with an unknown name costs what a real one does, so the time does not tell who exists. */
@Tag("database")
class UserStoreAuthenticateTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static UserStore users;

    @BeforeAll
    static void users() throws Exception {
        users = new UserStore(db.hostDatabase());
        users.createTables();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_USER");
        }
        users.add("alice", "Alice", null, "alice-password", false, null);
        users.add("gone", "Gone", null, "gone-password", false, null);
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE RAPPORT_HOST_USER SET IS_ACTIVE = FALSE WHERE USER_KEY = 'gone'");
        }
    }

    @Test
    void everyPath_spendsExactlyOnePasswordHash() {
        assertThat(users.authenticate("alice", "alice-password")).isPresent();
        assertThat(derivations(() -> users.authenticate("alice", "alice-password"))).as("right password").isEqualTo(1);
        assertThat(derivations(() -> users.authenticate("alice", "wrong"))).as("wrong password").isEqualTo(1);
        assertThat(derivations(() -> users.authenticate("nobody", "wrong"))).as("unknown user").isEqualTo(1);
        assertThat(derivations(() -> users.authenticate("gone", "gone-password"))).as("inactive user").isEqualTo(1);
        assertThat(derivations(() -> users.authenticate("alice", null))).as("no password").isEqualTo(1);
        assertThat(users.authenticate("gone", "gone-password")).isEmpty();
    }

    /**
     * The same in time, loosely: medians of several runs, and a bound (a third) far from today's
     * 10x gap, so that a busy machine does not make it flaky. The count above is the exact proof.
     */
    @Test
    void unknownUsers_takeAboutAsLongAsRealOnes() {
        long known = median(() -> users.authenticate("alice", "wrong"));
        long unknown = median(() -> users.authenticate("nobody", "wrong"));

        assertThat(unknown).as("median ns unknown vs known (%d)", known).isGreaterThan(known / 3);
    }

    private static long derivations(Runnable call) {
        long before = Passwords.derivations();
        call.run();
        return Passwords.derivations() - before;
    }

    private static long median(Runnable call) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
