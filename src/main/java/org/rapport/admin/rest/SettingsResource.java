package org.rapport.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.admin.SettingsService;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /rest/rapport/1.0/settings}: the recognition rules (allowance, category required). */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {
    private final SettingsService settings;
    private final Permissions permissions;

    @Inject
    public SettingsResource(SettingsService settings, Permissions permissions) {
        this.settings = settings;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public SettingsJson get() {
        permissions.requireSignedIn();
        return SettingsJson.of(settings.current());
    }

    @PUT
    @AdminOnly
    public SettingsJson update(SettingsJson body) {
        return SettingsJson.of(settings.update(permissions.requireSignedIn(), SettingsJson.settingsOf(body)));
    }
}
