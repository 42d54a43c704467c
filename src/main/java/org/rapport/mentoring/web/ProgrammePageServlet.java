package org.rapport.mentoring.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.mentoring.MentoringSettingsService;
import org.rapport.mentoring.MentorshipStatus;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/mentoring/programme}: the coordinator's page (admins and the
 * coordinator group; the 403 page for others): health, pairings, export and match everyone waiting,
 * all through {@code /rest/rapport/1.0/mentoring/programme}.
 */
@LicensedOnly
public class ProgrammePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient MentoringSettingsService settings;

    @Inject
    public ProgrammePageServlet(Pages pages, MentoringSettingsService settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        if (!settings.isCoordinator(actor.get())) {
            pages.forbidden(response);
            return;
        }
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("statuses", Arrays.stream(MentorshipStatus.values()).map(Enum::name).toList());
        pages.render(response, "templates/mentoring-programme.vm", context, "mentoring-programme");
    }
}
