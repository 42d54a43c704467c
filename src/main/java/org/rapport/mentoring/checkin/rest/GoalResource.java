package org.rapport.mentoring.checkin.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.checkin.GoalService;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /rest/rapport/1.0/mentoring/pairings/{id}/goals}: the pair's goals (at most 20); coordinators
 * may read them (403 on changes), anyone else gets 404. Own root path, as {@link CheckInResource} explains.
 */
@Path("mentoring/pairings/{id:[0-9]{1,18}}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {
    private final GoalService goals;
    private final CheckInViews views;
    private final Permissions permissions;

    @Inject
    public GoalResource(GoalService goals, CheckInViews views, Permissions permissions) {
        this.goals = goals;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public CheckInJson.Goals list(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        return views.goals(goals.list(caller, id));
    }

    @POST
    @LicensedOnly
    public Response add(@PathParam("id") long id, PairingRequests.GoalBody body) {
        Actor caller = permissions.requireSignedIn();
        CheckInJson.Goal added = CheckInViews.goal(goals.add(caller, id, PairingRequests.GoalBody.draftOf(body)));
        return Response.created(URI.create("mentoring/pairings/" + id + "/goals/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{goalId:[0-9]{1,18}}")
    @LicensedOnly
    public CheckInJson.Goal edit(@PathParam("id") long id, @PathParam("goalId") long goalId, PairingRequests.GoalBody body) {
        Actor caller = permissions.requireSignedIn();
        return CheckInViews.goal(goals.edit(caller, id, goalId, PairingRequests.GoalBody.draftOf(body)));
    }

    @DELETE
    @Path("{goalId:[0-9]{1,18}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id, @PathParam("goalId") long goalId) {
        goals.delete(permissions.requireSignedIn(), id, goalId);
        return Response.noContent().build();
    }
}
