package org.rapport.recognition.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.recognition.Comment;
import org.rapport.recognition.CommentService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /rest/rapport/1.0/recognitions/{id}/comments}: read, add and delete comments. */
@Path("recognitions/{id:[0-9]{1,18}}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {
    private static final int LIMIT_DEFAULT = 50;
    private final CommentService comments;
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public CommentResource(CommentService comments, PeopleDirectory people, Permissions permissions) {
        this.comments = comments;
        this.people = people;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public List<CommentJson> list(@PathParam("id") long id, @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Actor caller = permissions.requireSignedIn();
        return comments.list(caller, id, after == null || after.isBlank() ? null : QueryParameters.wholeNumber("after", after),
                limit == null || limit.isBlank() ? LIMIT_DEFAULT : (int) Math.min(Integer.MAX_VALUE, QueryParameters.wholeNumber("limit", limit)))
                .stream().map(c -> json(caller, c)).toList();
    }

    @POST
    @LicensedOnly
    public Response add(@PathParam("id") long id, CommentRequest body) {
        Actor caller = permissions.requireSignedIn();
        CommentJson added = json(caller, comments.add(caller, id, body == null ? null : body.text()));
        return Response.created(URI.create("recognitions/" + id + "/comments/" + added.id())).entity(added).build();
    }

    @DELETE
    @Path("{commentId:[0-9]{1,18}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        comments.delete(permissions.requireSignedIn(), id, commentId);
        return Response.noContent().build();
    }

    private CommentJson json(Actor caller, Comment c) {
        return new CommentJson(c.id(), c.recognitionId(), PersonJson.of(people.byKeyOrFormer(c.authorKey())), c.body(),
                c.createdAt().toString(),
                c.authorKey().equals(caller.userKey()) || permissions.isAdmin(caller));
    }
}
