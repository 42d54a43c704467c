package org.rapport.standalone.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.rapport.standalone.users.UserStore;
import org.rapport.testing.TestDatabase;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Sessions live in the database: a cookie is only a random key to a row that logout and friends delete. */
@Tag("database")
class SessionStoreTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @BeforeEach
    void empty() throws Exception {
        // The session is read with its user's groups (RAPPORT_HOST_GROUP_MEMBER): the host creates the user tables first.
        new UserStore(db.hostDatabase()).createTables();
        at(START).createTables();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_SESSION");
        }
    }

    private static SessionStore at(Instant now) {
        return new SessionStore(db.hostDatabase(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String signIn(SessionStore sessions, String userKey) {
        HttpServletResponse response = mock(HttpServletResponse.class);
        sessions.signIn(response, userKey, false);
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        verify(response).addHeader(eq("Set-Cookie"), header.capture());
        assertThat(header.getValue()).contains("HttpOnly", "SameSite=Lax", "Max-Age=43200");
        return header.getValue().substring(SessionStore.COOKIE.length() + 1, header.getValue().indexOf(';'));
    }

    private static HttpServletRequest sending(String cookie) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getCookies()).thenReturn(new Cookie[]{new Cookie(SessionStore.COOKIE, cookie)});
        return request;
    }

    @Test
    void aSession_holdsForTwelveHours_thenNot() {
        String cookie = signIn(at(START), "alice");

        assertThat(at(START.plus(Duration.ofHours(12)).minusSeconds(1)).current(sending(cookie))).map(HostSession::userKey).contains("alice");
        assertThat(at(START.plus(Duration.ofHours(12))).current(sending(cookie))).isEmpty();
    }

    /** Every page asks whether the viewer is in the coordinators' group: the answer comes with the session. */
    @Test
    void signedIn_readsTheUsersGroupsWithTheSession() {
        UserStore users = new UserStore(db.hostDatabase());
        users.addToGroup("mentoring-coordinators", "erin");
        users.addToGroup("reviewers", "erin");
        String erins = signIn(at(START), "erin");
        String alices = signIn(at(START), "alice");

        assertThat(at(START).signedIn(sending(erins))).hasValueSatisfying(s -> {
            assertThat(s.session().userKey()).isEqualTo("erin");
            assertThat(s.groups()).containsExactlyInAnyOrder("mentoring-coordinators", "reviewers");
        });
        assertThat(at(START).signedIn(sending(alices))).map(SessionStore.SignedIn::groups).contains(Set.of());
        assertThat(at(START.plus(Duration.ofHours(13))).signedIn(sending(erins))).isEmpty();
    }

    @Test
    void theDatabase_keepsOnlyTheHashOfTheCookie() throws Exception {
        String cookie = signIn(at(START), "alice");

        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID_HASH FROM RAPPORT_HOST_SESSION")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Secrets.sha256(cookie)).doesNotContain(cookie);
        }
    }

    @Test
    void endAllExcept_keepsOnlyTheGivenSession_andLeavesOthersUsersAlone() {
        SessionStore sessions = at(START);
        String kept = signIn(sessions, "alice");
        String other = signIn(sessions, "alice");
        String bobs = signIn(sessions, "bob");

        assertThat(sessions.endAllExcept("alice", sessions.current(sending(kept)).orElseThrow())).isEqualTo(1);

        assertThat(sessions.current(sending(kept))).isPresent();
        assertThat(sessions.current(sending(other))).isEmpty();
        assertThat(sessions.current(sending(bobs))).isPresent();
        assertThat(sessions.endAll("alice")).isEqualTo(1);
        assertThat(sessions.current(sending(kept))).isEmpty();
    }

    @Test
    void lastSeen_isWrittenAtMostOnceAMinute() {
        String cookie = signIn(at(START), "alice");

        at(START.plusSeconds(30)).current(sending(cookie));
        assertThat(at(START.plusSeconds(30)).of("alice")).singleElement().extracting(HostSession::lastSeen).isEqualTo(START);
        at(START.plusSeconds(90)).current(sending(cookie));
        assertThat(at(START.plusSeconds(90)).of("alice")).singleElement().extracting(HostSession::lastSeen).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void malformedCookies_openNothing() {
        signIn(at(START), "alice");

        assertThat(at(START).current(sending("x"))).isEmpty();
        assertThat(at(START).current(sending("A".repeat(43)))).isEmpty();
        assertThat(at(START).current(mock(HttpServletRequest.class))).isEmpty();
    }
}
