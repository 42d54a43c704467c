package org.rapport.standalone.users;

import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.standalone.web.RequestContext;
import org.rapport.testing.TestDatabase;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * SAL's group question on the host: the signed-in user's groups come with their session (read once
 * per request, never kept past it); anybody else's are read from the group table.
 */
@Tag("database")
class HostUserManagerTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private UserStore users;
    private HostUserManager manager;
    private HostUser erin;

    @BeforeEach
    void setUp() throws SQLException {
        users = new UserStore(db.hostDatabase());
        users.createTables();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_GROUP_MEMBER");
            s.executeUpdate("DELETE FROM RAPPORT_HOST_USER");
        }
        erin = users.add("erin", "Erin", "erin@example.com", "erin-password", false, null);
        users.add("alice", "Alice", "alice@example.com", "alice-password", false, null);
        users.addToGroup("mentoring-coordinators", "alice");
        manager = new HostUserManager(users, "");
    }

    @AfterEach
    void unbind() {
        RequestContext.clear();
    }

    @Test
    void isUserInGroup_ofTheSignedInUser_answersFromTheGroupsReadWithTheSession() throws SQLException {
        RequestContext.bind(new RequestContext(mock(HttpServletRequest.class), mock(HttpServletResponse.class), erin, Locale.ENGLISH,
                Set.of("mentoring-coordinators")));
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_GROUP_MEMBER");
        }

        assertThat(manager.isUserInGroup(new UserKey("erin"), "mentoring-coordinators")).as("the request's groups").isTrue();
        assertThat(manager.isUserInGroup(new UserKey("erin"), "reviewers")).isFalse();
        assertThat(manager.isUserInGroup(new UserKey("alice"), "mentoring-coordinators")).as("somebody else: read now").isFalse();
    }

    @Test
    void isUserInGroup_withoutGroupsFromASession_readsTheGroupTable() {
        RequestContext.bind(new RequestContext(mock(HttpServletRequest.class), mock(HttpServletResponse.class), erin, Locale.ENGLISH));
        users.addToGroup("mentoring-coordinators", "erin");

        assertThat(manager.isUserInGroup(new UserKey("erin"), "mentoring-coordinators")).isTrue();
        assertThat(manager.isUserInGroup(new UserKey("alice"), "mentoring-coordinators")).isTrue();
        assertThat(manager.isUserInGroup(new UserKey("alice"), "reviewers")).isFalse();
    }
}
