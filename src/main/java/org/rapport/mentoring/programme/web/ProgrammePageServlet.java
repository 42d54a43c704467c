package org.rapport.mentoring.programme.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    private final transient I18nResolver i18n;

    @Inject
    public ProgrammePageServlet(Pages pages, MentoringSettingsService settings, @ComponentImport I18nResolver i18n) {
        this.pages = pages;
        this.settings = settings;
        this.i18n = i18n;
    }

    private static String labelKey(MentorshipStatus status) {
        return switch (status) {
            case PROPOSED -> "rapport.mentoring.status.PROPOSED";
            case ACTIVE -> "rapport.mentoring.status.ACTIVE";
            case COMPLETED -> "rapport.mentoring.status.COMPLETED";
            case ENDED -> "rapport.mentoring.status.ENDED";
            case DECLINED -> "rapport.mentoring.status.DECLINED";
            case WITHDRAWN -> "rapport.mentoring.status.WITHDRAWN";
        };
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
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (MentorshipStatus status : MentorshipStatus.values()) {
            statuses.add(Map.of("id", status.name(), "label", i18n.getText(labelKey(status))));
        }
        context.put("statuses", statuses);
        pages.render(response, "templates/mentoring-programme.vm", context, "mentoring-programme");
    }
}
