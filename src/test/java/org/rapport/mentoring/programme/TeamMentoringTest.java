package org.rapport.mentoring.programme;

import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.ProgrammeFixture;
import org.rapport.mentoring.checkin.GoalSummary;
import org.rapport.mentoring.pairing.MentoringSide;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.programme.rest.ProgrammeJson;
import org.rapport.mentoring.programme.rest.ProgrammeViews;
import org.rapport.org.OrgPerson;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;
import static org.rapport.mentoring.MentoringFixture.NOW;

/** "My team" on a real database: a manager sees their reports' pairings, their health and goal progress, nothing private. */
@Tag("database")
class TeamMentoringTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private ProgrammeFixture f;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new ProgrammeFixture(db);
        // Alice manages Bob and Carol; Dave manages Erin.
        f.m.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), "Platform"),
                new OrgPerson(CAROL.userKey(), ALICE.userKey(), "Design"), new OrgPerson(ERIN.userKey(), DAVE.userKey(), "Sales")));
    }

    @Test
    void team_showsEachReportsPairingWithRoleHealthAndGoals() {
        Mentorship bobMentee = f.active(DAVE, BOB, 3, NOW.plus(Duration.ofDays(2)));
        f.privateContent(bobMentee, 100, 50, 0);
        Mentorship carolMentor = f.proposed(CAROL, ERIN);
        Mentorship overdue = f.active(ERIN, CAROL, 1, NOW.minus(Duration.ofDays(1)));
        f.active(ERIN, DAVE, 0, NOW.plus(Duration.ofDays(5)));

        TeamPage page = f.team.forManager(ALICE, PairingPageRequest.parse(null, null, null));

        assertThat(page.items()).extracting(TeamPairing::id).containsExactly(bobMentee.id(), carolMentor.id(), overdue.id());
        TeamPairing bob = page.items().get(0);
        assertThat(bob.reportKey()).isEqualTo(BOB.userKey());
        assertThat(bob.reportRole()).isEqualTo(MentoringSide.MENTEE);
        assertThat(bob.otherKey()).isEqualTo(DAVE.userKey());
        assertThat(bob.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(bob.since()).isEqualTo(NOW.minus(Duration.ofDays(20)));
        assertThat(bob.lastCheckInOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(bob.checkInCount()).isEqualTo(3);
        assertThat(bob.health()).isEqualTo(PairingHealth.ON_TRACK);
        assertThat(bob.goals()).isEqualTo(new GoalSummary(3, 1, 50));

        TeamPairing carol = page.items().get(1);
        assertThat(carol.reportKey()).isEqualTo(CAROL.userKey());
        assertThat(carol.reportRole()).isEqualTo(MentoringSide.MENTOR);
        assertThat(carol.health()).isEqualTo(PairingHealth.NOT_STARTED);
        assertThat(carol.since()).isEqualTo(carolMentor.createdAt());
        assertThat(carol.goals()).isEqualTo(GoalSummary.NONE);
        assertThat(page.items().get(2).health()).isEqualTo(PairingHealth.OVERDUE);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void teamJson_hasNoFieldForMessagesNotesNextStepsOrFeedback() throws Exception {
        Mentorship pairing = f.active(DAVE, BOB, 2, NOW.plus(Duration.ofDays(2)));
        f.privateContent(pairing, 40);
        ProgrammeViews views = new ProgrammeViews(f.people, mock(I18nResolver.class));

        ProgrammeJson.TeamPage json = views.team(f.team.forManager(ALICE, PairingPageRequest.parse(null, null, null)));
        String text = new ObjectMapper().writeValueAsString(json);

        assertThat(text).contains("\"checkIns\":2", "\"averageProgress\":40", "\"health\":\"ON_TRACK\"");
        assertThat(text).doesNotContain("PRIVATE");
        assertThat(text.toLowerCase()).doesNotContain("message", "notes", "nextsteps", "feedback", "comment", "title");
    }

    @Test
    void team_pagesByCursor() {
        Mentorship first = f.proposed(DAVE, BOB);
        Mentorship second = f.proposed(ERIN, BOB);
        Mentorship third = f.proposed(DAVE, CAROL);

        TeamPage one = f.team.forManager(ALICE, PairingPageRequest.parse(null, null, "2"));
        assertThat(one.items()).extracting(TeamPairing::id).containsExactly(first.id(), second.id());
        TeamPage two = f.team.forManager(ALICE, PairingPageRequest.parse(null, one.nextCursor().toString(), "2"));
        assertThat(two.items()).extracting(TeamPairing::id).containsExactly(third.id());
        assertThat(two.nextCursor()).isNull();
    }

    @Test
    void team_isForbiddenToAnybodyWhoManagesNobody_evenAdmins() {
        f.proposed(DAVE, BOB);
        assertThatThrownBy(() -> f.team.forManager(BOB, PairingPageRequest.parse(null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.team.forManager(ADMIN, PairingPageRequest.parse(null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.team.forManager(null, PairingPageRequest.parse(null, null, null)))
                .isInstanceOf(NotSignedInException.class);
        assertThat(f.team.forManager(DAVE, PairingPageRequest.parse(null, null, null)).items()).isEmpty();
    }

    @Test
    void pageRequest_badCursorLimitOrStatusIs400NamingTheField() {
        assertThatThrownBy(() -> PairingPageRequest.parse("sleeping", "abc", "1000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(org.rapport.platform.FieldError::field).containsExactly("status", "cursor", "limit"));
        assertThatThrownBy(() -> PairingPageRequest.parse(null, "-1", "0")).isInstanceOf(InvalidInputException.class);
    }
}
