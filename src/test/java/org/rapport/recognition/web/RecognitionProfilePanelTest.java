package org.rapport.recognition.web;

import org.rapport.tally.TallyStore;
import org.rapport.admin.StoredSettings;
import org.rapport.people.PeopleSearch;
import org.rapport.product.jira.JiraPanelContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.CommentStore;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.ReactionStore;
import org.rapport.recognition.RecognitionDraft;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.RecognitionStore;
import org.rapport.tally.Tallies;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.CategoryService;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.recognition.category.ao.DefaultCategories;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The recognition profile panel on a real database: what it shows (counts this quarter, top
 * categories, the latest recognitions the viewer may see, "Recognise") and that it costs at most
 * three statements at any data size.
 */
@Tag("database")
class RecognitionProfilePanelTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final List<String> PEOPLE = List.of("admin", "alice", "bob", "carol", "dave", "erin");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionService recognitions;
    private RecognitionProfilePanel panel;
    private long teamwork;

    @BeforeAll
    static void schema() {
        db.migrate(CategoryEntity.class, SettingEntity.class, RecognitionEntity.class, RecipientEntity.class, TallyEntity.class, ReactionEntity.class, CommentEntity.class,
                NotificationEntity.class);
    }

    @BeforeEach
    void setUp() {
        new DefaultCategories().upgrade(null, db.activeObjects());
        UserManager users = mock(UserManager.class);
        for (String name : PEOPLE) {
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUserKey()).thenReturn(new UserKey(name));
            when(profile.getUsername()).thenReturn(name);
            when(profile.getFullName()).thenReturn(name.substring(0, 1).toUpperCase() + name.substring(1));
            when(profile.getProfilePictureUri(any(Integer.class), any(Integer.class))).thenReturn(URI.create("/avatar/" + name + ".svg"));
            when(users.getUserProfile(new UserKey(name))).thenReturn(profile);
            when(users.getUserProfile(name)).thenReturn(profile);
        }
        when(users.isAdmin(new UserKey("admin"))).thenReturn(true);
        Permissions permissions = new Permissions(users);
        Transactions transactions = new Transactions(db.activeObjects());
        SystemClock clock = new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC));
        CategoryStore categoryStore = new CategoryStore(db.activeObjects());
        CategoryService categories = new CategoryService(categoryStore, transactions, permissions, clock);
        PeopleDirectory people = new PeopleDirectory(users, mock(PeopleSearch.class));
        SettingsService settings = new SettingsService(new SettingsStore(db.activeObjects()), new StoredSettings(new SettingsStore(db.activeObjects()), transactions), permissions);
        settings.update(new Actor("admin"), new RapportSettings(0, true));
        Tallies tallies = new Tallies(new TallyStore(db.activeObjects()));
        NotificationService notifications = new NotificationService(new NotificationStore(db.activeObjects()), transactions, clock);
        recognitions = new RecognitionService(new RecognitionStore(db.activeObjects()), tallies, notifications, new ReactionStore(db.activeObjects()), new CommentStore(db.activeObjects()), categoryStore, people,
                settings, transactions, permissions, clock);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        panel = new RecognitionProfilePanel(new JiraPanelContext(), people, recognitions, new LeaderboardService(tallies, clock, settings, new OrgChart(new OrgStore(db.activeObjects())), permissions),
                categories, application);
        teamwork = categoryStore.findByName("Teamwork").orElseThrow().id();
    }

    @Test
    void panel_showsQuarterCountsTopCategoriesAndLatest_butNotOthersPrivateOnes() {
        give("alice", "bob", "Thanks for the review", Visibility.PUBLIC);
        give("carol", "bob", "Great pairing", Visibility.PUBLIC);
        give("dave", "bob", "Just between us", Visibility.PRIVATE);
        give("bob", "alice", "Back at you", Visibility.PUBLIC);

        Map<String, Object> seenByErin = panel.getContextMap(context("bob", "erin"));

        assertThat(seenByErin).containsEntry("receivedThisQuarter", 2).containsEntry("givenThisQuarter", 1)
                .containsEntry("canRecognise", true)
                .containsEntry("recogniseUrl", "/jira/plugins/servlet/rapport/recognise?to=bob");
        assertThat(messages(seenByErin)).containsExactly("Great pairing", "Thanks for the review");
        assertThat(topCategoryNames(seenByErin)).containsExactly("Teamwork");

        Map<String, Object> seenByBob = panel.getContextMap(context("bob", "bob"));
        assertThat(messages(seenByBob)).containsExactly("Just between us", "Great pairing", "Thanks for the review");
        assertThat(seenByBob).containsEntry("canRecognise", false).containsEntry("receivedThisQuarter", 2);
    }

    @ParameterizedTest(name = "{0} recognitions")
    @ValueSource(ints = {3, 60})
    void panel_usesAtMostThreeStatements_whateverTheDataSize(int count) {
        for (int i = 0; i < count; i++) {
            give(i % 2 == 0 ? "alice" : "carol", "bob", "Recognition " + i, i % 3 == 0 ? Visibility.PRIVATE : Visibility.PUBLIC);
        }

        for (String viewer : List.of("erin", "bob", "admin")) {
            try (SqlCounter sql = db.countStatements()) {
                Map<String, Object> context = panel.getContextMap(context("bob", viewer));

                long shown = viewer.equals("erin") ? IntStream.range(0, count).filter(i -> i % 3 != 0).count() : count;
                assertThat(messages(context)).hasSize((int) Math.min(5, shown));
                // Categories, recognition counters, the latest received recognitions (joined to their recipient rows).
                assertThat(sql.statements()).as("seen by %s", viewer).hasSizeLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void panel_withoutAProfileUser_showsNothingAndReadsNothing() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(new HashMap<>())).containsEntry("hasPerson", false);
            assertThat(sql.statements()).isEmpty();
        }
    }

    private void give(String giver, String recipient, String message, Visibility visibility) {
        recognitions.give(new Actor(giver), new RecognitionDraft(List.of(recipient), teamwork, message, visibility, null), null);
    }

    private static Map<String, Object> context(String profile, String viewer) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", user(profile));
        context.put("currentUser", user(viewer));
        return context;
    }

    private static ApplicationUser user(String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(name);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages(Map<String, Object> context) {
        return ((List<Map<String, Object>>) context.get("recent")).stream().map(m -> (String) m.get("message")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> topCategoryNames(Map<String, Object> context) {
        return ((List<Map<String, Object>>) context.get("topCategories")).stream().map(m -> (String) m.get("name")).toList();
    }
}
