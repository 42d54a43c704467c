package org.rapport.mentoring;

import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpStore;
import org.rapport.help.MentoringHelp;
import org.rapport.help.ao.MentoringHelpKind;
import org.rapport.mentoring.checkin.CheckInService;
import org.rapport.mentoring.checkin.CheckInStore;
import org.rapport.mentoring.checkin.GoalService;
import org.rapport.mentoring.checkin.GoalStore;
import org.rapport.mentoring.checkin.OverdueReminders;
import org.rapport.mentoring.checkin.PairingCounters;
import org.rapport.mentoring.checkin.RhythmStore;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.NewMentorship;
import org.rapport.mentoring.pairing.ProposedBy;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.notification.CheckInOverdueNotifications;
import org.rapport.notification.NotificationStore;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.platform.Actor;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Check-ins, goals, rhythm and reminders as the plugin wires them, over {@link MentoringFixture}'s
 * real database and help ledger, with a clock a test can move. Active pairings are made directly in
 * the pairing table (accepting is the lifecycle's business).
 */
public final class PairingFixture {
    public final MentoringFixture base;
    public final MovableClock time = new MovableClock(MentoringFixture.NOW);
    public final Transactions transactions;
    public final MentorshipStore pairings;
    public final RhythmStore rhythm;
    public final CheckInStore checkInStore;
    public final GoalStore goalStore;
    public final MentoringSettingsService settings;
    public final PairingCounters counters;
    public final CheckInService checkIns;
    public final GoalService goals;
    public final OverdueReminders reminders;
    public final NotificationStore notifications;

    public PairingFixture(TestDatabase db) {
        base = new MentoringFixture(db);
        new MentoringHelpKind().upgrade(null, base.ao);
        SystemClock clock = new SystemClock(time);
        transactions = new Transactions(base.ao);
        pairings = new MentorshipStore(base.ao);
        rhythm = new RhythmStore(base.ao);
        checkInStore = new CheckInStore(base.ao);
        goalStore = new GoalStore(base.ao);
        settings = new MentoringSettingsService(new StoredSettings(new SettingsStore(base.ao), transactions), base.permissions);
        counters = new PairingCounters(pairings, rhythm, checkInStore, settings);
        Tallies tallies = new Tallies(new TallyStore(base.ao));
        MentoringHelp help = new MentoringHelp(new HelpStore(base.ao), new HelpKindStore(base.ao), tallies,
                new OrgChart(new OrgStore(base.ao)), clock);
        checkIns = new CheckInService(pairings, rhythm, checkInStore, counters, help, transactions, clock);
        goals = new GoalService(pairings, goalStore, counters, settings, transactions, clock);
        notifications = new NotificationStore(base.ao);
        reminders = new OverdueReminders(rhythm, counters, new CheckInOverdueNotifications(notifications, clock), transactions, clock);
    }

    /** An active pairing that started {@code daysAgo} days before now, with the given cadence. */
    public Mentorship active(Actor mentor, Actor mentee, int daysAgo, int cadenceDays) {
        Instant started = time.instant().minus(daysAgo, ChronoUnit.DAYS);
        Mentorship proposed = transactions.write(() -> pairings.insertProposed(
                new NewMentorship(mentor.userKey(), mentee.userKey(), ProposedBy.MENTEE, mentee.userKey(), "", cadenceDays), started));
        MentorshipEntity row = base.ao.get(MentorshipEntity.class, (int) proposed.id());
        row.setStatus(MentorshipStatus.ACTIVE.name());
        row.setMentorAccepted(true);
        row.setMenteeAccepted(true);
        row.setStartedAt(started.toEpochMilli());
        row.setNextDueAt(started.plus((long) cadenceDays + settings.current().graceDays(), ChronoUnit.DAYS).toEpochMilli());
        row.save();
        return pairings.get(proposed.id()).orElseThrow();
    }

    /** A proposed (not yet active) pairing. */
    public Mentorship proposed(Actor mentor, Actor mentee) {
        return transactions.write(() -> pairings.insertProposed(
                new NewMentorship(mentor.userKey(), mentee.userKey(), ProposedBy.MENTEE, mentee.userKey(), "", 14), time.instant()));
    }

    public Mentorship reload(Mentorship m) {
        return pairings.get(m.id()).orElseThrow();
    }

    /** A clock tests move forward. */
    public static final class MovableClock extends Clock {
        private volatile Instant now;

        public MovableClock(Instant start) {
            this.now = start;
        }

        public void advanceDays(long days) {
            now = now.plus(days, ChronoUnit.DAYS);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
