package org.rapport.mentoring.web;

import com.atlassian.plugin.web.Condition;
import org.rapport.mentoring.TeamMentoring;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import java.util.Map;

/** Shows the "My team" link only to managers (people named as someone's manager in the org data). */
public class ManagerCondition implements Condition {
    private final TeamMentoring team;
    private final Permissions permissions;

    @Inject
    public ManagerCondition(TeamMentoring team, Permissions permissions) {
        this.team = team;
        this.permissions = permissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        try {
            return team.isManager(permissions.requireSignedIn());
        } catch (NotSignedInException e) {
            return false;
        }
    }
}
