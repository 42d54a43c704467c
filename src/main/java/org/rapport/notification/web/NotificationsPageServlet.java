package org.rapport.notification.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/notifications}: the caller's in-app notifications, newest first,
 * with "mark as read" and "mark all as read"; the page's script works through REST. The header
 * badge ({@code web/notification-badge.js}) links here.
 */
@LicensedOnly
public class NotificationsPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;

    @Inject
    public NotificationsPageServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        pages.render(response, "templates/notifications.vm", pages.restContext(request), "notifications");
    }
}
