package org.rapport.notification.web;

import org.rapport.platform.web.PersonPanel;
import org.rapport.platform.web.PanelContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.notification.NotificationService;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import java.util.Map;

/**
 * Context for the unread-notifications line on one's own Jira user profile
 * ({@code webpanels.user.profile.summary.custom}); on anybody else's profile it shows nothing and
 * reads nothing. One COUNT on one's own profile. Its own panel because notifications are their own
 * room and the recognition panel already spends its four statements.
 */
public class UnreadProfilePanel extends PersonPanel {
    private final NotificationService notifications;
    private final ApplicationProperties application;

    @Inject
    public UnreadProfilePanel(PanelContext panels, NotificationService notifications, @ComponentImport ApplicationProperties application) {
        super(panels);
        this.notifications = notifications;
        this.application = application;
    }

    @Override
    protected void fillForNobody(Map<String, Object> result) {
        result.put("showUnread", false);
        result.put("unread", 0);
        result.put("notificationsUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/notifications");
    }

    @Override
    protected void fill(Map<String, Object> result, String shownKey, Actor viewer) {
        boolean self = viewer != null && viewer.userKey().equals(shownKey);
        result.put("showUnread", self);
        result.put("unread", self ? notifications.unread(viewer) : 0);
        result.put("notificationsUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/notifications");
    }
}
