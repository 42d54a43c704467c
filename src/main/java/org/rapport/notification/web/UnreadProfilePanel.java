package org.rapport.notification.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.notification.NotificationService;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Context for the unread-notifications line on one's own Jira user profile
 * ({@code webpanels.user.profile.summary.custom}); on anybody else's profile it shows nothing and
 * reads nothing. One COUNT on one's own profile. Its own panel because notifications are their own
 * room and the recognition panel already spends its four statements.
 */
public class UnreadProfilePanel implements com.atlassian.plugin.web.ContextProvider {
    private final NotificationService notifications;
    private final ApplicationProperties application;

    @Inject
    public UnreadProfilePanel(NotificationService notifications, @ComponentImport ApplicationProperties application) {
        this.notifications = notifications;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the profile context.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        boolean self = context.get("profileUser") instanceof ApplicationUser shown
                && context.get("currentUser") instanceof ApplicationUser viewer && viewer.getKey().equals(shown.getKey());
        result.put("showUnread", self);
        result.put("unread", self ? notifications.unread(new Actor(((ApplicationUser) context.get("currentUser")).getKey())) : 0);
        result.put("notificationsUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/notifications");
        return result;
    }
}
