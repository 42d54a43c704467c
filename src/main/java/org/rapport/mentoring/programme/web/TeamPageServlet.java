package org.rapport.mentoring.programme.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.mentoring.programme.TeamMentoring;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/mentoring/team}: "My team", for managers (the 403 page for anybody
 * else). The page's script reads {@code GET /rest/rapport/1.0/mentoring/team}.
 */
@LicensedOnly
public class TeamPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient TeamMentoring team;

    @Inject
    public TeamPageServlet(Pages pages, TeamMentoring team) {
        this.pages = pages;
        this.team = team;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        if (!team.isManager(actor.get())) {
            pages.forbidden(response);
            return;
        }
        pages.render(response, "templates/mentoring-team.vm", pages.restContext(request), "mentoring-team");
    }
}
