package org.rapport.mentoring.programme.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import org.rapport.mentoring.programme.TeamMentoring;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a web item only to the signed-in people who hold a mentoring role, named by the condition's
 * {@code role} parameter: {@code manager} (named as someone's manager in the org data: "My team")
 * or {@code coordinator} (admins and the configured coordinator group: "Programme"). The pages
 * themselves answer 403 to anybody else; this only keeps the header tidy.
 */
public class MentoringRoleCondition implements Condition {
    /** The roles a web item can ask for. */
    enum Role { MANAGER, COORDINATOR }

    private final TeamMentoring team;
    private final MentoringSettingsService settings;
    private final Permissions permissions;
    private Role role;

    @Inject
    public MentoringRoleCondition(TeamMentoring team, MentoringSettingsService settings, Permissions permissions) {
        this.team = team;
        this.settings = settings;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        String named = params.get("role");
        try {
            role = Role.valueOf(named == null ? "" : named.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PluginParseException("MentoringRoleCondition needs <param name=\"role\">manager|coordinator</param>, got " + named);
        }
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        try {
            return switch (role) {
                case MANAGER -> team.isManager(permissions.requireSignedIn());
                case COORDINATOR -> settings.isCoordinator(permissions.requireSignedIn());
            };
        } catch (NotSignedInException e) {
            return false;
        }
    }
}
