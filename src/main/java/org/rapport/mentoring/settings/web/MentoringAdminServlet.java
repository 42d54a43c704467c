package org.rapport.mentoring.settings.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code /plugins/servlet/rapport/admin/mentoring}: mentoring settings; the page's script saves through REST. */
@AdminOnly
public class MentoringAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient MentoringSettingsService settings;

    @Inject
    public MentoringAdminServlet(Pages pages, MentoringSettingsService settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        MentoringSettings current = settings.current();
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("coordinatorGroup", current.coordinatorGroup());
        context.put("defaultCadenceDays", current.defaultCadenceDays());
        context.put("graceDays", current.graceDays());
        context.put("sharedSkill", current.weights().sharedSkill());
        context.put("helpEvidence", current.weights().helpEvidence());
        context.put("otherDepartment", current.weights().otherDepartment());
        context.put("timezoneOverlap", current.weights().timezoneOverlap());
        context.put("groupMax", MentoringSettings.GROUP_MAX);
        context.put("cadenceMin", MentoringSettings.CADENCE_MIN);
        context.put("cadenceMax", MentoringSettings.CADENCE_MAX);
        context.put("graceMax", MentoringSettings.GRACE_MAX);
        context.put("weightMax", MatchingWeights.WEIGHT_MAX);
        pages.render(response, "templates/admin/mentoring.vm", context, "mentoring-admin");
    }
}
