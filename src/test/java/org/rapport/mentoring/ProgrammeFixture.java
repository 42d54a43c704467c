package org.rapport.mentoring;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import net.java.ao.DBParam;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.mentoring.checkin.GoalSummaryStore;
import org.rapport.mentoring.checkin.ao.CheckInEntity;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.NewMentorship;
import org.rapport.mentoring.pairing.ProposedBy;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;
import org.rapport.mentoring.profile.ActiveMentees;
import org.rapport.mentoring.profile.HelpSkillEvidence;
import org.rapport.mentoring.programme.MentoringProgramme;
import org.rapport.mentoring.programme.PairingOverviewStore;
import org.rapport.mentoring.programme.TeamMentoring;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.notification.MentoringNotifications;
import org.rapport.notification.NotificationStore;
import org.rapport.org.OrgChart;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.PeopleSearch;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.NOW;

/**
 * The manager's and the coordinator's views over {@link MentoringFixture}, with pairings written
 * straight into the pairing table (the pairing lifecycle belongs to its own service) and active
 * mentees counted from that table. {@link #COORDINATOR} is in the coordinator group.
 */
public final class ProgrammeFixture {
    public static final Actor COORDINATOR = new Actor("coco-key");

    public final MentoringFixture m;
    public final MentorshipStore pairings;
    public final PairingOverviewStore overview;
    public final MentoringSettingsService settings;
    public final TeamMentoring team;
    public final MentoringProgramme programme;
    public final Transactions transactions;
    public final Map<String, String> displayNames = new HashMap<>();
    public final PeopleDirectory people;
    public final NotificationStore notifications;

