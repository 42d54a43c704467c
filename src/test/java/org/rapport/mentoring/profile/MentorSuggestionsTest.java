package org.rapport.mentoring.profile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.matching.MatchReason;
import org.rapport.org.OrgPerson;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;

/** "Find a mentor" on a real database with real help entries and org data. */
@Tag("database")
class MentorSuggestionsTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
        // Erin manages Alice, who manages Bob; Bob and Alice in Platform, Carol and Dave in Sales.
        f.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), "Platform"),
                new OrgPerson(ALICE.userKey(), ERIN.userKey(), "Platform"),
                new OrgPerson(CAROL.userKey(), null, "Sales"), new OrgPerson(DAVE.userKey(), null, "Sales")));
    }

    @Test
    void suggestions_neverTheManagementChainSelfOrPausedOrFullMentors() {
        f.mentor(ALICE, 3, false, "UTC", "kubernetes");
        f.mentor(ERIN, 3, false, "UTC", "kubernetes");
        f.mentor(BOB, 3, false, "UTC", "kubernetes");
        f.mentor(DAVE, 3, true, "UTC", "kubernetes");
        f.mentor(CAROL, 0, false, "UTC", "kubernetes");
        f.mentee(BOB, "UTC", "kubernetes");

        assertThat(f.suggestions.forMentee(BOB)).isEmpty();

        f.mentor(CAROL, 1, false, "UTC", "kubernetes");
        assertThat(f.suggestions.forMentee(BOB)).extracting(s -> s.mentor().personKey()).containsExactly(CAROL.userKey());
    }

    @Test
    void suggestions_rankBySharedSkillsThenConfirmedHelpWithReasons() {
        f.mentor(CAROL, 2, false, "UTC", "kubernetes");
        f.mentor(DAVE, 2, false, "UTC", "kubernetes", "helm");
        f.mentor(ERIN, 2, false, "UTC", "java");
        f.mentee(BOB, "UTC", "kubernetes", "helm");

        List<MentorSuggestions.Suggestion> before = f.suggestions.forMentee(BOB);
        assertThat(before).extracting(s -> s.mentor().personKey()).containsExactly(DAVE.userKey(), CAROL.userKey());

        f.mentee(BOB, "UTC", "kubernetes");
        f.confirmedHelp(CAROL, BOB, "kubernetes");
        f.confirmedHelp(CAROL, ALICE, "kubernetes");
        List<MentorSuggestions.Suggestion> after = f.suggestions.forMentee(BOB);
        assertThat(after).extracting(s -> s.mentor().personKey()).containsExactly(CAROL.userKey(), DAVE.userKey());
        MentorSuggestions.Suggestion carol = after.get(0);
        assertThat(carol.reasons()).extracting(MatchReason::messageKey)
                .contains(MatchReason.KEY_SHARED_SKILL, MatchReason.KEY_HELP_EVIDENCE);
        assertThat(carol.reasons()).filteredOn(r -> r.messageKey().equals(MatchReason.KEY_HELP_EVIDENCE))
                .singleElement().satisfies(r -> assertThat(r.arguments()).containsExactly("kubernetes", "2"));
        assertThat(carol.score()).isEqualTo(carol.reasons().stream().mapToInt(MatchReason::points).sum());
        assertThat(carol.score()).isGreaterThan(after.get(1).score());
    }

    @Test
    void suggestions_explainAnotherDepartmentWhenPreferred() {
        f.mentor(CAROL, 2, false, "UTC", "kubernetes");
        f.profiles.saveMenteeProfile(BOB, BOB.userKey(), MenteeProfileDraft.of("", List.of("kubernetes"), true, true, "UTC"));

        assertThat(f.suggestions.forMentee(BOB).get(0).reasons()).extracting(MatchReason::messageKey)
                .contains(MatchReason.KEY_OTHER_DEPARTMENT, MatchReason.KEY_TIMEZONE_OVERLAP);
    }

    @Test
    void suggestions_needAMenteeProfile() {
        assertThatThrownBy(() -> f.suggestions.forMentee(BOB)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("menteeProfile"));
    }

    @Test
    void suggestions_costAFixedNumberOfQueries() {
        for (int i = 0; i < 30; i++) {
            f.profiles.saveMentorProfile(MentoringFixture.ADMIN, "mentor-" + i,
                    MentorProfileDraft.of(List.of("kubernetes", "go"), 2, false, "", "UTC"));
        }
        f.mentee(BOB, "UTC", "kubernetes", "go");
        try (SqlCounter sql = db.countStatements()) {
            assertThat(f.suggestions.forMentee(BOB)).hasSize(5);
            // mentee + its skills, offering rows, offered skills, profiles, departments, active mentees, evidence:
            // 8 whatever the number of mentors; plus one per level of Bob's management chain (Alice, Erin, and the end): 3;
            // plus the mentoring settings (the admin's weights): 1
            assertThat(sql.statements()).hasSize(12);
        }
    }
}
