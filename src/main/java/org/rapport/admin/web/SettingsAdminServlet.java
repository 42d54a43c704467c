package org.rapport.admin.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.admin.LeaderboardVisibility;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /plugins/servlet/rapport/admin/settings}: the recognition rules; the page's script saves through REST. */
@AdminOnly
public class SettingsAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient SettingsService settings;
    private final transient I18nResolver i18n;

    @Inject
    public SettingsAdminServlet(Pages pages, SettingsService settings, @ComponentImport I18nResolver i18n) {
        this.pages = pages;
        this.settings = settings;
        this.i18n = i18n;
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
        List<Map<String, Object>> options = new ArrayList<>();
        for (LeaderboardVisibility option : LeaderboardVisibility.values()) {
            options.add(Map.of("id", option.name(),
                    "label", i18n.getText(labelKey(option)),
                    "selected", option == current.leaderboardVisibility()));
        }
        context.put("leaderboardOptions", options);
        pages.render(response, "templates/admin/settings.vm", context, "settings-admin");
    }

    private static String labelKey(LeaderboardVisibility option) {
        return switch (option) {
            case EVERYONE -> "rapport.admin.settings.leaderboard.everyone";
            case MANAGERS -> "rapport.admin.settings.leaderboard.managers";
            case NOBODY -> "rapport.admin.settings.leaderboard.nobody";
        };
    }
}
