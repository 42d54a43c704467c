package org.rapport.mentoring.checkin.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.checkin.CheckInPage;
import org.rapport.mentoring.checkin.CheckInService;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /rest/rapport/1.0/mentoring/pairings/{id}/checkins}: the pair's check-ins. Everyone else gets
 * 404 from every method (the service decides). Its own root path, longer than the pairing resource's
 * {@code mentoring/pairings}, so JAX-RS picks this class for these URLs only and the pairing resource
 * keeps {@code mentoring/pairings/{id}} and its other sub-paths.
 */
@Path("mentoring/pairings/{id:[0-9]{1,18}}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckInResource {
    static final int LIMIT_DEFAULT = 20;

    private final CheckInService checkIns;
    private final CheckInViews views;
    private final Permissions permissions;

    @Inject
    public CheckInResource(CheckInService checkIns, CheckInViews views, Permissions permissions) {
        this.checkIns = checkIns;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public CheckInJson.CheckInPage list(@PathParam("id") long id, @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") String limit) {
        Actor caller = permissions.requireSignedIn();
        return views.page(caller, checkIns.list(caller, id, CheckInPage.Cursor.decode(cursor), QueryParameters.size("limit", limit, LIMIT_DEFAULT, CheckInService.LIMIT_MAX)));
    }

    @POST
    @LicensedOnly
    public Response log(@PathParam("id") long id, PairingRequests.CheckInBody body) {
        Actor caller = permissions.requireSignedIn();
        CheckInJson.CheckIn logged = views.checkIn(caller, checkIns.log(caller, id, PairingRequests.CheckInBody.draftOf(body)));
        return Response.created(URI.create("mentoring/pairings/" + id + "/checkins/" + logged.id())).entity(logged).build();
    }

    @PUT
    @Path("{checkInId:[0-9]{1,18}}")
    @LicensedOnly
    public CheckInJson.CheckIn edit(@PathParam("id") long id, @PathParam("checkInId") long checkInId,
                                    PairingRequests.CheckInBody body) {
        Actor caller = permissions.requireSignedIn();
        return views.checkIn(caller, checkIns.edit(caller, id, checkInId, PairingRequests.CheckInBody.draftOf(body)));
    }

    @DELETE
    @Path("{checkInId:[0-9]{1,18}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id, @PathParam("checkInId") long checkInId) {
        checkIns.delete(permissions.requireSignedIn(), id, checkInId);
        return Response.noContent().build();
    }
}
