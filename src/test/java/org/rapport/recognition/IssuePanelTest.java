package org.rapport.recognition;

import org.rapport.product.jira.JiraPanelContext;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.Actor;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.web.IssuePanel;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/**
 * The recognition panel on Jira's issue view, on a real database: which linked recognitions it
 * shows to whom, newest first and capped, the "Thank the assignee" action, and that it costs at
 * most four SQL statements whatever the data size.
 */
@Tag("database")
class IssuePanelTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private IssuePanel panel;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        world.rules(0, false);
        teamwork = world.category("Teamwork");
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        panel = new IssuePanel(new JiraPanelContext(), world.service, world.categories, world.people, application);
    }

    @Test
    void panel_showsLinkedRecognitionsNewestFirst_withGiverRecipientsAndCategory_andNothingLinkedElsewhere() {
        give(ALICE, aRecognition().to(BOB.userKey(), CAROL.userKey()).category(teamwork.id()).message("Fixed the build").link("RAP-1"));
        give(CAROL, aRecognition().to(DAVE.userKey()).message("Great review").link("RAP-1"));
        give(CAROL, aRecognition().to(DAVE.userKey()).message("Other issue").link("RAP-2"));
        give(CAROL, aRecognition().to(DAVE.userKey()).message("An address").link("https://example.com/RAP-1"));

        Map<String, Object> context = panel.getContextMap(context("RAP-1", user(ERIN), user(BOB)));

        assertThat(context).containsEntry("hasIssue", true).containsEntry("issueKey", "RAP-1").containsEntry("moreCount", 0);
        assertThat(messages(context)).containsExactly("Great review", "Fixed the build");
        assertThat(items(context).get(1)).containsEntry("giver", "Alice").containsEntry("recipients", "Bob, Carol")
                .containsEntry("category", "Teamwork").containsEntry("private", false);
    }

    @Test
    void privateRecognitionLinkedToTheIssue_isShownOnlyToGiverRecipientsAndAdmins() {
        give(ALICE, aRecognition().to(BOB.userKey(), CAROL.userKey()).message("Just between us").link("RAP-1").privately());
        give(DAVE, aRecognition().to(ERIN.userKey()).message("For everyone").link("RAP-1"));

        assertThat(messages(panel.getContextMap(context("RAP-1", user(ERIN), null))))
                .as("someone not involved").containsExactly("For everyone");
        assertThat(panel.getContextMap(context("RAP-1", user(ERIN), null))).containsEntry("moreCount", 0);
        for (Actor involved : List.of(ALICE, BOB, CAROL, ADMIN)) {
            assertThat(messages(panel.getContextMap(context("RAP-1", user(involved), null))))
                    .as("seen by %s", involved.userKey()).containsExactly("For everyone", "Just between us");
        }
        assertThat(items(panel.getContextMap(context("RAP-1", user(BOB), null))).get(1)).containsEntry("private", true);
    }

    @Test
    void hiddenRecognition_isShownOnlyToAdmins() {
        Recognition hidden = give(ALICE, aRecognition().to(BOB.userKey()).message("Hidden by a moderator").link("RAP-1"));
        RecognitionEntity row = world.ao.get(RecognitionEntity.class, (int) hidden.id());
        row.setHidden(true);
        row.setShownPublicly(false);
        row.save();

        assertThat(messages(panel.getContextMap(context("RAP-1", user(BOB), null)))).isEmpty();
        assertThat(messages(panel.getContextMap(context("RAP-1", user(ADMIN), null)))).containsExactly("Hidden by a moderator");
    }

    @Test
    void moreThanFive_showsTheLatestFive_andHowManyMore_linkingToTheFeedFilteredByTheIssue() {
        for (int i = 1; i <= 8; i++) {
            give(ALICE, aRecognition().to(BOB.userKey()).message("Thanks " + i).link("RAP-1"));
        }
        give(ALICE, aRecognition().to(CAROL.userKey()).message("Private, not for Erin").link("RAP-1").privately());

        Map<String, Object> context = panel.getContextMap(context("RAP-1", user(ERIN), null));

        assertThat(messages(context)).containsExactly("Thanks 8", "Thanks 7", "Thanks 6", "Thanks 5", "Thanks 4");
        assertThat(context).containsEntry("moreCount", 3).containsEntry("moreThanCounted", false)
                .containsEntry("feedUrl", "/jira/plugins/servlet/rapport/feed?link=RAP-1");
    }

    @Test
    void thankTheAssignee_opensTheGiveFormWithTheAssigneeAndTheIssue() {
        Map<String, Object> context = panel.getContextMap(context("RAP-1", user(ERIN), user(BOB)));

        assertThat(context).containsEntry("canThank", true).containsEntry("assigneeName", "Bob")
                .containsEntry("thankUrl", "/jira/plugins/servlet/rapport/recognise?to=bob&link=RAP-1");
    }

    @Test
    void thankTheAssignee_isNotOffered_withoutAssignee_orToTheAssigneeThemself() {
        assertThat(panel.getContextMap(context("RAP-1", user(ERIN), null))).containsEntry("canThank", false);
        assertThat(panel.getContextMap(context("RAP-1", user(BOB), user(BOB)))).containsEntry("canThank", false);
    }

    @Test
    void withoutIssueOrViewer_orWithAKeyThatIsNoLink_thePanelIsEmpty() {
        Map<String, Object> noViewer = new HashMap<>(context("RAP-1", user(ERIN), null));
        noViewer.remove("user");

        assertThat(panel.getContextMap(noViewer)).containsEntry("hasIssue", false);
        assertThat(panel.getContextMap(Map.of("user", user(ERIN)))).containsEntry("hasIssue", false);
        assertThat(panel.getContextMap(context("not a key", user(ERIN), null))).containsEntry("hasIssue", false);
    }

    @Test
    void feedFilteredByLink_showsWhatIsLinkedToTheIssue_thatTheCallerMaySee_newestFirst() {
        Recognition first = give(ALICE, aRecognition().to(BOB.userKey()).message("One").link("RAP-1"));
        give(ALICE, aRecognition().to(BOB.userKey()).message("Private").link("RAP-1").privately());
        give(ALICE, aRecognition().to(BOB.userKey()).message("Elsewhere").link("RAP-2"));
        Recognition last = give(CAROL, aRecognition().to(DAVE.userKey()).message("Two").link("RAP-1"));

        assertThat(world.service.feed(ERIN, FeedQuery.parse(null, null, null, null, null, "20", "RAP-1")).items())
                .extracting(Recognition::id).containsExactly(last.id(), first.id());
        assertThat(world.service.feed(BOB, FeedQuery.parse(null, null, null, null, null, "20", "RAP-1")).items())
                .extracting(Recognition::message).containsExactly("Two", "Private", "One");
    }

    @Test
    void feedFilteredByLink_refusesABadLink_andALinkTogetherWithAPerson() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.rapport.platform.InvalidInputException.class,
                () -> FeedQuery.parse(null, null, null, null, null, "20", "javascript:alert(1)")).errors())
                .extracting(e -> e.field()).containsExactly("link");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.rapport.platform.InvalidInputException.class,
                () -> FeedQuery.parse(BOB.userKey(), null, null, null, null, "20", "RAP-1")).errors())
                .extracting(e -> e.field()).containsExactly("link");
    }

    @ParameterizedTest(name = "{0} linked recognitions")
    @ValueSource(ints = {3, 200})
    void panel_usesAtMostFourStatements_whateverTheDataSize(int count) {
        for (int i = 0; i < count; i++) {
            Actor giver = i % 2 == 0 ? ALICE : CAROL;
            RecognitionDraftBuilder draft = aRecognition().to(BOB.userKey(), DAVE.userKey(), ERIN.userKey())
                    .category(teamwork.id()).message("Recognition " + i).link("RAP-1");
            give(giver, i % 3 == 0 ? draft.privately() : draft);
            world.clock.advance(Duration.ofSeconds(1));
        }

        for (Actor viewer : List.of(ERIN, BOB, ADMIN, new Actor("someone-else"))) {
            try (SqlCounter sql = db.countStatements()) {
                Map<String, Object> context = panel.getContextMap(context("RAP-1", user(viewer), user(BOB)));

                assertThat(messages(context)).as("seen by %s", viewer.userKey()).hasSizeBetween(1, 5);
                assertThat(sql.statements()).as("statements for %s", viewer.userKey()).hasSizeLessThanOrEqualTo(4);
            }
        }
    }

    // --- helpers

    private Recognition give(Actor giver, RecognitionDraftBuilder draft) {
        Recognition given = world.service.give(giver, draft.build(), null);
        world.clock.advance(Duration.ofSeconds(1));
        return given;
    }

    private static Map<String, Object> context(String issueKey, ApplicationUser viewer, ApplicationUser assignee) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", new TestIssue(issueKey, assignee));
        context.put("user", viewer);
        return context;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> context) {
        return (List<Map<String, Object>>) context.get("items");
    }

    private static List<Object> messages(Map<String, Object> context) {
        return items(context).stream().map(i -> i.get("message")).toList();
    }

    private static ApplicationUser user(Actor actor) {
        String username = actor.userKey().replace("-key", "");
        return new TestUser(actor.userKey(), username, Character.toUpperCase(username.charAt(0)) + username.substring(1));
    }

    private record TestUser(String getKey, String getUsername, String getDisplayName) implements ApplicationUser {
        @Override
        public String getName() {
            return getUsername;
        }

        @Override
        public String getEmailAddress() {
            return getUsername + "@example.com";
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    private record TestIssue(String getKey, ApplicationUser getAssignee) implements Issue {
        @Override
        public Long getId() {
            return 10001L;
        }

        @Override
        public String getSummary() {
            return "An issue";
        }

        @Override
        public ApplicationUser getReporter() {
            return null;
        }
    }
}
