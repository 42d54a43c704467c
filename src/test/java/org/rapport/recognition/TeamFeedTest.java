package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgPerson;
import org.rapport.org.OrgStore;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.recognition.category.Category;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/** The "my team" feed: what a manager's direct reports gave and received. */
@Tag("database")
class TeamFeedTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private TeamFeed team;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(OrgPersonEntity.class);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        world.rules(0, true);
        teamwork = world.category("Teamwork");
        OrgStore orgStore = new OrgStore(world.ao);
        // Alice manages Bob and Carol; Dave manages Erin.
        orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), null), new OrgPerson(CAROL.userKey(), ALICE.userKey(), null),
                new OrgPerson(ERIN.userKey(), DAVE.userKey(), null)));
        team = new TeamFeed(world.store, world.service, new OrgChart(orgStore));
    }

    @Test
    void team_listsWhatTheReportsGaveAndReceived_newestFirst_andNothingElse() {
        Recognition bobGave = give(BOB, DAVE);
        world.clock.advance(Duration.ofSeconds(1));
        Recognition carolReceived = give(ERIN, CAROL);
        world.clock.advance(Duration.ofSeconds(1));
        give(DAVE, ERIN);
        world.clock.advance(Duration.ofSeconds(1));
        Recognition fromTheManager = give(ALICE, BOB);

        assertThat(ids(ALICE, page(null, 20))).containsExactly(fromTheManager.id(), carolReceived.id(), bobGave.id());
        assertThat(ids(DAVE, page(null, 20))).as("Dave's team is Erin").hasSize(2);
    }

    @Test
    void team_showsARecognitionOfTwoReportsOnce() {
        Recognition both = world.service.give(DAVE, thanks().to(BOB.userKey(), CAROL.userKey()).build(), null);

        assertThat(ids(ALICE, page(null, 20))).containsExactly(both.id());
    }

    @Test
    void team_leavesOutPrivateRecognitions_evenForAdmins() {
        world.service.give(ERIN, thanks().to(BOB.userKey()).privately().build(), null);

        assertThat(ids(ALICE, page(null, 20))).isEmpty();
    }

    @Test
    void team_ofSomeoneWithoutReports_isEmpty() {
        give(BOB, DAVE);

        assertThat(ids(BOB, page(null, 20))).isEmpty();
        assertThat(ids(ADMIN, page(null, 20))).isEmpty();
    }

    @Test
    void team_appliesTheCategoryFilter() {
        Category launch = world.milestone("Launch");
        give(BOB, DAVE);
        Recognition milestone = world.service.give(ERIN, thanks().to(CAROL.userKey()).category(launch.id()).build(), null);

        assertThat(ids(ALICE, new FeedQuery(null, null, null, true, null, 20))).containsExactly(milestone.id());
        assertThat(ids(ALICE, new FeedQuery(null, null, launch.id(), false, null, 20))).containsExactly(milestone.id());
    }

    @Test
    void team_withReceivedByOrGivenBy_isRefusedOnTheTeamField() {
        InvalidInputException e = catchThrowableOfType(() -> team.page(ALICE, new FeedQuery(BOB.userKey(), null, null, false, null, 20)),
                InvalidInputException.class);

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("team");
    }

    @Test
    void team_pagesWithACursor_inAtMostFourStatementsPerPage_whateverTheDataSize() {
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            given.add(give(i % 2 == 0 ? BOB : ERIN, i % 2 == 0 ? DAVE : CAROL).id());
            world.clock.advance(Duration.ofSeconds(1));
            give(DAVE, ERIN);
        }
        List<Long> seen = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        do {
            FeedPage page;
            try (SqlCounter sql = db.countStatements()) {
                page = team.page(ALICE, page(cursor, 20));
                assertThat(sql.statements()).as("statements of one team page").hasSizeBetween(1, 4);
            }
            page.items().forEach(r -> seen.add(r.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 10);

        java.util.Collections.reverse(given);
        assertThat(seen).containsExactlyElementsOf(given);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void team_pagesRecognitionsReachingSeveralReports_atOneInstant_eachExactlyOnce_neverOverTheLimit() {
        // The given and received sources overlap (Bob thanks Carol) and the received one repeats a
        // recognition per report it reached, so its rows reach less far back than the given ones
        // (runs of five): a page may come out short, but none is skipped or repeated.
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            Recognition r = switch (i % 7) {
                case 0 -> give(BOB, DAVE);
                case 1 -> give(BOB, CAROL);
                default -> world.service.give(DAVE, thanks().to(BOB.userKey(), CAROL.userKey()).build(), null);
            };
            expected.add(r.id());
            give(DAVE, ERIN);
        }
        java.util.Collections.reverse(expected);

        List<Long> seen = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        do {
            FeedPage page = team.page(ALICE, page(cursor, 4));
            assertThat(page.items()).as("page %d", pages).hasSizeLessThanOrEqualTo(4).isNotEmpty();
            page.items().forEach(r -> seen.add(r.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 30);

        assertThat(seen).as("newest first (one instant: by id), each once").containsExactlyElementsOf(expected);
    }

    private Recognition give(Actor giver, Actor recipient) {
        return world.service.give(giver, thanks().to(recipient.userKey()).build(), null);
    }

    private RecognitionDraftBuilder thanks() {
        return aRecognition().category(teamwork.id());
    }

    private static FeedQuery page(FeedCursor cursor, int limit) {
        return new FeedQuery(null, null, null, false, cursor, limit);
    }

    private List<Long> ids(Actor viewer, FeedQuery query) {
        return team.page(viewer, query).items().stream().map(Recognition::id).toList();
    }
}
