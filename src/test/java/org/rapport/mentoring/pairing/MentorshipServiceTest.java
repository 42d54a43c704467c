package org.rapport.mentoring.pairing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.notification.Notification;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.testing.Race;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.CROWD;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;
import static org.rapport.mentoring.MentoringFixture.NOW;

/**
 * The life of a pairing on a real database: who may propose, accept, decline, withdraw, end and give
 * feedback; the management-chain exclusion; one open pairing per pair; capacity under racing acceptances.
 * Org data: bob reports to alice, alice to carol; dave and erin are outside that chain.
 */
@Tag("database")
class MentorshipServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;
    private MentorshipService pairings;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
        pairings = f.pairings;
        f.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), "Platform"),
                new OrgPerson(ALICE.userKey(), CAROL.userKey(), "Platform"),
                new OrgPerson(DAVE.userKey(), null, "Sales"), new OrgPerson(ERIN.userKey(), null, "Design")));
        f.mentor(DAVE, 2, false, "Europe/Berlin", "kubernetes");
        f.mentor(ALICE, 2, false, "Europe/Berlin", "kubernetes");
        f.mentor(CAROL, 2, false, "Europe/Berlin", "kubernetes");
    }

    @Test
    void request_notifiesTheMentor_andAcceptingMakesItActiveWithItsDueDate() {
        PairingView asked = f.ask(BOB, DAVE);

        assertThat(asked.pairing().status()).isEqualTo(MentorshipStatus.PROPOSED);
        assertThat(asked.pairing().proposedBy()).isEqualTo(ProposedBy.MENTEE);
        assertThat(asked.pairing().cadenceDays()).isEqualTo(MentoringSettings.DEFAULTS.defaultCadenceDays());
        assertThat(asked.actions()).containsExactly("withdraw");
        assertThat(kinds(DAVE)).containsExactly(Notification.MENTORSHIP_PROPOSED);
        assertThat(pairings.get(DAVE, asked.pairing().id()).actions()).containsExactly("accept", "decline");

        PairingView active = pairings.accept(DAVE, asked.pairing().id());

        Mentorship m = active.pairing();
        assertThat(m.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(m.startedAt()).isEqualTo(NOW);
        assertThat(m.nextDueAt()).isEqualTo(NOW.plus(Duration.ofDays(m.cadenceDays() + MentoringSettings.DEFAULTS.graceDays())));
        assertThat(active.actions()).containsExactly("end");
        assertThat(active.overdue()).isFalse();
        assertThat(kinds(BOB)).containsExactly(Notification.MENTORSHIP_ACCEPTED);
        assertThat(kinds(DAVE)).as("the settled proposal's notice goes").isEmpty();
    }

    @Test
    void propose_refusesTheMenteesManagerAndAnyoneAboveThem() {
        assertThatThrownBy(() -> f.ask(BOB, ALICE)).satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.managementChain"));
        assertThatThrownBy(() -> f.ask(BOB, CAROL)).satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.managementChain"));
        assertThatThrownBy(() -> pairings.propose(ADMIN, PairingProposal.of(CAROL.userKey(), BOB.userKey(), "", null)))
                .satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.managementChain"));
        // The other way round is fine: bob is not above carol.
        f.mentor(BOB, 1, false, "UTC", "kubernetes");
        assertThat(f.ask(CAROL, BOB).pairing().status()).isEqualTo(MentorshipStatus.PROPOSED);
    }

    @Test
    void propose_refusesSelfUnknownPeopleClosedMentorsLongMessagesAndStrangers() {
        assertThatThrownBy(() -> PairingProposal.of(BOB.userKey(), BOB.userKey(), "", null))
                .satisfies(e -> assertField(e, "mentee", "rapport.mentoring.pairing.error.self"));
        assertThatThrownBy(() -> PairingProposal.of(DAVE.userKey(), BOB.userKey(), "x".repeat(501), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("message", "cadenceDays"));
        assertThatThrownBy(() -> pairings.propose(BOB, PairingProposal.of("nobody-key", BOB.userKey(), "", null)))
                .satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.unknownPerson"));
        assertThatThrownBy(() -> f.ask(BOB, ERIN)).as("no mentor profile")
                .satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.notMentoring"));
        f.mentor(ERIN, 2, true, "UTC", "design");
        assertThatThrownBy(() -> f.ask(BOB, ERIN)).as("paused")
                .satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.notMentoring"));
        f.mentor(ERIN, 0, false, "UTC", "design");
        assertThatThrownBy(() -> f.ask(BOB, ERIN)).as("capacity 0")
                .satisfies(e -> assertField(e, "mentor", "rapport.mentoring.pairing.error.notMentoring"));
        assertThatThrownBy(() -> pairings.propose(ERIN, PairingProposal.of(DAVE.userKey(), BOB.userKey(), "", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.pairingStore.page(null, null, null, 10)).isEmpty();
    }

    @Test
    void propose_refusesASecondOpenPairingOfThePair_butAllowsOneAfterTheFirstClosed() {
        PairingView first = f.ask(BOB, DAVE);

        assertThatThrownBy(() -> pairings.propose(DAVE, PairingProposal.of(DAVE.userKey(), BOB.userKey(), "", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.error().messageKey())
                        .isEqualTo("rapport.mentoring.pairing.error.openPair"));

        pairings.decline(DAVE, first.pairing().id());
        assertThat(pairings.propose(DAVE, PairingProposal.of(DAVE.userKey(), BOB.userKey(), "Let me help", 7)).pairing().proposedBy())
                .isEqualTo(ProposedBy.MENTOR);
    }

    @Test
    void acceptDeclineWithdraw_followWhoIsAskingAndTheState() {
        long id = f.ask(BOB, DAVE).pairing().id();

        assertThatThrownBy(() -> pairings.accept(BOB, id)).as("already accepted by asking").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pairings.decline(BOB, id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pairings.accept(ERIN, id)).as("a stranger").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pairings.accept(ALICE, id)).as("bob's manager sees it, cannot act").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> pairings.withdraw(DAVE, id)).as("not the proposer").isInstanceOf(ForbiddenException.class);

        PairingView withdrawn = pairings.withdraw(BOB, id);

        assertThat(withdrawn.pairing().status()).isEqualTo(MentorshipStatus.WITHDRAWN);
        assertThat(withdrawn.actions()).isEmpty();
        assertThat(kinds(DAVE)).containsExactly(Notification.MENTORSHIP_DECLINED);
        assertThatThrownBy(() -> pairings.accept(DAVE, id)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pairings.withdraw(BOB, id)).isInstanceOf(ConflictException.class);
    }

    @Test
    void coordinatorProposal_waitsForBothSides() {
        long id = pairings.propose(ADMIN, PairingProposal.of(DAVE.userKey(), BOB.userKey(), "You two should talk", 21)).pairing().id();
        assertThat(kinds(DAVE)).containsExactly(Notification.MENTORSHIP_PROPOSED);
        assertThat(kinds(BOB)).containsExactly(Notification.MENTORSHIP_PROPOSED);

        assertThat(pairings.accept(BOB, id).pairing().status()).isEqualTo(MentorshipStatus.PROPOSED);
        Mentorship active = pairings.accept(DAVE, id).pairing();

        assertThat(active.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(active.cadenceDays()).isEqualTo(21);
        assertThat(pairings.get(ADMIN, id).actions()).containsExactly("end");
    }

    @Test
    void end_needsAnActivePairingAndAReason_freesTheMentorsPlaceAndThePair() {
        f.mentor(ERIN, 1, false, "UTC", "design");
        Mentorship m = f.activePairing(ERIN, BOB);
        long other = f.ask(DAVE, ERIN).pairing().id();
        assertThatThrownBy(() -> pairings.accept(ERIN, other)).as("erin is full")
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.error().messageKey())
                        .isEqualTo("rapport.mentoring.pairing.error.mentorFull"));
        assertThatThrownBy(() -> PairingEnd.of("COMPLETED", " ")).satisfies(e -> assertField(e, "reason", "rapport.error.required"));
        assertThatThrownBy(() -> PairingEnd.of("DECLINED", "x")).satisfies(e -> assertField(e, "outcome", "rapport.mentoring.pairing.error.outcome"));
        assertThatThrownBy(() -> pairings.end(DAVE, m.id(), PairingEnd.of("ENDED", "x"))).isInstanceOf(NotFoundException.class);

        Mentorship ended = pairings.end(BOB, m.id(), PairingEnd.of("completed", "Reached my goals")).pairing();

        assertThat(ended.status()).isEqualTo(MentorshipStatus.COMPLETED);
        assertThat(ended.endReason()).isEqualTo("Reached my goals");
        assertThat(ended.endedAt()).isEqualTo(NOW);
        assertThat(ended.nextDueAt()).isNull();
        assertThat(kinds(ERIN)).contains(Notification.MENTORSHIP_ENDED);
        assertThatThrownBy(() -> pairings.end(ERIN, m.id(), PairingEnd.of("ENDED", "again"))).isInstanceOf(ConflictException.class);
        assertThat(pairings.accept(ERIN, other).pairing().status()).as("the place is free again").isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(f.ask(BOB, DAVE).pairing().status()).isEqualTo(MentorshipStatus.PROPOSED);
    }

    @Test
    void acceptance_whenTheMentorIsFull_leavesTheProposalWaiting() {
        f.mentor(ERIN, 1, false, "UTC", "design");
        f.activePairing(ERIN, BOB);
        long waiting = f.ask(DAVE, ERIN).pairing().id();

        assertThatThrownBy(() -> pairings.accept(ERIN, waiting)).isInstanceOf(ConflictException.class);

        Mentorship still = f.pairingStore.get(waiting).orElseThrow();
        assertThat(still.status()).isEqualTo(MentorshipStatus.PROPOSED);
        assertThat(still.mentorAccepted()).isFalse();
    }

    @Test
    void feedback_oncePerSide_afterTheEnd_visibleToThePairAndCoordinatorsOnly() {
        Mentorship m = f.activePairing(DAVE, BOB);
        assertThatThrownBy(() -> pairings.feedback(BOB, m.id(), FeedbackDraft.of(5, "Great"))).isInstanceOf(ConflictException.class);
        pairings.end(DAVE, m.id(), PairingEnd.of("ENDED", "Moving teams"));
        assertThatThrownBy(() -> FeedbackDraft.of(6, "")).satisfies(e -> assertField(e, "rating", "rapport.error.range"));
        assertThatThrownBy(() -> FeedbackDraft.of(3, "x".repeat(1001))).satisfies(e -> assertField(e, "comment", "rapport.error.too.long"));

        pairings.feedback(BOB, m.id(), FeedbackDraft.of(5, "Great mentor"));
        PairingView both = pairings.feedback(DAVE, m.id(), FeedbackDraft.of(4, "Keen mentee"));

        assertThat(both.feedback()).extracting(MentorshipFeedback::side, MentorshipFeedback::rating, MentorshipFeedback::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MentoringSide.MENTOR, 4, "Keen mentee"),
                        org.assertj.core.groups.Tuple.tuple(MentoringSide.MENTEE, 5, "Great mentor"));
        assertThat(both.actions()).isEmpty();
        assertThatThrownBy(() -> pairings.feedback(BOB, m.id(), FeedbackDraft.of(1, "")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.error().messageKey())
                        .isEqualTo("rapport.mentoring.pairing.error.feedbackGiven"));
        assertThat(pairings.get(ADMIN, m.id()).feedback()).hasSize(2);

        PairingView managers = pairings.get(ALICE, m.id());
        assertThat(managers.privateDetails()).isFalse();
        assertThat(managers.feedback()).isEmpty();
        assertThat(managers.pairing().message()).isEmpty();
        assertThat(managers.pairing().endReason()).isNull();
        assertThatThrownBy(() -> pairings.get(ERIN, m.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pairings.get(CAROL, m.id())).as("the manager's manager is not a direct manager")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_showsOwnPairings_reportsPairingsToManagers_andEverythingToCoordinators_page_by_page() {
        f.mentor(ERIN, 3, false, "UTC", "design");
        long bobs = f.ask(BOB, DAVE).pairing().id();
        long erins = f.ask(CROWD.get(0), ERIN).pairing().id();
        long daves = pairings.propose(DAVE, PairingProposal.of(DAVE.userKey(), CROWD.get(1).userKey(), "", null)).pairing().id();

        assertThat(ids(pairings.list(BOB, null, null, 50, false))).containsExactly(bobs);
        List<PairingView> alices = pairings.list(ALICE, null, null, 50, false);
        assertThat(ids(alices)).containsExactly(bobs);
        assertThat(alices.get(0).privateDetails()).isFalse();
        assertThat(alices.get(0).pairing().message()).isEmpty();
        assertThat(ids(pairings.list(DAVE, null, null, 50, false))).containsExactly(daves, bobs);
        assertThat(ids(pairings.list(ADMIN, null, null, 50, false))).containsExactly(daves, erins, bobs);
        assertThat(ids(pairings.list(ADMIN, null, daves, 1, false))).containsExactly(erins);
        assertThat(ids(pairings.list(ADMIN, MentorshipStatus.ACTIVE, null, 50, false))).isEmpty();
        assertThat(ids(pairings.list(ADMIN, null, null, 50, true))).as("my own only").isEmpty();
        assertThatThrownBy(() -> pairings.list(BOB, null, null, 51, false)).satisfies(e -> assertField(e, "limit", "rapport.error.range"));
    }

    @Test
    void suggestions_leaveOutAMentorWhoIsFull() {
        f.mentor(ERIN, 1, false, "UTC", "kubernetes");
        f.mentee(BOB, "UTC", "kubernetes");
        assertThat(f.suggestions.forMentee(BOB)).extracting(s -> s.mentor().personKey()).contains(ERIN.userKey(), DAVE.userKey());

        f.activePairing(ERIN, CROWD.get(0));

        assertThat(f.suggestions.forMentee(BOB)).extracting(s -> s.mentor().personKey()).contains(DAVE.userKey())
                .doesNotContain(ERIN.userKey());
    }

    @Test
    void racingAcceptances_neverExceedTheMentorsCapacity() throws InterruptedException {
        f.mentor(ERIN, 2, false, "UTC", "design");
        List<Long> ids = new ArrayList<>();
        for (Actor mentee : CROWD) {
            ids.add(f.ask(mentee, ERIN).pairing().id());
        }
        List<Callable<PairingView>> calls = new ArrayList<>();
        for (long id : ids) {
            calls.add(() -> pairings.accept(ERIN, id));
        }

        List<Race.Outcome<PairingView>> outcomes = Race.run(calls);

        assertThat(outcomes.stream().filter(o -> o.failure() == null)).hasSize(2);
        assertThat(outcomes.stream().filter(o -> o.failure() != null))
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class)).hasSize(6);
        List<Mentorship> stored = ids.stream().map(id -> f.pairingStore.get(id).orElseThrow()).toList();
        assertThat(stored).filteredOn(m -> m.status() == MentorshipStatus.ACTIVE).hasSize(2);
        assertThat(stored).filteredOn(m -> m.status() == MentorshipStatus.PROPOSED).hasSize(6)
                .allSatisfy(m -> assertThat(m.mentorAccepted()).isFalse());
        assertThat(f.pairingStore.activeCounts(List.of(ERIN.userKey()))).containsEntry(ERIN.userKey(), 2);
    }

    @Test
    void aWithdrawalRacingTheAcceptance_oneWins_andThePairingIsConsistent() throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            long id = f.ask(BOB, DAVE).pairing().id();

            List<Race.Outcome<PairingView>> outcomes = Race.run(List.of(() -> pairings.withdraw(BOB, id), () -> pairings.accept(DAVE, id)));

            assertThat(outcomes).filteredOn(o -> o.failure() == null).as("round %d", round).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.failure() != null)
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
            Mentorship stored = f.pairingStore.get(id).orElseThrow();
            int active = f.pairingStore.activeCounts(List.of(DAVE.userKey())).getOrDefault(DAVE.userKey(), 0);
            if (stored.status() == MentorshipStatus.ACTIVE) {
                assertThat(active).isEqualTo(1);
                pairings.end(DAVE, id, PairingEnd.of("ENDED", "round over"));
            } else {
                assertThat(stored.status()).isEqualTo(MentorshipStatus.WITHDRAWN);
                assertThat(active).isZero();
            }
            assertThat(f.pairingStore.activeCounts(List.of(DAVE.userKey())).getOrDefault(DAVE.userKey(), 0)).isZero();
        }
    }

    private List<String> kinds(Actor who) {
        return f.notifications.page(who.userKey(), null, 50).stream().map(Notification::kind).toList();
    }

    private static List<Long> ids(List<PairingView> views) {
        return views.stream().map(v -> v.pairing().id()).toList();
    }

    private static void assertField(Throwable e, String field, String key) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field, FieldError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(field, key));
    }
}
