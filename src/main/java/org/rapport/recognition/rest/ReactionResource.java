package org.rapport.recognition.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Permissions;
import org.rapport.recognition.ReactionKind;
import org.rapport.recognition.ReactionService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /rest/rapport/1.0/recognitions/{id}/reactions/{kind}} toggles the caller's reaction;
 * {@code GET recognitions/reactions?ids=1,2,3} reads the reactions of a page of recognitions.
 */
@Path("recognitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReactionResource {
    private final ReactionService reactions;
    private final Permissions permissions;

    @Inject
    public ReactionResource(ReactionService reactions, Permissions permissions) {
        this.reactions = reactions;
        this.permissions = permissions;
    }

    @POST
    @Path("{id:[0-9]{1,18}}/reactions/{kind}")
    @LicensedOnly
    public ReactionJson toggle(@PathParam("id") long id, @PathParam("kind") String kind) {
        Actor caller = permissions.requireSignedIn();
        ReactionKind parsed = ReactionKind.parse(kind)
                .orElseThrow(() -> new InvalidInputException(FieldError.of("kind", "rapport.reaction.error.kind")));
        return ReactionJson.of(reactions.toggle(caller, id, parsed));
    }

    @GET
    @Path("reactions")
    @LicensedOnly
    public List<ReactionJson> summaries(@QueryParam("ids") String ids) {
        Actor caller = permissions.requireSignedIn();
        return reactions.summaries(caller, parseIds(ids)).stream().map(ReactionJson::of).toList();
    }

    private static List<Long> parseIds(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        String[] parts = text.split(",", ReactionService.SUMMARIES_MAX + 2);
        if (parts.length > ReactionService.SUMMARIES_MAX) {
            throw new InvalidInputException(FieldError.of("ids", "rapport.error.too.many", ReactionService.SUMMARIES_MAX));
        }
        for (String part : parts) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FieldError.of("ids", "rapport.error.wrong.type"));
            }
        }
        return ids;
    }
}
