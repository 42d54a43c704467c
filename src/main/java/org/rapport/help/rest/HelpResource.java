package org.rapport.help.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpCursor;
import org.rapport.help.HelpDraft;
import org.rapport.help.HelpKindLabels;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStatus;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /rest/rapport/1.0/help}: log, confirm, decline, delete and read help; kinds and tag merges for admins. */
@Path("help")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HelpResource {
    private static final int LIMIT_DEFAULT = 20;
    private final HelpService help;
    private final HelpAdminService admin;
    private final HelpViews views;
    private final HelpKindLabels labels;
    private final Permissions permissions;

    @Inject
    public HelpResource(HelpService help, HelpAdminService admin, HelpViews views, HelpKindLabels labels, Permissions permissions) {
        this.labels = labels;
        this.help = help;
        this.admin = admin;
        this.views = views;
        this.permissions = permissions;
    }

    @POST
    @LicensedOnly
    public Response log(HelpRequest body) {
        Actor caller = permissions.requireSignedIn();
        // Every bad field in one answer: the draft's own checks and the people and kind only the service knows.
        HelpDraft draft = InvalidInputException.together(() -> HelpRequest.draftOf(body, help.today()),
                () -> help.referenceErrors(caller, body == null ? null : body.helper(), body == null ? null : body.helped(),
                        body == null ? null : body.kind()));
        HelpJson logged = views.one(caller, help.log(caller, draft));
        return Response.created(URI.create("help/" + logged.id())).entity(logged).build();
    }

    @GET
    @LicensedOnly
    public HelpJson.Page list(@QueryParam("person") String person, @QueryParam("direction") String direction,
                              @QueryParam("status") String status, @QueryParam("cursor") String cursor,
                              @QueryParam("limit") String limit) {
        Actor caller = permissions.requireSignedIn();
        return views.page(caller, help.list(caller, person(person), given(direction), status(status), HelpCursor.decode(cursor),
                QueryParameters.size("limit", limit, LIMIT_DEFAULT, HelpService.LIMIT_MAX)));
    }

    @GET
    @Path("ledger")
    @LicensedOnly
    public LedgerJson ledger(@QueryParam("person") String person) {
        Actor caller = permissions.requireSignedIn();
        return views.ledger(caller, help.ledger(caller, person == null || person.isBlank() ? caller.userKey() : person(person)));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public HelpJson get(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        return views.one(caller, help.get(caller, id));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/confirm")
    @LicensedOnly
    public HelpJson confirm(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        return views.one(caller, help.confirm(caller, id));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/decline")
    @LicensedOnly
    public HelpJson decline(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        return views.one(caller, help.decline(caller, id));
    }

    @DELETE
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public Response delete(@PathParam("id") long id) {
        help.delete(permissions.requireSignedIn(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("kinds")
    @LicensedOnly
    public List<KindJson> kinds(@QueryParam("all") String all) {
        return admin.kinds(permissions.requireSignedIn(), "true".equals(all)).stream()
                .map(k -> new KindJson(k.code(), labels.label(k), k.sortOrder(), k.archived())).toList();
    }

    @POST
    @Path("kinds")
    @AdminOnly
    public Response createKind(KindRequest body) {
        var kind = admin.createKind(permissions.requireSignedIn(), KindRequest.draftOf(body));
        return Response.created(URI.create("help/kinds/" + kind.code()))
                .entity(new KindJson(kind.code(), kind.label(), kind.sortOrder(), kind.archived())).build();
    }

    @PUT
    @Path("kinds/{code:[a-z0-9][a-z0-9.+#-]{0,59}}")
    @AdminOnly
    public KindJson updateKind(@PathParam("code") String code, KindRequest body) {
        var kind = admin.updateKind(permissions.requireSignedIn(), code, KindRequest.draftOf(body));
        return new KindJson(kind.code(), kind.label(), kind.sortOrder(), kind.archived());
    }

    @POST
    @Path("skills/merge")
    @AdminOnly
    public Map<String, String> mergeSkills(MergeRequest body) {
        MergeRequest b = body == null ? new MergeRequest(null, null) : body;
        return Map.of("into", admin.mergeSkills(permissions.requireSignedIn(), b.from(), b.into()).name());
    }

    private static String person(String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new InvalidInputException(FieldError.of("person", "rapport.help.error.person"));
        }
        return key.strip();
    }

    private static boolean given(String direction) {
        String d = direction == null ? "" : direction.strip().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "given" -> true;
            case "received" -> false;
            default -> throw new InvalidInputException(FieldError.of("direction", "rapport.help.error.direction"));
        };
    }

    private static HelpStatus status(String status) {
        if (status == null || status.isBlank()) {
            return HelpStatus.CONFIRMED;
        }
        try {
            return HelpStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("status", "rapport.help.error.status"));
        }
    }
}
