package org.rapport.mentoring.checkin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.PairingFixture;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.notification.CheckInOverdueNotifications;
import org.rapport.notification.Notification;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.testing.TestDatabase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;

/**
 * The overdue reminder: one in-app reminder per side per lapse, however many runs race (each "node"
 * has its own services over the same database), and again after a new check-in lapses.
 */
@Tag("database")
class OverdueRemindersTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PairingFixture f;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new PairingFixture(db);
    }

    private long reminders(String personKey) {
        return f.notifications.page(personKey, null, 100).stream().filter(n -> Notification.CHECK_IN_OVERDUE.equals(n.kind())).count();
    }

    /** A second node: its own stores and services over the same database and clock. */
    private OverdueReminders otherNode() {
        Transactions tx = new Transactions(f.base.ao);
        RhythmStore rhythm = new RhythmStore(f.base.ao);
        PairingCounters counters = new PairingCounters(new MentorshipStore(f.base.ao), rhythm, new CheckInStore(f.base.ao), f.settings);
        SystemClock clock = new SystemClock(f.time);
        return new OverdueReminders(rhythm, counters,
                new CheckInOverdueNotifications(new org.rapport.notification.NotificationStore(f.base.ao), clock), tx, clock);
    }

    @Test
    void nothingHappensBeforeTheDueTime() {
        f.active(ALICE, BOB, 10, 14);

        assertThat(f.reminders.run()).isZero();
        assertThat(reminders(ALICE.userKey())).isZero();
    }

    @Test
    void anOverduePairingIsRemindedOncePerSide_evenWhenRunsRaceOnTwoNodes() throws Exception {
        Mentorship lapsed = f.active(ALICE, BOB, 20, 14);
        Mentorship alsoLapsed = f.active(CAROL, DAVE, 40, 7);
        Mentorship onTrack = f.active(ALICE, DAVE, 2, 14);
        List<OverdueReminders> nodes = List.of(f.reminders, otherNode(), otherNode(), otherNode());
        CyclicBarrier start = new CyclicBarrier(nodes.size());
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        int total = 0;
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (OverdueReminders node : nodes) {
                runs.add(() -> {
                    start.await();
                    return node.run();
                });
            }
            for (Future<Integer> run : pool.invokeAll(runs)) {
                total += run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(total).isEqualTo(2);
        assertThat(reminders(ALICE.userKey())).isEqualTo(1);
        assertThat(reminders(BOB.userKey())).isEqualTo(1);
        assertThat(reminders(CAROL.userKey())).isEqualTo(1);
        assertThat(reminders(DAVE.userKey())).isEqualTo(1);
        assertThat(f.notifications.page(BOB.userKey(), null, 10).get(0).recognitionId()).isEqualTo(lapsed.id());
        assertThat(f.reload(onTrack).checkInCount()).isZero();
        assertThat(f.reload(alsoLapsed).checkInCount()).isZero();
        // Later runs find nothing new for the same lapse.
        f.time.advanceDays(3);
        assertThat(f.reminders.run()).isZero();
        assertThat(otherNode().run()).isZero();
        assertThat(reminders(BOB.userKey())).isEqualTo(1);
    }

    @Test
    void aNewCheckInStartsANewLapse_whichIsRemindedAgain() {
        Mentorship m = f.active(ALICE, BOB, 20, 14);
        assertThat(f.reminders.run()).isEqualTo(1);

        LocalDate today = LocalDate.ofInstant(f.time.instant(), ZoneOffset.UTC);
        f.checkIns.log(BOB, m.id(), new CheckInDraft(today, 30, "", ""));
        assertThat(f.reminders.run()).isZero();
        f.time.advanceDays(14 + 3 + 1);

        assertThat(f.reminders.run()).isEqualTo(1);
        assertThat(f.reminders.run()).isZero();
        assertThat(reminders(ALICE.userKey())).isEqualTo(2);
        assertThat(reminders(BOB.userKey())).isEqualTo(2);
    }

    @Test
    void endedPairingsAreNeverReminded() {
        Mentorship m = f.active(ALICE, BOB, 20, 14);
        var row = f.base.ao.get(org.rapport.mentoring.pairing.ao.MentorshipEntity.class, (int) m.id());
        row.setStatus(MentorshipStatus.ENDED.name());
        row.save();

        assertThat(f.reminders.run()).isZero();
        assertThat(reminders(BOB.userKey())).isZero();
    }

    @Test
    void manyLapsedPairingsAreWorkedThroughInBatches() {
        for (int i = 0; i < OverdueReminders.BATCH + 5; i++) {
            f.active(new org.rapport.platform.Actor("mentor-" + i), new org.rapport.platform.Actor("mentee-" + i), 30, 14);
        }

        assertThat(f.reminders.run()).isEqualTo(OverdueReminders.BATCH + 5);
        assertThat(reminders("mentee-" + (OverdueReminders.BATCH + 4))).isEqualTo(1);
    }
}
