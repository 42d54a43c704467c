package org.rapport.mentoring;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpDraft;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStore;
import org.rapport.help.ao.DefaultHelpKinds;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpKindEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.mentoring.checkin.ao.CheckInEntity;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;
import org.rapport.mentoring.pairing.ActivePairingCounts;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipService;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.PairingProposal;
import org.rapport.mentoring.pairing.PairingView;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;
import org.rapport.mentoring.profile.HelpSkillEvidence;
import org.rapport.mentoring.profile.MenteeProfile;
import org.rapport.mentoring.profile.MenteeProfileDraft;
import org.rapport.mentoring.profile.MentorProfile;
import org.rapport.mentoring.profile.MentorProfileDraft;
import org.rapport.mentoring.profile.MentorSuggestions;
import org.rapport.mentoring.profile.MentoringProfileService;
import org.rapport.mentoring.profile.MentoringSkillUses;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.mentoring.profile.ao.MenteeProfileEntity;
import org.rapport.mentoring.profile.ao.MentorProfileEntity;
import org.rapport.mentoring.profile.ao.MentoringSkillEntity;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.MentoringNotifications;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.PeopleSearch;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.skills.SkillStore;
import org.rapport.skills.SkillVocabulary;
import org.rapport.skills.ao.SkillTagEntity;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.tally.ao.TallyEntity;
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
public final class MentoringFixture {
    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final Actor ADMIN = TestActors.ADMIN;
    public static final Actor ALICE = new Actor("alice-key");
    public static final Actor BOB = new Actor("bob-key");
    public static final Actor CAROL = new Actor("carol-key");
    public static final Actor DAVE = new Actor("dave-key");
    public static final Actor ERIN = new Actor("erin-key");
    /** Eight more colleagues, for races of many mentees at once. */
    public static final List<Actor> CROWD = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> new Actor("crowd" + i + "-key")).toList();

    public final HostActiveObjects ao;
    public final Permissions permissions = TestActors.permissions();
    public final MentoringStore store;
    public final MentoringProfileService profiles;
    public final MentorSuggestions suggestions;
    public final HelpService help;
    public final HelpAdminService helpAdmin;
    public final OrgStore orgStore;
    public final MentorshipStore pairingStore;
    public final MentoringSettingsService mentoringSettings;
    public final MentorshipService pairings;
    public final NotificationStore notifications;

    public MentoringFixture(TestDatabase db) {
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

    public static void migrate(TestDatabase db) {
        db.migrate(MentorProfileEntity.class, MenteeProfileEntity.class, MentoringSkillEntity.class, HelpEntryEntity.class,
                HelpSkillEntity.class, HelpKindEntity.class, SkillTagEntity.class, TallyEntity.class, NotificationEntity.class,
                OrgPersonEntity.class, MentorshipEntity.class, MentorshipFeedbackEntity.class, CheckInEntity.class,
                MentorshipGoalEntity.class, SettingEntity.class);
    }

    /** Confirmed help: logged by the helped person, so it counts at once. */
    public void confirmedHelp(Actor helper, Actor helped, String skill) {
        help.log(helped, HelpDraft.parse(helper.userKey(), helped.userKey(), "Walked me through it", "", "unblocked-me",
                List.of(skill), null, null, null, LocalDate.of(2026, 11, 20)));
    }

    public MentorProfile mentor(Actor who, int capacity, boolean paused, String zone, String... skills) {
        return profiles.saveMentorProfile(who, who.userKey(), MentorProfileDraft.of(List.of(skills), capacity, paused, "", zone));
    }

    /** A mentee's request to a mentor, with the default cadence. */
    public PairingView ask(Actor mentee, Actor mentor) {
        return pairings.propose(mentee, PairingProposal.of(mentor.userKey(), mentee.userKey(), "Please mentor me", null));
    }

    /** An active pairing: the mentee asks, the mentor accepts. */
    public Mentorship activePairing(Actor mentor, Actor mentee) {
        PairingView asked = ask(mentee, mentor);
        return pairings.accept(mentor, asked.pairing().id()).pairing();
    }

    public MenteeProfile mentee(Actor who, String zone, String... skills) {
        return profiles.saveMenteeProfile(who, who.userKey(), MenteeProfileDraft.of("Run clusters", List.of(skills), false, false, zone));
    }
}