    public ProgrammeFixture(TestDatabase db) {
        m = new MentoringFixture(db);
        transactions = new Transactions(m.ao);
        pairings = new MentorshipStore(m.ao);
        overview = new PairingOverviewStore(m.ao);
        UserManager users = mock(UserManager.class);
        when(users.isAdmin(new UserKey(ADMIN.userKey()))).thenReturn(true);
        when(users.isUserInGroup(new UserKey(COORDINATOR.userKey()), "rapport-coordinators")).thenReturn(true);
        when(users.getUserProfile(any(UserKey.class))).thenAnswer(call -> profile(((UserKey) call.getArgument(0)).getStringValue()));
        Permissions permissions = new Permissions(users);
        people = new PeopleDirectory(users, mock(PeopleSearch.class));
        settings = new MentoringSettingsService(new StoredSettings(new SettingsStore(m.ao), transactions), permissions);
        SystemClock clock = new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC));
        notifications = new NotificationStore(m.ao);
        OrgChart org = new OrgChart(m.orgStore);
        ActiveMentees active = mentorKeys -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Mentorship p : overview.openPairings(10_000)) {
                if (p.status() == MentorshipStatus.ACTIVE && mentorKeys.contains(p.mentorKey())) {
                    counts.merge(p.mentorKey(), 1, Integer::sum);
                }
            }
            return counts;
        };
        team = new TeamMentoring(overview, new GoalSummaryStore(m.ao), org, clock);
        programme = new MentoringProgramme(overview, pairings, m.store, settings, active, new HelpSkillEvidence(new Tallies(new TallyStore(m.ao))),
                org, transactions, clock, people, new MentoringNotifications(notifications, clock));
    }

    private UserProfile profile(String key) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(profile.getUsername()).thenReturn(key.replace("-key", ""));
        when(profile.getFullName()).thenReturn(displayNames.getOrDefault(key, key.replace("-key", "")));
        when(profile.getProfilePictureUri(anyInt(), anyInt())).thenReturn(null);
        return profile;
    }

    /** A proposal by the mentee, with a private message. */
    public Mentorship proposed(Actor mentor, Actor mentee) {
        return transactions.write(() -> pairings.insertProposed(new NewMentorship(mentor.userKey(), mentee.userKey(),
                ProposedBy.MENTEE, mentee.userKey(), "PRIVATE proposal message", 14), NOW.minus(Duration.ofDays(30))));
    }

    /** An active pairing started 20 days ago with check-ins, due at {@code nextDueAt}. */
    public Mentorship active(Actor mentor, Actor mentee, int checkIns, Instant nextDueAt) {
        Mentorship p = proposed(mentor, mentee);
        transactions.write(() -> {
            MentorshipEntity row = m.ao.get(MentorshipEntity.class, (int) p.id());
            row.setStatus(MentorshipStatus.ACTIVE.name());
            row.setMentorAccepted(true);
            row.setStartedAt(NOW.minus(Duration.ofDays(20)).toEpochMilli());
            row.setCheckInCount(checkIns);
            row.setLastCheckInOn(checkIns == 0 ? null : LocalDate.of(2026, 11, 10).toEpochDay());
            row.setNextDueAt(nextDueAt.toEpochMilli());
            row.save();
            return null;
        });
        return pairings.get(p.id()).orElseThrow();
    }

    public void close(Mentorship p, MentorshipStatus status) {
        transactions.write(() -> {
            MentorshipEntity row = m.ao.get(MentorshipEntity.class, (int) p.id());
            row.setStatus(status.name());
            // A closed pairing frees the pair's slot (AO's H2 DDL makes the unique column NOT NULL, so no null here).
            row.setOpenPair("closed-" + p.id());
            row.setNextDueAt(null);
            row.setEndedAt(NOW.toEpochMilli());
            row.save();
            return null;
        });
    }

    /** Private content the views must never show: check-in notes and next steps, feedback, goal titles. */
    public void privateContent(Mentorship p, int... goalProgress) {
        transactions.write(() -> {
            m.ao.create(CheckInEntity.class, new DBParam(CheckInEntity.MENTORSHIP_ID, p.id()),
                    new DBParam(CheckInEntity.HELD_ON, LocalDate.of(2026, 11, 10).toEpochDay()),
                    new DBParam(CheckInEntity.DURATION_MINUTES, 30),
                    new DBParam(CheckInEntity.NOTES, "PRIVATE check-in notes"),
                    new DBParam(CheckInEntity.NEXT_STEPS, "PRIVATE next steps"),
                    new DBParam(CheckInEntity.AUTHOR_KEY, p.mentorKey()),
                    new DBParam(CheckInEntity.CREATED_AT, NOW.toEpochMilli()));
            m.ao.create(MentorshipFeedbackEntity.class, new DBParam(MentorshipFeedbackEntity.MENTORSHIP_ID, p.id()),
                    new DBParam(MentorshipFeedbackEntity.AUTHOR_ROLE, "MENTEE"),
                    new DBParam(MentorshipFeedbackEntity.AUTHOR_KEY, p.menteeKey()),
                    new DBParam(MentorshipFeedbackEntity.RATING, 5),
                    new DBParam(MentorshipFeedbackEntity.FEEDBACK_COMMENT, "PRIVATE feedback"),
                    new DBParam(MentorshipFeedbackEntity.ONE_PER_SIDE, p.id() + ":MENTEE"),
                    new DBParam(MentorshipFeedbackEntity.CREATED_AT, NOW.toEpochMilli()));
            for (int progress : goalProgress) {
                m.ao.create(MentorshipGoalEntity.class, new DBParam(MentorshipGoalEntity.MENTORSHIP_ID, p.id()),
                        new DBParam(MentorshipGoalEntity.TITLE, "PRIVATE goal title"),
                        new DBParam(MentorshipGoalEntity.PROGRESS, Math.min(progress, 100)),
                        new DBParam(MentorshipGoalEntity.DONE, progress >= 100),
                        new DBParam(MentorshipGoalEntity.CREATED_AT, NOW.toEpochMilli()),
                        new DBParam(MentorshipGoalEntity.UPDATED_AT, NOW.toEpochMilli()));
            }
            return null;
        });
    }

    public void weights(MatchingWeights weights) {
        MentoringSettings s = settings.current();
        settings.update(ADMIN, new MentoringSettings(s.coordinatorGroup(), s.defaultCadenceDays(), s.graceDays(), weights));
    }
}
