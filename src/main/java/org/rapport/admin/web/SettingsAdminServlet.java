package org.rapport.admin.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /plugins/servlet/rapport/admin/settings}: the recognition rules; the page's script saves through REST. */
@AdminOnly
public class SettingsAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient Permissions permissions;
    private final transient SettingsService settings;

    @Inject
    public SettingsAdminServlet(Pages pages, Permissions permissions, SettingsService settings) {
        this.pages = pages;
        this.permissions = permissions;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        if (!permissions.isAdmin(actor.get())) {
            pages.forbidden(response);
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
