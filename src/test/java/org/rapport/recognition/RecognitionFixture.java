package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.admin.StoredSettings;
import org.rapport.people.PeopleSearch;
import org.rapport.tally.Tallies;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import net.java.ao.Query;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryKind;
import org.rapport.recognition.category.CategoryService;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.testing.TestActors;
import org.rapport.testing.TestDatabase;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rapport.recognition.category.CategoryDraftBuilder.aCategory;

/**
 * Recognition as the plugin wires it, over a real test database: the real stores and services,
 * with Mockito only at the edges (the host's users, through {@link TestActors} and a SAL
 * {@code UserManager} that knows the people below) and a clock the test moves.
 */
final class RecognitionFixture {
    /** A Wednesday: the allowance week runs from Monday 10 March to Monday 17 March 2025, 00:00 UTC. */
    static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");
    static final Instant NEXT_MONDAY = Instant.parse("2025-03-17T00:00:00Z");

    static final Actor ADMIN = TestActors.ADMIN;
    static final Actor ALICE = new Actor("alice-key");
    static final Actor BOB = new Actor("bob-key");
    static final Actor CAROL = new Actor("carol-key");
    static final Actor DAVE = new Actor("dave-key");
    static final Actor ERIN = new Actor("erin-key");
    /** A key the host's user directory does not know. */
    static final String GHOST = "ghost-key";

    final TestClock clock = new TestClock(NOW);
    final HostActiveObjects ao;
    final Permissions permissions;
    final RecognitionStore store;
    final CategoryService categories;
    final SettingsService settings;
    final PeopleDirectory people;
    final RecognitionService service;
    final NotificationService notifications;

    RecognitionFixture(TestDatabase db) {
        this(db, TestActors.permissions());
    }

    /** With the caller's permissions from elsewhere (the in-memory REST layer's current user). */
    RecognitionFixture(TestDatabase db, Permissions permissions) {
        this.permissions = permissions;
        ao = db.activeObjects();
        Transactions transactions = new Transactions(ao);
        SystemClock systemClock = new SystemClock(clock);
        CategoryStore categoryStore = new CategoryStore(ao);
        store = new RecognitionStore(ao);
        categories = new CategoryService(categoryStore, transactions, permissions, systemClock);
        settings = new SettingsService(new SettingsStore(ao), new StoredSettings(new SettingsStore(ao), transactions), permissions);
        people = knownPeople(ADMIN, ALICE, BOB, CAROL, DAVE, ERIN);
        notifications = new NotificationService(new NotificationStore(ao), transactions, systemClock);
        service = new RecognitionService(store, new Tallies(new TallyStore(ao)), notifications, new ReactionStore(ao), new CommentStore(ao), categoryStore, people, settings, transactions,
                permissions, systemClock);
    }

    static void migrate(TestDatabase db) {
        db.migrate(RecognitionEntity.class, RecipientEntity.class, TallyEntity.class, CategoryEntity.class, SettingEntity.class, ReactionEntity.class, CommentEntity.class,
                NotificationEntity.class, OrgPersonEntity.class);
    }

    /** The host's directory knowing exactly these people; anyone else is unknown. */
    private static PeopleDirectory knownPeople(Actor... actors) {
        UserManager users = mock(UserManager.class);
        for (Actor actor : actors) {
            String key = actor.userKey();
            String username = key.replace("-key", "");
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUserKey()).thenReturn(new UserKey(key));
            when(profile.getUsername()).thenReturn(username);
            when(profile.getFullName()).thenReturn(Character.toUpperCase(username.charAt(0)) + username.substring(1));
            when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
        }
        return new PeopleDirectory(users, mock(PeopleSearch.class));
    }

    Category category(String name) {
        return categories.create(ADMIN, aCategory().name(name).build());
    }

    Category milestone(String name) {
        return categories.create(ADMIN, aCategory().name(name).kind(CategoryKind.MILESTONE).build());
    }

    void rules(int weeklyAllowance, boolean categoryRequired) {
        settings.update(ADMIN, new RapportSettings(weeklyAllowance, categoryRequired));
    }

    void weeklyAllowance(int weeklyAllowance) {
        rules(weeklyAllowance, settings.current().categoryRequired());
    }

    /** What the database holds, read past the service: the rows of the recognition table. */
    List<RecognitionEntity> recognitionRows() {
        return Arrays.asList(ao.find(RecognitionEntity.class, Query.select(RecognitionEntity.ALL_COLUMNS + ", "
                + RecognitionEntity.ALLOWANCE_SLOT + ", " + RecognitionEntity.IDEMPOTENCY_KEY)));
    }

    int recipientRowCount() {
        return ao.count(RecipientEntity.class);
    }
}
