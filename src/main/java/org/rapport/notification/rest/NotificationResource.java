package org.rapport.notification.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.notification.Notification;
import org.rapport.notification.NotificationService;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;
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
import java.util.List;
import java.util.Map;

/** {@code /rest/rapport/1.0/notifications}: the caller's own in-app notifications. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private static final int LIMIT_DEFAULT = 20;
    private final NotificationService notifications;
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public NotificationResource(NotificationService notifications, PeopleDirectory people, Permissions permissions) {
        this.notifications = notifications;
        this.people = people;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public NotificationJson.Page inbox(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Actor me = permissions.requireSignedIn();
        int size = limit == null || limit.isBlank() ? LIMIT_DEFAULT : (int) QueryParameters.wholeNumber("limit", limit, Integer.MAX_VALUE);
        List<Notification> page = notifications.inbox(me, before == null || before.isBlank() ? null : QueryParameters.wholeNumber("before", before, Integer.MAX_VALUE), size);
        List<NotificationJson> items = page.stream().map(this::json).toList();
        Long next = page.size() == size ? page.get(page.size() - 1).id() : null;
        return new NotificationJson.Page(items, next, notifications.unread(me));
    }

    @GET
    @Path("unread")
    @LicensedOnly
    public Map<String, Integer> unread() {
        return Map.of("count", notifications.unread(permissions.requireSignedIn()));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/read")
    @LicensedOnly
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(permissions.requireSignedIn(), id);
        return Response.noContent().build();
    }

    /** The caller opened an item (a recognition, help entry or pairing): their notifications about it are read. */
    @POST
    @Path("read-about")
    @LicensedOnly
    public Response markReadAbout(ReadAboutRequest body) {
        Actor me = permissions.requireSignedIn();
        ReadAboutRequest request = body == null ? new ReadAboutRequest(null, null) : body;
        notifications.markReadAbout(me, request.validSubject(), request.id());
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @LicensedOnly
    public Response markAllRead() {
        notifications.markAllRead(permissions.requireSignedIn());
        return Response.noContent().build();
    }

    private NotificationJson json(Notification n) {
        boolean help = Notification.aboutHelp(n.kind());
        boolean pairing = Notification.aboutPairing(n.kind());
        return new NotificationJson(n.id(), n.kind(), help || pairing ? null : n.recognitionId(), help ? n.recognitionId() : null,
                pairing ? n.recognitionId() : null, PersonJson.of(people.byKeyOrFormer(n.actorKey())), n.createdAt().toString(), n.read(),
                link(n, help, pairing));
    }

    /** The page of the exact item: the pairing, the help entry on the ledger, or the recognition on the feed. */
    private static String link(Notification n, boolean help, boolean pairing) {
        if (pairing) {
            return "/plugins/servlet/rapport/mentoring/pairing?id=" + n.recognitionId();
        }
        if (help) {
            return "/plugins/servlet/rapport/help?entry=" + n.recognitionId();
        }
        return "/plugins/servlet/rapport/feed?recognition=" + n.recognitionId();
    }
}
