package org.rapport.mentoring.web;

import com.atlassian.plugin.web.Condition;
import org.rapport.mentoring.MentoringSettingsService;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import java.util.Map;

/** Shows the "Programme" link only to coordinators (admins and the configured coordinator group). */
public class CoordinatorCondition implements Condition {
    private final MentoringSettingsService settings;
    private final Permissions permissions;

    @Inject
    public CoordinatorCondition(MentoringSettingsService settings, Permissions permissions) {
        this.settings = settings;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        try {
            return settings.isCoordinator(permissions.requireSignedIn());
        } catch (NotSignedInException e) {
            return false;
        }
    }
}
