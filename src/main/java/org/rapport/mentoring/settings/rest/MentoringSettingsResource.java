package org.rapport.mentoring.settings.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.Actor;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /rest/rapport/1.0/mentoring/settings}: coordinator group, cadence, grace and matching weights (admins). */
@Path("mentoring/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentoringSettingsResource {
    private final MentoringSettingsService settings;
    private final Permissions permissions;

    @Inject
    public MentoringSettingsResource(MentoringSettingsService settings, Permissions permissions) {
        this.settings = settings;
        this.permissions = permissions;
    }

    @GET
    @AdminOnly
    public SettingsJson.Settings get() {
        permissions.requireAdmin(permissions.requireSignedIn(), "read mentoring settings");
        return SettingsJson.of(settings.current());
    }

    @PUT
    @AdminOnly
    public SettingsJson.Settings update(SettingsJson.Settings body) {
        Actor caller = permissions.requireSignedIn();
        permissions.requireAdmin(caller, "change mentoring settings");
        // Every bad field in one answer, the unknown group (which only the host can tell) included.
        MentoringSettings changed = InvalidInputException.together(() -> SettingsRequest.settingsOf(body),
                () -> settings.groupErrors(body == null ? null : body.coordinatorGroup()));
        return SettingsJson.of(settings.update(caller, changed));
    }
}
