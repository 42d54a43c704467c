package org.rapport.recognition.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.recognition.LeaderboardService;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/feed[?link=KEY]}: recognitions newest first, optionally only
 * those linked to one issue or address; the page's script reads REST.
 */
@LicensedOnly
public class FeedPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient Permissions permissions;
    private final transient OrgChart org;
    private final transient LeaderboardService leaderboards;

    @Inject
    public FeedPageServlet(Pages pages, Permissions permissions, OrgChart org, LeaderboardService leaderboards) {
        this.pages = pages;
        this.permissions = permissions;
        this.org = org;
        this.leaderboards = leaderboards;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("userKey", actor.get().userKey());
        context.put("link", RecognisePageServlet.prefilledLink(request.getParameter("link")));
        // Only picks the card action (Hide or Report); the REST API checks again.
        context.put("admin", String.valueOf(permissions.isAdmin(actor.get())));
        context.put("manager", org.isManager(actor.get().userKey()));
        context.put("leaderboardVisible", leaderboards.maySee(actor.get()));
        pages.render(response, "templates/feed.vm", context, "feed");
    }
}
