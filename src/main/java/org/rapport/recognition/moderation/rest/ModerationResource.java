package org.rapport.recognition.moderation.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.recognition.FeedCursor;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.moderation.Hiding;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.Report;
import org.rapport.recognition.rest.RecognitionJson;
import org.rapport.recognition.rest.RecognitionViews;

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
import java.util.Map;

/**
 * {@code /rest/rapport/1.0/moderation}, admins only: the queue of reported recognitions, hidden
 * recognitions, and hiding, restoring and dismissing.
 */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class ModerationResource {
    private static final int LIMIT_DEFAULT = 20;
    private final ModerationService moderation;
    private final RecognitionViews views;
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public ModerationResource(ModerationService moderation, RecognitionViews views, PeopleDirectory people, Permissions permissions) {
        this.moderation = moderation;
        this.views = views;
        this.people = people;
        this.permissions = permissions;
    }

    @GET
    @Path("queue")
    public ModerationJson.Queue queue(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Actor caller = permissions.requireSignedIn();
        ModerationService.QueuePage page = moderation.queue(caller, FeedCursor.decode(cursor), limit(limit));
        List<RecognitionJson> recognitions = views.list(caller, page.items().stream().map(ModerationService.QueueItem::recognition).toList());
        List<ModerationJson.QueueItem> items = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            ModerationService.QueueItem item = page.items().get(i);
            items.add(new ModerationJson.QueueItem(recognitions.get(i), item.reports().stream().map(this::report).toList(),
                    item.reports().size(), item.latestReportAt().toString()));
        }
        return new ModerationJson.Queue(items, page.next() == null ? null : page.next().encode());
    }

    /** How many reports wait in the queue (admins only): the admin section's count. */
    @GET
    @Path("open-count")
    public Map<String, Integer> openCount() {
        return Map.of("count", moderation.openReportCount(permissions.requireSignedIn()));
    }

    @GET
    @Path("hidden")
    public ModerationJson.HiddenPage hidden(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Actor caller = permissions.requireSignedIn();
        int size = limit(limit);
        List<ModerationService.HiddenItem> page = moderation.hidden(caller, before == null || before.isBlank() ? null : QueryParameters.wholeNumber("before", before), size);
        List<RecognitionJson> recognitions = views.list(caller, page.stream().map(ModerationService.HiddenItem::recognition).toList());
        List<ModerationJson.HiddenItem> items = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            items.add(new ModerationJson.HiddenItem(recognitions.get(i), hiding(page.get(i).hiding())));
        }
        return new ModerationJson.HiddenPage(items, page.size() == size ? page.get(page.size() - 1).hiding().id() : null);
    }

    @GET
    @Path("recognitions/{id:[0-9]{1,18}}/hiding")
    public ModerationJson.Hiding hidingOf(@PathParam("id") long id) {
        return hiding(moderation.hiding(permissions.requireSignedIn(), id));
    }

    @POST
    @Path("recognitions/{id:[0-9]{1,18}}/hide")
    public ModerationJson.Hiding hide(@PathParam("id") long id, ReasonRequest body) {
        Actor caller = permissions.requireSignedIn();
        return hiding(moderation.hide(caller, id, ModerationReason.required(body == null ? null : body.reason())));
    }

    @POST
    @Path("recognitions/{id:[0-9]{1,18}}/restore")
    public RecognitionJson restore(@PathParam("id") long id) {
        Actor caller = permissions.requireSignedIn();
        Recognition shown = moderation.restore(caller, id);
        return views.one(caller, shown);
    }

    @POST
    @Path("recognitions/{id:[0-9]{1,18}}/dismiss")
    public ModerationJson.Dismissed dismiss(@PathParam("id") long id, ReasonRequest body) {
        Actor caller = permissions.requireSignedIn();
        return new ModerationJson.Dismissed(id, moderation.dismiss(caller, id, ModerationReason.optional(body == null ? null : body.reason())));
    }

    private ModerationJson.Report report(Report r) {
        return new ModerationJson.Report(r.id(), r.recognitionId(), PersonJson.of(people.byKeyOrFormer(r.reporterKey())), r.reason(),
                r.createdAt().toString(), r.state().name());
    }

    private ModerationJson.Hiding hiding(Hiding h) {
        return new ModerationJson.Hiding(h.recognitionId(), PersonJson.of(people.byKeyOrFormer(h.hiddenBy())), h.hiddenAt().toString(), h.reason());
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return LIMIT_DEFAULT;
        }
        long value = QueryParameters.wholeNumber("limit", text);
        return value < 1 || value > ModerationService.LIMIT_MAX ? -1 : (int) value;
    }
}
