package org.rapport.help;

import org.rapport.tally.TallyStore;
import org.rapport.people.PeopleSearch;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.rapport.help.ao.DefaultHelpKinds;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpKindEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.NotificationService;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tallies;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.skills.SkillStore;
import org.rapport.skills.SkillVocabulary;
import org.rapport.skills.ao.SkillTagEntity;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.testing.TestActors;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The help ledger as the plugin wires it, over a real test database: real stores and services,
 * Mockito only for the host's users, a fixed clock, and the in-app notifications.
 */
final class HelpFixture {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static final Actor ADMIN = TestActors.ADMIN;
    static final Actor ALICE = new Actor("alice-key");
    static final Actor BOB = new Actor("bob-key");
    static final Actor CAROL = new Actor("carol-key");
    static final Actor DAVE = new Actor("dave-key");
    static final Actor ERIN = new Actor("erin-key");
    static final String GHOST = "ghost-key";

    final HostActiveObjects ao;
    final Permissions permissions = TestActors.permissions();
    final PeopleDirectory people;
    final HelpService service;
    final HelpAdminService admin;
    final NotificationService notifications;
    final Tallies tallies;
    final OrgStore orgStore;

    HelpFixture(TestDatabase db) {
        ao = db.activeObjects();
        new DefaultHelpKinds().upgrade(null, ao);
        Transactions transactions = new Transactions(ao);
        SystemClock clock = new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC));
        people = knownPeople(ADMIN, ALICE, BOB, CAROL, DAVE, ERIN);
        NotificationStore notificationStore = new NotificationStore(ao);
        notifications = new NotificationService(notificationStore, transactions, clock);
        tallies = new Tallies(new TallyStore(ao));
        SkillVocabulary skills = new SkillVocabulary(new SkillStore(ao));
        HelpKindStore kinds = new HelpKindStore(ao);
        orgStore = new OrgStore(ao);
        OrgChart org = new OrgChart(orgStore);
        service = new HelpService(new HelpStore(ao), kinds, tallies, skills, new HelpNotifications(notificationStore, clock),
                people, org, transactions, permissions, clock);
        admin = new HelpAdminService(kinds, skills, service, transactions, permissions);
    }

    static void migrate(TestDatabase db) {
        db.migrate(HelpEntryEntity.class, HelpSkillEntity.class, HelpKindEntity.class, SkillTagEntity.class, TallyEntity.class,
                NotificationEntity.class, OrgPersonEntity.class);
    }

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
            when(users.getUserProfile(username)).thenReturn(profile);
        }
        return new PeopleDirectory(users, mock(PeopleSearch.class));
    }

    /** A draft builder with valid defaults: Alice helped Bob today, "unblocked-me". */
    static Draft help() {
        return new Draft();
    }

    static final class Draft {
        String helper = ALICE.userKey();
        String helped = BOB.userKey();
        String summary = "Fixed my build";
        String details = "";
        String kind = "unblocked-me";
        List<String> skills = new ArrayList<>();
        String link;
        Integer minutes;
        String date;

        Draft from(Actor a) {
            helper = a.userKey();
            return this;
        }

        Draft to(Actor a) {
            helped = a.userKey();
            return this;
        }

        Draft summary(String s) {
            summary = s;
            return this;
        }

        Draft details(String d) {
            details = d;
            return this;
        }

        Draft kind(String k) {
            kind = k;
            return this;
        }

        Draft skills(String... s) {
            skills = List.of(s);
            return this;
        }

        Draft link(String l) {
            link = l;
            return this;
        }

        Draft minutes(Integer m) {
            minutes = m;
            return this;
        }

        Draft date(String d) {
            date = d;
            return this;
        }

        HelpDraft build() {
            return HelpDraft.parse(helper, helped, summary, details, kind, skills, link, minutes, date, TODAY);
        }
    }
}
