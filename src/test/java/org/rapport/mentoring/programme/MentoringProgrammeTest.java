package org.rapport.mentoring.programme;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.ProgrammeFixture;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.matching.Pairing;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.ProposedBy;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.notification.Notification;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.testing.TestDatabase;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;
import static org.rapport.mentoring.MentoringFixture.DAVE;
import static org.rapport.mentoring.MentoringFixture.ERIN;
import static org.rapport.mentoring.MentoringFixture.NOW;
import static org.rapport.mentoring.ProgrammeFixture.COORDINATOR;

/** The coordinator's programme on a real database: health, match preview and commit, pairing list and CSV export. */
@Tag("database")
class MentoringProgrammeTest {
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
        // Alice manages Bob; Erin manages Alice. Bob and Alice in Platform, Carol and Dave in Sales.
        f.m.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), "Platform"),
                new OrgPerson(ALICE.userKey(), ERIN.userKey(), "Platform"),
                new OrgPerson(CAROL.userKey(), null, "Sales"), new OrgPerson(DAVE.userKey(), null, "Sales")));
    }

    @Test
    void everyProgrammeMethod_isForCoordinatorsOnly_adminsAndTheGroup() {
        for (Actor outsider : List.of(BOB, ALICE)) {
            assertThatThrownBy(() -> f.programme.health(outsider)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.programme.preview(outsider)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.programme.export(outsider)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.programme.pairings(outsider, PairingPageRequest.parse(null, null, null)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> f.programme.commit(outsider, new MatchChoice(List.of(new MatchChoice.Pair(BOB.userKey(),
                    CAROL.userKey()))))).isInstanceOf(ForbiddenException.class);
        }
        assertThat(f.programme.health(ADMIN).activePairings()).isZero();
        assertThat(f.programme.health(COORDINATOR).activePairings()).isZero();
    }

    @Test
    void health_countsMatchedShareMentorLoadOverdueShareAndStatuses() {
        f.m.mentor(CAROL, 2, false, "UTC", "kubernetes");
        f.m.mentor(DAVE, 1, false, "UTC", "kubernetes");
        f.m.mentor(ERIN, 3, false, "UTC", "kubernetes");
        f.m.mentor(ALICE, 2, true, "UTC", "kubernetes");
        f.m.mentee(BOB, "UTC", "kubernetes");
        f.m.mentee(ALICE, "UTC", "kubernetes");
        f.m.mentee(ERIN, "UTC", "kubernetes");
        f.m.mentee(DAVE, "UTC", "kubernetes");
        f.active(CAROL, BOB, 2, NOW.plus(Duration.ofDays(3)));
        f.active(DAVE, ALICE, 1, NOW.minus(Duration.ofHours(1)));
        f.proposed(CAROL, ERIN);
        f.close(f.proposed(ERIN, DAVE), MentorshipStatus.DECLINED);

        ProgrammeHealth h = f.programme.health(COORDINATOR);

        assertThat(h.menteesWithProfile()).isEqualTo(4);
        assertThat(h.menteesMatched()).isEqualTo(3);
        assertThat(h.matchedShare()).isEqualTo(0.75);
        assertThat(h.openMentors()).isEqualTo(3);
        // Carol 1/2, Dave 1/1, Erin 0/3: mean 0.5.
        assertThat(h.averageUtilisation()).isEqualTo(0.5);
        assertThat(h.mentorLoad()).containsEntry("idle", 1).containsEntry("partly", 1).containsEntry("full", 1);
        assertThat(h.activePairings()).isEqualTo(2);
        assertThat(h.overduePairings()).isEqualTo(1);
        assertThat(h.overdueShare()).isEqualTo(0.5);
        assertThat(h.byStatus()).containsEntry(MentorshipStatus.ACTIVE, 2).containsEntry(MentorshipStatus.PROPOSED, 1)
                .containsEntry(MentorshipStatus.DECLINED, 1).containsEntry(MentorshipStatus.ENDED, 0);
        assertThat(h.truncated()).isFalse();
    }

    @Test
    void preview_neverTheManagementChain_respectsRemainingCapacity_andSkipsThePaired() {
        // Bob's chain is Alice and Erin; Dave has one place and it is taken; Carol has one free place.
        f.m.mentor(ALICE, 3, false, "UTC", "kubernetes");
        f.m.mentor(ERIN, 3, false, "UTC", "kubernetes");
        f.m.mentor(DAVE, 1, false, "UTC", "kubernetes");
        f.m.mentor(CAROL, 1, false, "UTC", "kubernetes");
        f.m.mentee(BOB, "UTC", "kubernetes");
        f.m.mentee(ALICE, "UTC", "kubernetes");
        f.m.mentee(ERIN, "UTC", "kubernetes");
        f.active(DAVE, ERIN, 0, NOW.plus(Duration.ofDays(3)));

        MatchPreview preview = f.programme.preview(COORDINATOR);

        List<Pairing> pairs = preview.match().pairs();
        // Erin is paired already; Dave is full; Bob's chain (Alice, Erin) and Alice's (Erin, herself) are out:
        // Bob and Alice both can have only Carol, who has one place.
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.mentorKey()).isEqualTo(CAROL.userKey());
            assertThat(p.menteeKey()).isIn(BOB.userKey(), ALICE.userKey());
        });
        assertThat(preview.match().unmatchedMentees()).hasSize(1).doesNotContain(pairs.get(0).menteeKey());
        assertThat(preview.match().fairness().waiting()).isEqualTo(2);
        assertThat(preview.match().fairness().matchedShare()).isEqualTo(0.5);
        // Carol (Sales) and either mentee (Platform) come from different departments.
        assertThat(preview.match().fairness().crossDepartmentPairs()).isEqualTo(1);
        assertThat(pairs.get(0).reasons()).isNotEmpty();
        assertThat(f.overview.pageById(null, 0, 10)).hasSize(1);
    }

    @Test
    void commit_createsCoordinatorProposals_andRepeatingItCreatesNothing() {
        f.m.mentor(CAROL, 2, false, "UTC", "kubernetes");
        f.m.mentor(DAVE, 2, false, "UTC", "java");
        f.m.mentee(BOB, "UTC", "kubernetes");
        f.m.mentee(ERIN, "UTC", "java");
        MatchPreview preview = f.programme.preview(COORDINATOR);
        MatchChoice choice = new MatchChoice(preview.match().pairs().stream()
                .map(p -> new MatchChoice.Pair(p.menteeKey(), p.mentorKey())).toList());

        MatchCommit first = f.programme.commit(COORDINATOR, choice);

        assertThat(first.skipped()).isEmpty();
        assertThat(first.created()).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MentorshipStatus.PROPOSED);
            assertThat(m.proposedBy()).isEqualTo(ProposedBy.COORDINATOR);
            assertThat(m.proposerKey()).isEqualTo(COORDINATOR.userKey());
            assertThat(m.mentorAccepted()).isFalse();
            assertThat(m.menteeAccepted()).isFalse();
            assertThat(m.cadenceDays()).isEqualTo(MentoringSettings.DEFAULTS.defaultCadenceDays());
        });

        for (Mentorship m : first.created()) {
            for (String side : List.of(m.mentorKey(), m.menteeKey())) {
                assertThat(f.notifications.page(side, null, 10)).as("%s hears of the proposal", side)
                        .filteredOn(n -> n.kind().equals(Notification.MENTORSHIP_PROPOSED) && n.recognitionId() == m.id())
                        .singleElement().satisfies(n -> assertThat(n.actorKey()).isEqualTo(COORDINATOR.userKey()));
            }
        }

        MatchCommit again = f.programme.commit(COORDINATOR, choice);
        assertThat(again.created()).isEmpty();
        assertThat(again.skipped()).extracting(MatchCommit.Skipped::reason)
                .containsOnly(MatchCommit.SkipReason.ALREADY_PAIRED).hasSize(2);
        assertThat(f.overview.pageById(null, 0, 10)).hasSize(2);
        assertThat(f.programme.preview(COORDINATOR).match().fairness().waiting()).isZero();
    }

    @Test
    void commit_revalidatesEachPairAgainstCurrentData() {
        f.m.mentor(CAROL, 1, false, "UTC", "kubernetes");
        f.m.mentor(DAVE, 1, false, "UTC", "kubernetes");
        f.m.mentor(ALICE, 2, false, "UTC", "kubernetes");
        f.m.mentee(BOB, "UTC", "kubernetes");
        f.m.mentee(ERIN, "UTC", "kubernetes");
        f.m.mentee(CAROL, "UTC", "kubernetes");
        // Since the preview: Dave paused.
        f.m.mentor(DAVE, 1, true, "UTC", "kubernetes");

        MatchCommit result = f.programme.commit(COORDINATOR, new MatchChoice(List.of(
                new MatchChoice.Pair(BOB.userKey(), ALICE.userKey()),     // Alice manages Bob
                new MatchChoice.Pair(ERIN.userKey(), DAVE.userKey()),     // paused since
                new MatchChoice.Pair(ERIN.userKey(), CAROL.userKey()),    // Erin twice
                new MatchChoice.Pair(CAROL.userKey(), ALICE.userKey()),   // fine
                new MatchChoice.Pair(DAVE.userKey(), CAROL.userKey()),    // Dave has no mentee profile
                new MatchChoice.Pair(BOB.userKey(), CAROL.userKey()))));  // Bob's first pair counted already

        assertThat(result.created()).extracting(Mentorship::menteeKey, Mentorship::mentorKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CAROL.userKey(), ALICE.userKey()));
        assertThat(result.skipped()).extracting(MatchCommit.Skipped::reason).containsExactly(
                MatchCommit.SkipReason.NOT_ALLOWED, MatchCommit.SkipReason.MENTOR_UNAVAILABLE,
                MatchCommit.SkipReason.DUPLICATE, MatchCommit.SkipReason.NOT_WAITING, MatchCommit.SkipReason.DUPLICATE);
    }

    @Test
    void commit_neverFillsAMentorBeyondTheFreePlaces() {
        f.m.mentor(CAROL, 1, false, "UTC", "kubernetes");
        f.m.mentee(BOB, "UTC", "kubernetes");
        f.m.mentee(DAVE, "UTC", "kubernetes");

        MatchCommit result = f.programme.commit(COORDINATOR, new MatchChoice(List.of(
                new MatchChoice.Pair(BOB.userKey(), CAROL.userKey()), new MatchChoice.Pair(DAVE.userKey(), CAROL.userKey()))));

        assertThat(result.created()).hasSize(1);
        assertThat(result.skipped()).extracting(MatchCommit.Skipped::reason).containsExactly(MatchCommit.SkipReason.MENTOR_UNAVAILABLE);
    }

    @Test
    void commitBody_withoutPairsOrWithBadKeysIs400() {
        assertThatThrownBy(() -> new MatchChoice(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MatchChoice(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MatchChoice(List.of(new MatchChoice.Pair("a", "a")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MatchChoice(List.of(new MatchChoice.Pair("", "b")))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void preview_usesTheConfiguredWeights() {
        f.m.mentor(CAROL, 1, false, "UTC", "kubernetes");
        f.m.mentor(DAVE, 1, false, "UTC", "kubernetes");
        f.m.mentee(BOB, "UTC", "kubernetes");
        int before = f.programme.preview(COORDINATOR).match().pairs().get(0).score();
        f.weights(new MatchingWeights(40, 2, 5, 1));
        assertThat(f.programme.preview(COORDINATOR).match().pairs().get(0).score()).isEqualTo(before + 30);
        assertThat(f.m.suggestions.forMentee(BOB).get(0).score()).isEqualTo(before + 30);
    }

    @Test
    void pairings_listByStatusWithDepartmentsAndHealth() {
        Mentorship active = f.active(CAROL, BOB, 2, NOW.minus(Duration.ofDays(1)));
        f.proposed(DAVE, ERIN);

        ProgrammePage all = f.programme.pairings(COORDINATOR, PairingPageRequest.parse(null, null, "1"));
        assertThat(all.items()).hasSize(1);
        assertThat(all.nextCursor()).isEqualTo(active.id());
        ProgrammePage activeOnly = f.programme.pairings(COORDINATOR, PairingPageRequest.parse("active", null, null));
        assertThat(activeOnly.items()).singleElement().satisfies(p -> {
            assertThat(p.pairing().id()).isEqualTo(active.id());
            assertThat(p.mentorDepartment()).isEqualTo("Sales");
            assertThat(p.menteeDepartment()).isEqualTo("Platform");
            assertThat(p.health()).isEqualTo(PairingHealth.OVERDUE);
        });
    }

    @Test
    void export_writesEveryPairingAsCsv_quotingAndGuardingFormulas() throws Exception {
        f.displayNames.put(CAROL.userKey(), "=HYPERLINK(\"http://evil\",\"x\")");
        f.displayNames.put(BOB.userKey(), "Baker, \"Bob\"");
        f.displayNames.put(DAVE.userKey(), "@SUM(A1)");
        f.displayNames.put(ERIN.userKey(), "-2+3");
        Mentorship first = f.active(CAROL, BOB, 2, NOW.plus(Duration.ofDays(1)));
        f.privateContent(first, 10);
        Mentorship second = f.proposed(DAVE, ERIN);

        StringWriter out = new StringWriter();
        f.programme.export(COORDINATOR).writeTo(out);
        String[] lines = out.toString().split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", PairingCsv.HEADER));
        assertThat(lines[1]).startsWith(first.id() + ",carol,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",Sales,bob,\"Baker, \"\"Bob\"\"\",Platform,ACTIVE,MENTEE,")
                .endsWith(",2,2026-11-10," + NOW.plus(Duration.ofDays(1)) + ",ON_TRACK");
        assertThat(lines[2]).startsWith(second.id() + ",dave,'@SUM(A1),Sales,erin,'-2+3,,PROPOSED,").endsWith(",0,,,NOT_STARTED");
        assertThat(out.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void csvCell_guardsEveryFormulaStart() {
        assertThat(PairingCsv.cell("+1")).isEqualTo("'+1");
        assertThat(PairingCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(PairingCsv.cell("plain")).isEqualTo("plain");
        assertThat(PairingCsv.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(PairingCsv.cell(null)).isEmpty();
    }
}
