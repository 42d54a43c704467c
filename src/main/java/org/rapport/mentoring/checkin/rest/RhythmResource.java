package org.rapport.mentoring.checkin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.checkin.CheckInService;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code PUT /rest/rapport/1.0/mentoring/pairings/{id}/rhythm}: either side changes the cadence and
 * whether check-ins count as help; anyone else gets 404. Own root path, as {@link CheckInResource} explains.
 */
@Path("mentoring/pairings/{id:[0-9]{1,18}}/rhythm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RhythmResource {
    private final CheckInService checkIns;
    private final Permissions permissions;

    @Inject
    public RhythmResource(CheckInService checkIns, Permissions permissions) {
        this.checkIns = checkIns;
        this.permissions = permissions;
    }

    @PUT
    @LicensedOnly
    public CheckInJson.Rhythm change(@PathParam("id") long id, PairingRequests.RhythmBody body) {
        Actor caller = permissions.requireSignedIn();
        return CheckInViews.rhythm(checkIns.changeRhythm(caller, id, PairingRequests.RhythmBody.rhythmOf(body)));
    }
}
