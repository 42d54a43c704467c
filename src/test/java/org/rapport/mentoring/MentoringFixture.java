package org.rapport.mentoring;

import org.rapport.tally.TallyStore;
import org.rapport.admin.StoredSettings;
import org.rapport.people.PeopleSearch;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpDraft;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStore;
import org.rapport.help.ao.DefaultHelpKinds;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpKindEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.mentoring.ao.CheckInEntity;
import org.rapport.mentoring.ao.MenteeProfileEntity;
import org.rapport.mentoring.ao.MentorshipEntity;
import org.rapport.mentoring.ao.MentorshipFeedbackEntity;
import org.rapport.mentoring.ao.MentorshipGoalEntity;
import org.rapport.mentoring.ao.MentorProfileEntity;
import org.rapport.mentoring.ao.MentoringSkillEntity;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.MentoringNotifications;
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
import java.util.List;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Mentoring as the plugin wires it, over a real test database, with the real help ledger and org chart. */
final class MentoringFixture {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Actor ADMIN = TestActors.ADMIN;
    static final Actor ALICE = new Actor("alice-key");
    static final Actor BOB = new Actor("bob-key");
    static final Actor CAROL = new Actor("carol-key");
    static final Actor DAVE = new Actor("dave-key");
    static final Actor ERIN = new Actor("erin-key");
    /** Eight more colleagues, for races of many mentees at once. */
    static final List<Actor> CROWD = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> new Actor("crowd" + i + "-key")).toList();

    final HostActiveObjects ao;
    final Permissions permissions = TestActors.permissions();
    final MentoringStore store;
    final MentoringProfileService profiles;
    final MentorSuggestions suggestions;
    final HelpService help;
    final HelpAdminService helpAdmin;
    final OrgStore orgStore;
    final MentorshipStore pairingStore;
    final MentoringSettingsService mentoringSettings;
    final MentorshipService pairings;
    final NotificationStore notifications;

    MentoringFixture(TestDatabase db) {
        ao = db.activeObjects();
        new DefaultHelpKinds().upgrade(null, ao);
        Transactions transactions = new Transactions(ao);
        SystemClock clock = new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC));
        store = new MentoringStore(ao);
        SkillVocabulary skills = new SkillVocabulary(new SkillStore(ao), new MentoringSkillUses(store));
        Tallies tallies = new Tallies(new TallyStore(ao));
        orgStore = new OrgStore(ao);
        OrgChart org = new OrgChart(orgStore);
        List<Actor> everyone = new java.util.ArrayList<>(List.of(ADMIN, ALICE, BOB, CAROL, DAVE, ERIN));
        everyone.addAll(CROWD);
        PeopleDirectory people = knownPeople(everyone.toArray(Actor[]::new));
        help = new HelpService(new HelpStore(ao), new HelpKindStore(ao), tallies, skills,
                new HelpNotifications(new NotificationStore(ao), clock), people, org, transactions, permissions, clock);
        helpAdmin = new HelpAdminService(new HelpKindStore(ao), skills, help, transactions, permissions);
        profiles = new MentoringProfileService(store, skills, transactions, permissions, clock);
        pairingStore = new MentorshipStore(ao);
        mentoringSettings = new MentoringSettingsService(new StoredSettings(new SettingsStore(ao), transactions), permissions);
        suggestions = new MentorSuggestions(store, new HelpSkillEvidence(tallies), new ActivePairingCounts(pairingStore), org, clock,
                mentoringSettings);
        notifications = new NotificationStore(ao);
        pairings = new MentorshipService(pairingStore, store, mentoringSettings, new MentoringNotifications(notifications, clock), people,
                org, transactions, clock);
    }

    private static PeopleDirectory knownPeople(Actor... actors) {
        UserManager users = mock(UserManager.class);
        for (Actor actor : actors) {
            String key = actor.userKey();
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUserKey()).thenReturn(new UserKey(key));
            when(profile.getUsername()).thenReturn(key.replace("-key", ""));
            when(profile.getFullName()).thenReturn(key.replace("-key", ""));
            when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
        }
        return new PeopleDirectory(users, mock(PeopleSearch.class));
    }

    static void migrate(TestDatabase db) {
        db.migrate(MentorProfileEntity.class, MenteeProfileEntity.class, MentoringSkillEntity.class, HelpEntryEntity.class,
                HelpSkillEntity.class, HelpKindEntity.class, SkillTagEntity.class, TallyEntity.class, NotificationEntity.class,
                OrgPersonEntity.class, MentorshipEntity.class, MentorshipFeedbackEntity.class, CheckInEntity.class,
                MentorshipGoalEntity.class, SettingEntity.class);
    }

    /** Confirmed help: logged by the helped person, so it counts at once. */
    void confirmedHelp(Actor helper, Actor helped, String skill) {
        help.log(helped, HelpDraft.parse(helper.userKey(), helped.userKey(), "Walked me through it", "", "unblocked-me",
                List.of(skill), null, null, null, LocalDate.of(2026, 11, 20)));
    }

    MentorProfile mentor(Actor who, int capacity, boolean paused, String zone, String... skills) {
        return profiles.saveMentorProfile(who, who.userKey(), MentorProfileDraft.of(List.of(skills), capacity, paused, "", zone));
    }

    /** A mentee's request to a mentor, with the default cadence. */
    PairingView ask(Actor mentee, Actor mentor) {
        return pairings.propose(mentee, PairingProposal.of(mentor.userKey(), mentee.userKey(), "Please mentor me", null));
    }

    /** An active pairing: the mentee asks, the mentor accepts. */
    Mentorship activePairing(Actor mentor, Actor mentee) {
        PairingView asked = ask(mentee, mentor);
        return pairings.accept(mentor, asked.pairing().id()).pairing();
    }

    MenteeProfile mentee(Actor who, String zone, String... skills) {
        return profiles.saveMenteeProfile(who, who.userKey(), MenteeProfileDraft.of("Run clusters", List.of(skills), false, false, zone));
    }
}
