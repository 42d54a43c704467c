package org.rapport.mentoring;

import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.checkin.CheckInStore;
import org.rapport.mentoring.checkin.GoalStore;
import org.rapport.mentoring.checkin.ao.CheckInEntity;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;
import org.rapport.mentoring.pairing.FeedbackDraft;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipFeedback;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.PairingEnd;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;
import org.rapport.notification.MentoringNotifications;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;
import static org.rapport.mentoring.MentoringFixture.NOW;

/**
 * Privacy erasure of a person's mentoring: their pairings with check-ins, goals and feedback go
 * (delete) or carry the anonymous marker (anonymise); either way the mentor's place is free again.
 */
@Tag("database")
class MentoringErasureTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;
    private MentoringErasure erasure;
    private Mentorship active;
    private Mentorship finished;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
        SystemClock clock = new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC));
        erasure = new MentoringErasure(f.store, f.pairingStore, new CheckInStore(f.ao), new GoalStore(f.ao),
                new MentoringNotifications(f.notifications, clock), new Transactions(f.ao), f.permissions, clock);
        f.mentor(DAVE, 1, false, "UTC", "kubernetes");
        f.mentor(ERIN, 1, false, "UTC", "design");
        f.mentee(BOB, "UTC", "kubernetes");
        active = f.activePairing(DAVE, BOB);
        finished = f.activePairing(ERIN, BOB);
        f.pairings.end(ERIN, finished.id(), PairingEnd.of("COMPLETED", "Done"));
        f.pairings.feedback(BOB, finished.id(), FeedbackDraft.of(5, "Thanks, Erin"));
        f.pairings.feedback(ERIN, finished.id(), FeedbackDraft.of(4, "Bob worked hard"));
        new Transactions(f.ao).write(() -> {
            f.ao.create(CheckInEntity.class, new DBParam(CheckInEntity.MENTORSHIP_ID, (long) active.id()),
                    new DBParam(CheckInEntity.HELD_ON, 20_000L), new DBParam(CheckInEntity.DURATION_MINUTES, 30),
                    new DBParam(CheckInEntity.NOTES, "Bob's worries"), new DBParam(CheckInEntity.AUTHOR_KEY, BOB.userKey()),
                    new DBParam(CheckInEntity.CREATED_AT, NOW.toEpochMilli()));
            f.ao.create(MentorshipGoalEntity.class, new DBParam(MentorshipGoalEntity.MENTORSHIP_ID, (long) active.id()),
                    new DBParam(MentorshipGoalEntity.TITLE, "Pass the CKA"), new DBParam(MentorshipGoalEntity.CREATED_AT, NOW.toEpochMilli()),
                    new DBParam(MentorshipGoalEntity.UPDATED_AT, NOW.toEpochMilli()));
            return null;
        });
        // A second mentee waits for Dave, who is full.
        f.ask(CAROL, DAVE);
    }

    @Test
    void delete_removesThePairingsWithCheckInsGoalsAndFeedback_andFreesTheMentorsPlace() {
        MentoringErasure.Result result = erasure.erase(ADMIN, BOB.userKey(), true);

        assertThat(result.profilesRemoved()).isEqualTo(1);
        assertThat(result.pairingsDeleted()).isEqualTo(2);
        assertThat(f.pairingStore.get(active.id())).isEmpty();
        assertThat(f.pairingStore.get(finished.id())).isEmpty();
        assertThat(f.ao.count(CheckInEntity.class)).isZero();
        assertThat(f.ao.count(MentorshipGoalEntity.class)).isZero();
        assertThat(f.ao.count(MentorshipFeedbackEntity.class)).isZero();
        assertThat(f.notifications.page(ERIN.userKey(), null, 50)).as("notices about deleted pairings go").isEmpty();
        assertThat(f.pairingStore.activeCounts(List.of(DAVE.userKey()))).isEmpty();
        long carols = f.pairings.list(CAROL, null, null, 50, true).get(0).pairing().id();
        assertThat(f.pairings.accept(DAVE, carols).pairing().status()).as("dave's place is free").isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(erasure.erase(ADMIN, BOB.userKey(), true)).isEqualTo(new MentoringErasure.Result(0, 0, 0));
    }

    @Test
    void anonymise_keepsThePairingsUnderTheAnonymousMarker_endsTheOpenOne_andFreesTheMentorsPlace() {
        MentoringErasure.Result result = erasure.erase(ADMIN, BOB.userKey(), false);

        assertThat(result.pairingsAnonymised()).isEqualTo(2);
        Mentorship was = f.pairingStore.get(active.id()).orElseThrow();
        assertThat(was.menteeKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(was.proposerKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(was.status()).isEqualTo(MentorshipStatus.ENDED);
        assertThat(was.nextDueAt()).isNull();
        assertThat(f.pairingStore.get(finished.id()).orElseThrow().status()).isEqualTo(MentorshipStatus.COMPLETED);
        assertThat(f.pairingStore.feedbackOn(finished.id())).extracting(MentorshipFeedback::authorKey)
                .containsExactlyInAnyOrder(ERIN.userKey(), AnonymousPerson.KEY);
        assertThat(f.pairingStore.involving(BOB.userKey(), 10)).isEmpty();
        assertThat(f.pairingStore.activeCounts(List.of(DAVE.userKey()))).isEmpty();
        long carols = f.pairings.list(CAROL, null, null, 50, true).get(0).pairing().id();
        assertThat(f.pairings.accept(DAVE, carols).pairing().status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(erasure.erase(ADMIN, BOB.userKey(), false)).isEqualTo(new MentoringErasure.Result(0, 0, 0));
    }

    @Test
    void anonymise_readsEachPairingAgainUnderItsLock_soAWithdrawalThatCommittedMeanwhileStands() {
        List<Mentorship> readBefore = f.pairingStore.involving(CAROL.userKey(), 10);
        long carols = readBefore.get(0).id();
        assertThat(readBefore.get(0).status()).isEqualTo(MentorshipStatus.PROPOSED);
        f.pairings.withdraw(CAROL, carols);

        new Transactions(f.ao).write(() -> f.pairingStore.anonymise(readBefore, CAROL.userKey(), AnonymousPerson.KEY, NOW));

        Mentorship stored = f.pairingStore.get(carols).orElseThrow();
        assertThat(stored.status()).as("not ended over the withdrawal").isEqualTo(MentorshipStatus.WITHDRAWN);
        assertThat(stored.endedBy()).isEqualTo(CAROL.userKey());
        assertThat(stored.menteeKey()).isEqualTo(AnonymousPerson.KEY);
    }

    @Test
    void onlyAdminsErase() {
        assertThatThrownBy(() -> erasure.erase(DAVE, BOB.userKey(), true)).isInstanceOf(ForbiddenException.class);
        assertThat(f.pairingStore.get(active.id())).isPresent();
    }
}
