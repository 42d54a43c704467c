package org.rapport.recognition.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
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

/** {@code /plugins/servlet/rapport/feed}: recognitions newest first; the page's script reads REST. */
@LicensedOnly
public class FeedPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient OrgChart org;
    private final transient LeaderboardService leaderboards;

    @Inject
    public FeedPageServlet(Pages pages, OrgChart org, LeaderboardService leaderboards) {
        this.pages = pages;
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
        context.put("manager", org.isManager(actor.get().userKey()));
        context.put("leaderboardVisible", leaderboards.maySee(actor.get()));
        pages.render(response, "templates/feed.vm", context, "feed");
    }
}
