package org.rapport.mentoring.checkin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.PairingFixture;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.platform.ConflictException;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.testing.TestDatabase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;

/** Goals of a pairing on a real database. ADMIN stands for a coordinator (admins always coordinate). */
@Tag("database")
class GoalServiceTest {
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

    @Test
    void eitherSideAddsEditsAndDeletes_doneMeansFullProgress() {
        Mentorship m = f.active(ALICE, BOB, 10, 14);

        Goal goal = f.goals.add(BOB, m.id(), GoalDraft.parse("  Run an incident review ", "2027-01-31", 20, null));
        Goal edited = f.goals.edit(ALICE, m.id(), goal.id(), GoalDraft.parse("Run an incident review", "", 40, true));

        assertThat(goal.title()).isEqualTo("Run an incident review");
        assertThat(goal.targetDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(edited.done()).isTrue();
        assertThat(edited.progress()).isEqualTo(100);
        assertThat(edited.targetDate()).isNull();
        assertThat(f.goals.list(BOB, m.id())).containsExactly(edited);

        f.goals.delete(ALICE, m.id(), goal.id());
        assertThat(f.goals.list(BOB, m.id())).isEmpty();
        assertThatThrownBy(() -> f.goals.delete(ALICE, m.id(), goal.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void draft_refusesEmptyOrLongTitlesBadDatesAndProgressOutOfRange() {
        assertThatThrownBy(() -> GoalDraft.parse(" ", "31.01.2027", 101, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("title", "progress", "targetDate"));
        assertThatThrownBy(() -> GoalDraft.parse("x".repeat(201), null, -1, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("title", "progress"));
    }

    @Test
    void atMostTwentyGoalsPerPairing() {
        Mentorship m = f.active(ALICE, BOB, 10, 14);
        for (int i = 0; i < GoalService.MAX_PER_PAIRING; i++) {
            f.goals.add(BOB, m.id(), GoalDraft.parse("Goal " + i, null, 0, false));
        }

        assertThatThrownBy(() -> f.goals.add(ALICE, m.id(), GoalDraft.parse("One more", null, 0, false)))
                .isInstanceOf(ConflictException.class);
        assertThat(f.goals.list(ALICE, m.id())).hasSize(GoalService.MAX_PER_PAIRING);
    }

    @Test
    void coordinatorsSeeGoalsButCannotChangeThem_othersAreToldNothing() {
        Mentorship m = f.active(ALICE, BOB, 10, 14);
        Goal goal = f.goals.add(BOB, m.id(), GoalDraft.parse("Lead a design review", null, 10, false));

        assertThat(f.goals.list(ADMIN, m.id())).containsExactly(goal);
        assertThatThrownBy(() -> f.goals.add(ADMIN, m.id(), GoalDraft.parse("x", null, 0, false))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.goals.edit(ADMIN, m.id(), goal.id(), GoalDraft.parse("x", null, 0, false)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.goals.list(CAROL, m.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.goals.add(CAROL, m.id(), GoalDraft.parse("x", null, 0, false))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.goals.delete(CAROL, m.id(), goal.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void goalsOfAnotherPairingAreNotFoundThroughThisOne() {
        Mentorship mine = f.active(ALICE, BOB, 10, 14);
        Mentorship other = f.active(ALICE, CAROL, 10, 14);
        Goal theirs = f.goals.add(CAROL, other.id(), GoalDraft.parse("Theirs", null, 0, false));

        assertThatThrownBy(() -> f.goals.edit(BOB, mine.id(), theirs.id(), GoalDraft.parse("Mine now", null, 0, false)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEndedPairingsGoalsCannotChange() {
        Mentorship proposed = f.proposed(ALICE, BOB);
        assertThatThrownBy(() -> f.goals.add(BOB, proposed.id(), GoalDraft.parse("x", null, 0, false)))
                .isInstanceOf(ConflictException.class);
    }
}
