package org.rapport.mentoring.pairing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Transactions;
import org.rapport.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.NOW;

/** The pairing table's own guarantees and mentoring's settings, on a real database. */
@Tag("database")
class MentorshipStoreTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;
    private MentorshipStore store;
    private MentoringSettingsService settings;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
        store = new MentorshipStore(f.ao);
        settings = new MentoringSettingsService(new StoredSettings(new SettingsStore(f.ao), new Transactions(f.ao)), f.permissions);
    }

    @Test
    void insertProposed_acceptsTheProposersSideAndReadsBack() {
        Mentorship m = new Transactions(f.ao).write(() -> store.insertProposed(
                new NewMentorship(ALICE.userKey(), BOB.userKey(), ProposedBy.MENTEE, BOB.userKey(), "Teach me Kubernetes", 14), NOW));

        assertThat(store.get(m.id())).contains(m);
        assertThat(m.status()).isEqualTo(MentorshipStatus.PROPOSED);
        assertThat(m.menteeAccepted()).isTrue();
        assertThat(m.mentorAccepted()).isFalse();
        assertThat(m.countsAsHelp()).isTrue();
        assertThat(m.checkInCount()).isZero();
        assertThat(m.createdAt()).isEqualTo(NOW);
        assertThat(m.sideOf(BOB.userKey())).contains(MentoringSide.MENTEE);
        assertThat(m.involves(CAROL.userKey())).isFalse();
    }

    @Test
    void insertProposed_refusesASecondOpenPairingOfTheSameTwoPeople() {
        Transactions tx = new Transactions(f.ao);
        tx.write(() -> store.insertProposed(new NewMentorship(ALICE.userKey(), CAROL.userKey(), ProposedBy.MENTEE, CAROL.userKey(), "", 14), NOW));

        assertThatThrownBy(() -> tx.write(() -> store.insertProposed(
                new NewMentorship(ALICE.userKey(), CAROL.userKey(), ProposedBy.MENTOR, ALICE.userKey(), "", 14), NOW)))
                .satisfies(e -> assertThat(Constraints.isUniqueViolation(e)).isTrue());
        // The reverse direction is a different pair.
        assertThat(tx.write(() -> store.insertProposed(
                new NewMentorship(CAROL.userKey(), ALICE.userKey(), ProposedBy.MENTOR, CAROL.userKey(), "", 14), NOW)).mentorKey())
                .isEqualTo(CAROL.userKey());
    }

    @Test
    void settings_defaultUntilAnAdminChangesThem_andOnlyAdminsMay() {
        assertThat(settings.current()).isEqualTo(MentoringSettings.DEFAULTS);
        MentoringSettings changed = new MentoringSettings("mentor-leads", 21, 5, new MatchingWeights(8, 3, 4, 2));

        assertThatThrownBy(() -> settings.update(ALICE, changed)).isInstanceOf(ForbiddenException.class);
        settings.update(ADMIN, changed);

        assertThat(settings.current()).isEqualTo(changed);
    }

    @Test
    void settings_refuseACoordinatorGroupTheHostDoesNotKnow_namingTheField() {
        MentoringSettings misspelt = new MentoringSettings("mentor-laeds", 21, 5, new MatchingWeights(8, 3, 4, 2));

        assertThatThrownBy(() -> settings.update(ADMIN, misspelt))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("coordinatorGroup", "rapport.mentoring.settings.error.group.unknown")));
        assertThat(settings.current()).isEqualTo(MentoringSettings.DEFAULTS);

        settings.update(ADMIN, new MentoringSettings("Mentor-Leads", 21, 5, new MatchingWeights(8, 3, 4, 2)));
        assertThat(settings.current().coordinatorGroup()).as("group names are case-insensitive").isEqualTo("Mentor-Leads");
    }

    @Test
    void settings_refuseOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> new MentoringSettings(" ", 0, 31, MatchingWeights.DEFAULTS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field()).containsExactly("coordinatorGroup", "defaultCadenceDays", "graceDays"));
    }
}
