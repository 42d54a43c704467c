package org.rapport.recognition;

import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * The "my team" feed: public recognitions given or received by the caller's direct reports (from
 * the org chart). Someone without reports gets an empty page. At most four statements: the
 * reports, then {@link RecognitionStore#teamPage}'s three.
 */
@Named
public class TeamFeed {
    private final RecognitionStore store;
    private final RecognitionService recognitions;
    private final OrgChart org;

    @Inject
    public TeamFeed(RecognitionStore store, RecognitionService recognitions, OrgChart org) {
        this.store = store;
        this.recognitions = recognitions;
        this.org = org;
    }

    /** A page of the caller's team; the query's category, milestone, cursor and limit apply. */
    public FeedPage page(Actor actor, FeedQuery query) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (query.receivedBy() != null || query.givenBy() != null) {
            throw new InvalidInputException(FieldError.of("team", "rapport.recognition.error.team"));
        }
        List<Long> categoryIds = recognitions.categoryFilter(query);
        if (categoryIds != null && categoryIds.isEmpty()) {
            return new FeedPage(List.of(), null);
        }
        List<String> reports = org.directReportsOf(actor.userKey());
        FeedPage page = store.teamPage(reports, categoryIds == null ? List.of() : categoryIds, query.cursor(), query.limit());
        return new FeedPage(recognitions.visibleAmong(actor, page.items()), page.next());
    }
}
