package org.rapport.mentoring.programme.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.programme.PairingPageRequest;
import org.rapport.mentoring.programme.TeamMentoring;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code /rest/rapport/1.0/mentoring/team}: "My team", the pairings of the caller's direct reports
 * (managers only: 403 for anybody else), a page after {@code cursor}.
 */
@Path("mentoring/team")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final TeamMentoring team;
    private final ProgrammeViews views;
    private final Permissions permissions;

    @Inject
    public TeamResource(TeamMentoring team, ProgrammeViews views, Permissions permissions) {
        this.team = team;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public ProgrammeJson.TeamPage team(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return views.team(team.forManager(permissions.requireSignedIn(), PairingPageRequest.parse(null, cursor, limit)));
    }
}
