package org.rapport.mentoring.pairing.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.pairing.MentorshipService;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.PairingView;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /rest/rapport/1.0/mentoring/pairings}: the pairings the caller may see, proposing one, and
 * the steps of its life (accept, decline, withdraw, end, feedback). The service decides who may
 * see and do what; a pairing the caller may not see is 404.
 */
@Path("mentoring/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {
    private static final int LIMIT_DEFAULT = 20;
    private static final String ID = "{id:[0-9]{1,9}}";

    private final MentorshipService pairings;
    private final PairingViews views;
    private final Permissions permissions;

    @Inject
    public PairingResource(MentorshipService pairings, PairingViews views, Permissions permissions) {
        this.pairings = pairings;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public PairingJson.Page list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit, @QueryParam("mine") String mine) {
        Actor caller = permissions.requireSignedIn();
        int size = limit == null || limit.isBlank() ? LIMIT_DEFAULT : (int) QueryParameters.wholeNumber("limit", limit, Integer.MAX_VALUE);
        Long before = cursor == null || cursor.isBlank() ? null : QueryParameters.wholeNumber("cursor", cursor, Integer.MAX_VALUE);
        return views.page(pairings.list(caller, status(status), before, size, "true".equals(mine)), size);
    }

    @POST
    @LicensedOnly
    public Response propose(PairingRequest body) {
        Actor caller = permissions.requireSignedIn();
        PairingJson created = views.pairing(pairings.propose(caller, PairingRequest.proposalOf(body)));
        return Response.created(URI.create("mentoring/pairings/" + created.id())).entity(created).build();
    }

    @GET
    @Path(ID)
    @LicensedOnly
    public PairingJson get(@PathParam("id") long id) {
        return views.pairing(pairings.get(permissions.requireSignedIn(), id));
    }

    @POST
    @Path(ID + "/accept")
    @LicensedOnly
    public PairingJson accept(@PathParam("id") long id) {
        return views.pairing(pairings.accept(permissions.requireSignedIn(), id));
    }

    @POST
    @Path(ID + "/decline")
    @LicensedOnly
    public PairingJson decline(@PathParam("id") long id) {
        return views.pairing(pairings.decline(permissions.requireSignedIn(), id));
    }

    @POST
    @Path(ID + "/withdraw")
    @LicensedOnly
    public PairingJson withdraw(@PathParam("id") long id) {
        return views.pairing(pairings.withdraw(permissions.requireSignedIn(), id));
    }

    @POST
    @Path(ID + "/end")
    @LicensedOnly
    public PairingJson end(@PathParam("id") long id, PairingEndRequest body) {
        Actor caller = permissions.requireSignedIn();
        return views.pairing(pairings.end(caller, id, PairingEndRequest.endOf(body)));
    }

    @POST
    @Path(ID + "/feedback")
    @LicensedOnly
    public PairingJson feedback(@PathParam("id") long id, FeedbackRequest body) {
        Actor caller = permissions.requireSignedIn();
        PairingView given = pairings.feedback(caller, id, FeedbackRequest.draftOf(body));
        return views.pairing(given);
    }

    private static MentorshipStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return MentorshipStatus.parse(raw).orElseThrow(() -> new InvalidInputException(FieldError.of("status", "rapport.error.wrong.type")));
    }
}
