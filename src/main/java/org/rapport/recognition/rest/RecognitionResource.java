package org.rapport.recognition.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Permissions;
import org.rapport.recognition.FeedQuery;
import org.rapport.recognition.RecognitionDraft;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.TeamFeed;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;

/** {@code /rest/rapport/1.0/recognitions}: give, read, edit, delete and list recognitions. */
@Path("recognitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionResource {
    private final RecognitionService recognitions;
    private final RecognitionViews views;
    private final Permissions permissions;
    private final TeamFeed teamFeed;

    @Inject
    public RecognitionResource(RecognitionService recognitions, RecognitionViews views, Permissions permissions, TeamFeed teamFeed) {
        this.recognitions = recognitions;
        this.views = views;
        this.permissions = permissions;
        this.teamFeed = teamFeed;
    }

    @POST
    @LicensedOnly
    public Response give(RecognitionRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Actor caller = permissions.requireSignedIn();
        // Every bad field in one answer: the draft's own checks and the references only the service knows.
        RecognitionDraft draft = InvalidInputException.together(() -> RecognitionRequest.draftOf(body),
                () -> recognitions.referenceErrors(caller, body == null ? null : body.recipients(), body == null ? null : body.categoryId()));
        RecognitionJson given = views.one(caller, recognitions.give(caller, draft, idempotencyKey));
        return Response.created(URI.create("recognitions/" + given.id())).entity(given).build();
    }

    @GET
    @LicensedOnly
    public FeedJson list(@QueryParam("receivedBy") String receivedBy, @QueryParam("givenBy") String givenBy,
                         @QueryParam("categoryId") String categoryId, @QueryParam("milestones") String milestones,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
                         @QueryParam("link") String link, @QueryParam("team") String team) {
        Actor caller = permissions.requireSignedIn();
        FeedQuery query = FeedQuery.parse(receivedBy, givenBy, categoryId, milestones, cursor, limit, link);
        if (team != null && !team.isBlank()) {
            if (!"mine".equals(team.strip()) || query.link() != null) {
                throw new InvalidInputException(FieldError.of("team", "rapport.recognition.error.team"));
            }
            return views.page(caller, teamFeed.page(caller, query));
        }
        return views.page(caller, recognitions.feed(caller, query));
    }

    @GET
    @Path("allowance")
    @LicensedOnly
    public AllowanceJson allowance() {
        RecognitionService.Allowance allowance = recognitions.allowance(permissions.requireSignedIn());
        return new AllowanceJson(allowance.limit(), allowance.used(),
                allowance.limit() == 0 ? null : allowance.remaining(), allowance.resetsAt().toString());
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public RecognitionJson get(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        return views.one(caller, recognitions.get(caller, id));
    }

    @PUT
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public RecognitionJson edit(@PathParam("id") long id, RecognitionEditRequest body) {
        Actor caller = permissions.requireSignedIn();
        return views.one(caller, recognitions.edit(caller, id, RecognitionEditRequest.editOf(body)));
    }

    @DELETE
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id) {
        recognitions.delete(permissions.requireSignedIn(), id);
        return Response.noContent().build();
    }
}
