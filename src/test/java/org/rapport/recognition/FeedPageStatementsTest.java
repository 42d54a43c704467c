package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tallies;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.platform.Actor;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.rest.FeedJson;
import org.rapport.recognition.rest.RecognitionViews;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/**
 * What the feed costs in SQL as the REST API serves it: a page of 20 turned into JSON (the
 * recognitions, their recipients and categories) and the reactions of that page are each at most
 * four statements, the same for 30 and for 200 recognitions with several recipients, reactions,
 * comments and links — so an N+1 anywhere on the way shows as a growing count.
 */
@Tag("database")
class FeedPageStatementsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private RecognitionViews views;
    private ReactionService reactions;
    private CommentService comments;
    private List<Category> categories;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        world.rules(0, true);
        categories = List.of(world.category("Teamwork"), world.category("Craft"), world.milestone("Launch"));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        views = new RecognitionViews(world.people, world.categories, world.service, application);
        Transactions transactions = new Transactions(world.ao);
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), new Tallies(new TallyStore(world.ao)), transactions);
        comments = new CommentService(world.service, new CommentStore(world.ao), transactions, world.permissions, new SystemClock(world.clock));
    }

    @Test
    void feedPageOfTwenty_andItsReactions_costAtMostFourStatementsEach_for30And200Recognitions() {
        giveBusyRecognitions(0, 30);
        int[] small = statementsOfFirstTwoPages();

        giveBusyRecognitions(30, 200);
        int[] large = statementsOfFirstTwoPages();

        assertThat(large).as("statements (page 1, its reactions, page 2, its reactions), 200 recognitions vs 30")
                .containsExactly(small);
    }

    /** Recognitions {@code from..to}: three recipients, a category, a link, two reactions and a comment each; some private. */
    private void giveBusyRecognitions(int from, int to) {
        List<Actor> givers = List.of(ALICE, CAROL, DAVE);
        for (int i = from; i < to; i++) {
            Actor giver = givers.get(i % givers.size());
            List<String> recipients = List.of(BOB, ERIN, ALICE, CAROL, DAVE).stream()
                    .filter(a -> !a.equals(giver)).limit(3).map(Actor::userKey).toList();
            RecognitionDraftBuilder draft = aRecognition().to(recipients).category(categories.get(i % categories.size()).id())
                    .message("Recognition " + i).link("RAP-" + (1 + i % 7));
            Recognition given = world.service.give(giver, (i % 5 == 0 ? draft.privately() : draft).build(), null);
            if (given.visibility() == Visibility.PUBLIC) {
                reactions.toggle(BOB.equals(giver) ? ERIN : BOB, given.id(), ReactionKind.APPLAUSE);
                reactions.toggle(ERIN, given.id(), ReactionKind.HEART);
                comments.add(ERIN, given.id(), "Well deserved " + i);
            }
            world.clock.advance(Duration.ofSeconds(1));
        }
    }

    /** Statements of: the first page as JSON, its reactions, the second page as JSON, its reactions. */
    private int[] statementsOfFirstTwoPages() {
        int[] counts = new int[4];
        FeedJson first = page(null, counts, 0);
        assertThat(first.items()).hasSize(20);
        FeedJson second = page(first.next(), counts, 2);
        assertThat(second.items()).isNotEmpty();
        return counts;
    }

    private FeedJson page(String cursor, int[] counts, int at) {
        FeedJson page;
        try (SqlCounter sql = db.countStatements()) {
            page = views.page(BOB, world.service.feed(BOB, FeedQuery.parse(null, null, null, null, cursor, "20")));
            counts[at] = sql.count();
            assertThat(sql.statements()).as("a feed page of 20 as JSON").hasSizeLessThanOrEqualTo(4);
        }
        List<Long> ids = page.items().stream().map(r -> r.id()).toList();
        try (SqlCounter sql = db.countStatements()) {
            assertThat(reactions.summaries(BOB, ids)).hasSize(ids.size());
            counts[at + 1] = sql.count();
            assertThat(sql.statements()).as("the reactions of that page").hasSizeLessThanOrEqualTo(4);
        }
        return page;
    }
}
