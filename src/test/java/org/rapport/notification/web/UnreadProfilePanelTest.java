package org.rapport.notification.web;

import org.rapport.product.jira.JiraPanelContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The unread line on one's own profile: one COUNT there, nothing shown or read on anybody else's. */
@Tag("database")
class UnreadProfilePanelTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private UnreadProfilePanel panel;

    @BeforeAll
    static void schema() {
        db.migrate(NotificationEntity.class);
    }

    @BeforeEach
    void setUp() {
        SystemClock clock = new SystemClock(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        NotificationService notifications = new NotificationService(new NotificationStore(db.activeObjects()),
                new Transactions(db.activeObjects()), clock);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        panel = new UnreadProfilePanel(new JiraPanelContext(), notifications, application);
    }

    @Test
    void ownProfile_showsTheUnreadCount_inOneStatement() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(context("bob", "bob"))).containsEntry("showUnread", true).containsEntry("unread", 0)
                    .containsEntry("notificationsUrl", "/jira/plugins/servlet/rapport/notifications");
            assertThat(sql.statements()).hasSize(1);
        }
    }

    @Test
    void someoneElsesProfile_showsNothing_andReadsNothing() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(context("bob", "erin"))).containsEntry("showUnread", false);
            assertThat(panel.getContextMap(new HashMap<>())).containsEntry("showUnread", false);
            assertThat(sql.statements()).isEmpty();
        }
    }

    private static Map<String, Object> context(String profile, String viewer) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", user(profile));
        context.put("currentUser", user(viewer));
        return context;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }
}
