package org.rapport.standalone.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.standalone.users.Passwords;
import org.rapport.standalone.users.UserStore;
import org.rapport.testing.Race;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins are throttled in the database, and a Basic check is remembered only while the password holds. */
@Tag("database")
class PasswordSignInTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String HERE = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";
    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));
    private UserStore users;
    private PasswordSignIn signIn;

    @BeforeEach
    void setUp() throws Exception {
        users = new UserStore(db.hostDatabase());
        users.createTables();
        Authentication auth = Authentication.open(db.hostDatabase(), users, clock);
        signIn = auth.passwords();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_SIGNIN_FAILURE");
            s.executeUpdate("DELETE FROM RAPPORT_HOST_USER");
        }
        users.add("alice", "Alice", "alice@example.com", "alice-password", false, null);
        users.add("bob", "Bob", "bob@example.com", "bob-password", false, null);
    }

    @Test
    void fiveWrongPasswords_thenEvenTheRightOneIsRefused_untilTheBlockPasses() {
        for (int i = 0; i < SignInThrottle.USER_LIMIT; i++) {
            assertThat(signIn.signIn("alice", "guess-" + i, HERE)).isInstanceOf(PasswordSignIn.Refused.class);
        }

        PasswordSignIn.Outcome blocked = signIn.signIn("alice", "alice-password", ELSEWHERE);

        assertThat(blocked).isInstanceOf(PasswordSignIn.Throttled.class);
        assertThat(((PasswordSignIn.Throttled) blocked).seconds()).isEqualTo(60);
        assertThat(signIn.basic("alice", "alice-password", ELSEWHERE)).as("Basic too").isInstanceOf(PasswordSignIn.Throttled.class);
        clock.advance(Duration.ofSeconds(59));
        assertThat(signIn.signIn("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.Throttled.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn.signIn("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void eachFailureAfterABlock_doublesTheNextBlock() {
        for (int i = 0; i < SignInThrottle.USER_LIMIT; i++) {
            signIn.signIn("alice", "guess-" + i, HERE);
        }
        clock.advance(Duration.ofSeconds(61));

        assertThat(signIn.signIn("alice", "one-more", HERE)).isInstanceOf(PasswordSignIn.Refused.class);

        PasswordSignIn.Outcome blocked = signIn.signIn("alice", "alice-password", HERE);
        assertThat(blocked).isInstanceOf(PasswordSignIn.Throttled.class);
        assertThat(((PasswordSignIn.Throttled) blocked).seconds()).isEqualTo(120);
    }

    @Test
    void theCount_isForgottenFifteenMinutesAfterTheLastFailure() {
        for (int i = 0; i < SignInThrottle.USER_LIMIT - 1; i++) {
            signIn.signIn("alice", "guess-" + i, HERE);
        }
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));

        signIn.signIn("alice", "guess-again", HERE);

        assertThat(signIn.signIn("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void unknownNames_areThrottledExactlyLikeRealOnes() {
        for (int i = 0; i < SignInThrottle.USER_LIMIT; i++) {
            assertThat(signIn.signIn("nobody-at-all", "guess-" + i, HERE)).isInstanceOf(PasswordSignIn.Refused.class);
        }

        assertThat(signIn.signIn("nobody-at-all", "guess", HERE)).isInstanceOf(PasswordSignIn.Throttled.class);
    }

    @Test
    void manyFailuresFromOneAddress_blockThatAddressForEveryName_butNotOthers() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            signIn.signIn("sprayed-" + (i % 6), "guess-" + i, HERE);
        }

        assertThat(signIn.signIn("bob", "bob-password", HERE)).isInstanceOf(PasswordSignIn.Throttled.class);
        assertThat(signIn.signIn("bob", "bob-password", ELSEWHERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void aSuccessfulSignIn_clearsTheNamesCount() {
        for (int i = 0; i < SignInThrottle.USER_LIMIT - 1; i++) {
            signIn.signIn("alice", "guess-" + i, HERE);
        }
        assertThat(signIn.signIn("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);

        signIn.signIn("alice", "one-slip", HERE);

        assertThat(signIn.signIn("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void basic_checksThePasswordOncePerMinute_notOnEveryRequest() {
        assertThat(signIn.basic("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
        long before = Passwords.derivations();

        for (int i = 0; i < 5; i++) {
            assertThat(signIn.basic("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
        }
        assertThat(Passwords.derivations() - before).as("PBKDF2 runs within the minute").isZero();

        clock.advance(PasswordSignIn.REMEMBERED.plusSeconds(1));
        assertThat(signIn.basic("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
        assertThat(Passwords.derivations() - before).as("checked again after the minute").isEqualTo(1);
    }

    @Test
    void basic_wrongPasswordsAreNeverRemembered() {
        signIn.basic("alice", "alice-password", HERE);
        long before = Passwords.derivations();

        assertThat(signIn.basic("alice", "not-it", HERE)).isInstanceOf(PasswordSignIn.Refused.class);
        assertThat(signIn.basic("alice", "not-it", HERE)).isInstanceOf(PasswordSignIn.Refused.class);

        assertThat(Passwords.derivations() - before).isEqualTo(2);
    }

    @Test
    void basic_aRememberedPassword_stopsWorkingAtOnceWhenThePasswordChanges() {
        assertThat(signIn.basic("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);

        users.changePassword("alice", "a-new-password");

        assertThat(signIn.basic("alice", "alice-password", HERE)).isInstanceOf(PasswordSignIn.Refused.class);
        assertThat(signIn.basic("alice", "a-new-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);
    }

    @Test
    void basic_aRememberedPassword_doesNotOpenAnotherAccount() {
        users.add("carol", "Carol", "carol@example.com", "shared-password", false, null);
        users.add("dave", "Dave", "dave@example.com", "other-password", false, null);
        assertThat(signIn.basic("carol", "shared-password", HERE)).isInstanceOf(PasswordSignIn.SignedIn.class);

        assertThat(signIn.basic("dave", "shared-password", HERE)).isInstanceOf(PasswordSignIn.Refused.class);
    }

    @Test
    void failuresCountedAtOnceOnTwoNodes_areAllCounted() throws Exception {
        SignInThrottle nodeA = new SignInThrottle(db.hostDatabase(), clock);
        SignInThrottle nodeB = new SignInThrottle(db.hostDatabase(), clock);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.USER_LIMIT; i++) {
            SignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
            calls.add(() -> {
                node.failed("raced", HERE);
                return true;
            });
        }

        assertThat(Race.run(calls)).allMatch(Race.Outcome::succeeded);

        assertThat(nodeA.blocked("raced", ELSEWHERE)).as("the fifth failure blocks, whichever node counted it").isPresent();
    }

    /** A UTC clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
