package org.rapport.admin.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code /plugins/servlet/rapport/admin/settings}: the recognition rules; the page's script saves through REST. */
@AdminOnly
public class SettingsAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient SettingsService settings;

    @Inject
    public SettingsAdminServlet(Pages pages, SettingsService settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        RapportSettings current = settings.current();
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("weeklyAllowance", current.weeklyAllowance());
        context.put("categoryRequired", current.categoryRequired());
        context.put("allowanceMax", RapportSettings.ALLOWANCE_MAX);
        pages.render(response, "templates/admin/settings.vm", context, "settings-admin");
    }
}
