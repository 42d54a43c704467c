package org.rapport.mentoring.profile;

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
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.profile.ao.MentorProfileEntity;
import org.rapport.mentoring.profile.web.MentoringProfilePanel;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.product.jira.JiraPanelContext;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.velocity.HostTemplateRenderer;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;

/**
 * The mentoring profile panel on a real database: role and availability (open, paused, full, with
 * active mentees from the {@link ActiveMentees} port), "Ask to be my mentor" only where the rules of
 * {@link MentorSuggestions} allow it, the mentee role only on one's own profile, and a bounded
 * number of statements. The port here answers from a map but runs one real SELECT per call, as
 * the pairings table's implementation will.
 */
@Tag("database")
class MentoringProfilePanelTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;
    private final Map<String, Integer> activeCounts = new HashMap<>();
    private MentoringProfilePanel panel;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
        ActiveMentees active = keys -> {
            // One statement, like the real count over the pairings table.
            f.ao.count(MentorProfileEntity.class, MentorProfileEntity.PERSON_KEY + " = ?", keys.iterator().next());
            Map<String, Integer> result = new HashMap<>();
            keys.forEach(k -> result.put(k, activeCounts.getOrDefault(k, 0)));
            return result;
        };
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        panel = new MentoringProfilePanel(new JiraPanelContext(), new MentoringStandings(f.store, active, new OrgChart(f.orgStore)), application);
        // Carol manages Dave, Dave manages Erin; Alice and Bob are elsewhere.
        f.orgStore.saveAll(List.of(new OrgPerson(DAVE.userKey(), CAROL.userKey(), "Sales"),
                new OrgPerson(ERIN.userKey(), DAVE.userKey(), "Sales"), new OrgPerson(BOB.userKey(), null, "Platform")));
    }

    @Test
    void openMentorWithFreeCapacity_showsMentoringNOfCapacity_andTheAskLink() {
        f.mentor(BOB, 3, false, "UTC", "Kubernetes", "Go");
        activeCounts.put(BOB.userKey(), 2);

        Map<String, Object> seenByAlice = panel.getContextMap(context(BOB, ALICE));

        assertThat(seenByAlice).containsEntry("isMentor", true).containsEntry("availability", "open")
                .containsEntry("activeMentees", "2").containsEntry("mentorCapacity", "3")
                .containsEntry("mentorSkills", "kubernetes, go").containsEntry("isMentee", false)
                .containsEntry("canAsk", true).containsEntry("askUrl", "/jira/plugins/servlet/rapport/mentoring?ask=bob-key");
    }

    @Test
    void fullOrPausedMentor_showsItsAvailability_withoutTheAskLink() {
        f.mentor(BOB, 2, false, "UTC", "Go");
        activeCounts.put(BOB.userKey(), 2);
        assertThat(panel.getContextMap(context(BOB, ALICE))).containsEntry("availability", "full").containsEntry("canAsk", false);

        f.mentor(BOB, 0, false, "UTC", "Go");
        activeCounts.clear();
        assertThat(panel.getContextMap(context(BOB, ALICE))).containsEntry("availability", "full").containsEntry("canAsk", false);

        f.mentor(BOB, 3, true, "UTC", "Go");
        assertThat(panel.getContextMap(context(BOB, ALICE))).containsEntry("availability", "paused").containsEntry("canAsk", false);
    }

    @Test
    void askLink_neverOnOnesOwnProfile_norToOnesManagerOrAnyoneAbove() {
        f.mentor(CAROL, 3, false, "UTC", "Sales");
        f.mentor(DAVE, 3, false, "UTC", "Sales");

        assertThat(panel.getContextMap(context(CAROL, CAROL))).containsEntry("canAsk", false);
        assertThat(panel.getContextMap(context(CAROL, DAVE))).as("Carol is Dave's manager").containsEntry("canAsk", false);
        assertThat(panel.getContextMap(context(CAROL, ERIN))).as("Carol is above Erin's manager").containsEntry("canAsk", false);
        assertThat(panel.getContextMap(context(DAVE, ERIN))).as("Dave is Erin's manager").containsEntry("canAsk", false);
        assertThat(panel.getContextMap(context(CAROL, ALICE))).as("Alice is outside Carol's line").containsEntry("canAsk", true);
        assertThat(panel.getContextMap(context(DAVE, CAROL))).as("a manager may ask their own report").containsEntry("canAsk", true);
    }

    @Test
    void menteeRole_isShownOnlyToThePersonThemself() {
        f.mentee(CAROL, "UTC", "go");

        assertThat(panel.getContextMap(context(CAROL, CAROL))).containsEntry("isMentee", true).containsEntry("isMentor", false);
        assertThat(panel.getContextMap(context(CAROL, ERIN))).containsEntry("isMentee", false).containsEntry("isMentor", false)
                .containsEntry("canAsk", false);
    }

    @ParameterizedTest(name = "{0} mentors, skills and colleagues")
    @ValueSource(ints = {3, 60})
    void panel_usesAtMostFourStatements_whateverTheDataSize(int count) {
        List<OrgPerson> org = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Actor colleague = new Actor("colleague-" + i);
            f.profiles.saveMentorProfile(colleague, colleague.userKey(), MentorProfileDraft.of(List.of("skill-" + i), 5, false, "", "UTC"));
            org.add(new OrgPerson(colleague.userKey(), BOB.userKey(), "Platform"));
        }
        f.orgStore.saveAll(org);
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 10); i++) {
            skills.add("skill-" + i);
        }
        f.profiles.saveMentorProfile(ALICE, ALICE.userKey(), MentorProfileDraft.of(skills, 10, false, "", "UTC"));
        f.mentee(ALICE, "UTC", "go");
        activeCounts.put(ALICE.userKey(), 4);

        // Someone else's open mentor (the Ask check), one's own profile (the mentee check), someone who mentors nobody.
        for (Map<String, Object> context : List.of(context(ALICE, BOB), context(ALICE, ALICE), context(ERIN, BOB))) {
            try (SqlCounter sql = db.countStatements()) {
                panel.getContextMap(context);
                assertThat(sql.statements()).hasSizeLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void askCheckForAMentorWhoManagesPeople_addsOneStatementPerLevelOfTheViewersChain() {
        f.mentor(CAROL, 3, false, "UTC", "Sales");

        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(context(CAROL, ALICE))).containsEntry("canAsk", true);
            // Profile, skills, active mentees, "does Carol manage anybody", Alice's (absent) manager.
            assertThat(sql.statements()).hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void template_showsAvailabilityAndSkills_andTheAskLink() throws Exception {
        f.mentor(BOB, 3, false, "UTC", "Go", "Kubernetes");
        activeCounts.put(BOB.userKey(), 2);
        ClassLoader loader = MentoringProfilePanelTest.class.getClassLoader();
        HostTemplateRenderer renderer = new HostTemplateRenderer(loader, Set.of(), new HostI18nResolver(loader, "i18n/rapport"));

        StringWriter html = new StringWriter();
        renderer.render("templates/panels/profile-mentoring.vm", panel.getContextMap(context(BOB, ALICE)), html);

        assertThat(html.toString()).contains("id=\"rapport-profile-mentoring-panel\"")
                .contains("Mentoring 2 of 3 \u2014 open")
                .contains("id=\"rapport-profile-mentor-ask\" href=\"/jira/plugins/servlet/rapport/mentoring?ask=bob-key\"")
                .contains("Offers: go, kubernetes")
                .contains("Ask to be my mentor");
    }

    @Test
    void panel_withoutAProfileUser_showsNothingAndReadsNothing() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(new HashMap<>())).containsEntry("hasPerson", false);
            assertThat(sql.statements()).isEmpty();
        }
    }

    private static Map<String, Object> context(Actor profile, Actor viewer) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", user(profile.userKey()));
        context.put("currentUser", user(viewer.userKey()));
        return context;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key.replace("-key", ""));
        when(user.getDisplayName()).thenReturn(key);
        return user;
    }
}
