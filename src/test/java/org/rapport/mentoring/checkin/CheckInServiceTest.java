package org.rapport.mentoring.checkin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.help.HelpEntry;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpRecount;
import org.rapport.help.HelpStatus;
import org.rapport.help.HelpStore;
import org.rapport.help.MentoringHelp;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.mentoring.PairingFixture;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.platform.ConflictException;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.testing.TestDatabase;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;
import static org.rapport.mentoring.MentoringFixture.CAROL;

/** Check-ins and the pairing's rhythm on a real database (H2, and PostgreSQL when configured). */
@Tag("database")
class CheckInServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PairingFixture f;
    private LocalDate today;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new PairingFixture(db);
        today = LocalDate.ofInstant(f.time.instant(), ZoneOffset.UTC);
    }

    private static CheckInDraft draft(LocalDate day, int minutes, String notes) {
        return new CheckInDraft(day, minutes, notes, "Read chapter 3");
    }

    private HelpEntry helpOf(CheckIn c) {
        return new HelpStore(f.base.ao).find(c.helpEntryId()).orElseThrow();
    }

    @Test
    void log_byEitherSide_addsConfirmedMentoringHelpFromMentorToMentee_andMovesTheCounters() {
        Mentorship m = f.active(ALICE, BOB, 30, 14);

        CheckIn byMentee = f.checkIns.log(BOB, m.id(), draft(today.minusDays(3), 45, "Talked about on-call"));
        CheckIn byMentor = f.checkIns.log(ALICE, m.id(), draft(today, 30, ""));

        HelpEntry help = helpOf(byMentee);
        assertThat(help.status()).isEqualTo(HelpStatus.CONFIRMED);
        assertThat(help.helperKey()).isEqualTo(ALICE.userKey());
        assertThat(help.helpedKey()).isEqualTo(BOB.userKey());
        assertThat(help.minutes()).isEqualTo(45);
        assertThat(help.helpedOn()).isEqualTo(today.minusDays(3));
        assertThat(new HelpKindStore(f.base.ao).byCode(MentoringHelp.KIND).orElseThrow().id()).isEqualTo(help.kindId());
        assertThat(helpOf(byMentor).helperKey()).isEqualTo(ALICE.userKey());
        Mentorship after = f.reload(m);
        assertThat(after.checkInCount()).isEqualTo(2);
        assertThat(after.lastCheckInOn()).isEqualTo(today);
        assertThat(after.nextDueAt()).isEqualTo(today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(14 + 3, ChronoUnit.DAYS));
        assertThat(f.base.help.ledger(ALICE, ALICE.userKey()).given()).isEqualTo(2);
        assertThat(HelpRecount.actual(f.base.ao)).isEqualTo(HelpRecount.expected(f.base.ao));
    }

    @Test
    void log_refusesADayInTheFutureOrBeforeThePairingStarted_namingTheDate() {
        Mentorship m = f.active(ALICE, BOB, 10, 14);

        assertThatThrownBy(() -> f.checkIns.log(BOB, m.id(), draft(today.plusDays(1), 30, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("date"));
        assertThatThrownBy(() -> f.checkIns.log(BOB, m.id(), draft(today.minusDays(11), 30, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("date"));
        assertThat(f.reload(m).checkInCount()).isZero();
    }

    @Test
    void draft_refusesOutOfRangeDurationAndLongTexts_namingEachField() {
        assertThatThrownBy(() -> CheckInDraft.parse("2026-11-20", 4, "x".repeat(5001), "y".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("durationMinutes", "notes", "nextSteps"));
        assertThatThrownBy(() -> CheckInDraft.parse("20.11.2026", 481, "", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(err -> err.field())
                        .containsExactly("date", "durationMinutes"));
        assertThat(CheckInDraft.parse("2026-11-20", 480, "x".repeat(5000), "").durationMinutes()).isEqualTo(480);
    }

    @Test
    void writes_needAnActivePairing() {
        Mentorship proposed = f.proposed(ALICE, BOB);

        assertThatThrownBy(() -> f.checkIns.log(BOB, proposed.id(), draft(today, 30, "")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.checkIns.changeRhythm(BOB, proposed.id(), new Rhythm(7, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void checkIns_doNotExistForAnyoneButThePair_notEvenAdminsOrCoordinators() {
        Mentorship m = f.active(ALICE, BOB, 10, 14);
        CheckIn c = f.checkIns.log(BOB, m.id(), draft(today, 30, "Private: worried about my review"));

        for (var outsider : List.of(ADMIN, CAROL)) {
            assertThatThrownBy(() -> f.checkIns.list(outsider, m.id(), null, 20)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.checkIns.log(outsider, m.id(), draft(today, 30, ""))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.checkIns.edit(outsider, m.id(), c.id(), draft(today, 30, ""))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.checkIns.delete(outsider, m.id(), c.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> f.checkIns.changeRhythm(outsider, m.id(), new Rhythm(7, false))).isInstanceOf(NotFoundException.class);
        }
        assertThat(f.checkIns.list(ALICE, m.id(), null, 20).items()).extracting(CheckIn::notes)
                .containsExactly("Private: worried about my review");
        assertThatThrownBy(() -> f.checkIns.list(BOB, m.id() + 1000, null, 20)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void editAndDelete_onlyByTheAuthor_helpFollowsTheNewDayAndLeavesWithTheCheckIn() {
        Mentorship m = f.active(ALICE, BOB, 60, 14);
        CheckIn c = f.checkIns.log(BOB, m.id(), draft(today.minusDays(40), 30, "first"));
        f.checkIns.log(BOB, m.id(), draft(today.minusDays(20), 30, "second"));

        assertThatThrownBy(() -> f.checkIns.edit(ALICE, m.id(), c.id(), draft(today, 30, ""))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.checkIns.delete(ALICE, m.id(), c.id())).isInstanceOf(ForbiddenException.class);

        CheckIn edited = f.checkIns.edit(BOB, m.id(), c.id(), draft(today.minusDays(1), 60, "first, moved"));
        assertThat(edited.notes()).isEqualTo("first, moved");
        assertThat(helpOf(edited).helpedOn()).isEqualTo(today.minusDays(1));
        assertThat(helpOf(edited).minutes()).isEqualTo(60);
        assertThat(new HelpStore(f.base.ao).find(c.helpEntryId())).isEmpty();
        assertThat(f.reload(m).lastCheckInOn()).isEqualTo(today.minusDays(1));
        assertThat(HelpRecount.actual(f.base.ao)).isEqualTo(HelpRecount.expected(f.base.ao));

        f.checkIns.delete(BOB, m.id(), edited.id());

        assertThat(new HelpStore(f.base.ao).find(edited.helpEntryId())).isEmpty();
        Mentorship after = f.reload(m);
        assertThat(after.checkInCount()).isEqualTo(1);
        assertThat(after.lastCheckInOn()).isEqualTo(today.minusDays(20));
        assertThat(f.base.help.ledger(BOB, BOB.userKey()).received()).isEqualTo(1);
        assertThat(HelpRecount.actual(f.base.ao)).isEqualTo(HelpRecount.expected(f.base.ao));
        assertThatThrownBy(() -> f.checkIns.delete(BOB, m.id(), edited.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingTheLastCheckIn_dueTimeFallsBackToTheStart() {
        Mentorship m = f.active(ALICE, BOB, 5, 7);
        CheckIn c = f.checkIns.log(ALICE, m.id(), draft(today, 30, ""));

        f.checkIns.delete(ALICE, m.id(), c.id());

        Mentorship after = f.reload(m);
        assertThat(after.checkInCount()).isZero();
        assertThat(after.lastCheckInOn()).isNull();
        assertThat(after.nextDueAt()).isEqualTo(m.startedAt().plus(7 + 3, ChronoUnit.DAYS));
    }

    @Test
    void rhythm_eitherSideMayChangeIt_optingOutStopsAddingHelp_andTheDueTimeFollowsTheCadence() {
        Mentorship m = f.active(ALICE, BOB, 30, 14);
        f.checkIns.log(BOB, m.id(), draft(today.minusDays(2), 30, ""));

        Mentorship changed = f.checkIns.changeRhythm(BOB, m.id(), new Rhythm(7, false));

        assertThat(changed.cadenceDays()).isEqualTo(7);
        assertThat(changed.countsAsHelp()).isFalse();
        assertThat(changed.nextDueAt()).isEqualTo(today.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().plus(7 + 3, ChronoUnit.DAYS));
        CheckIn unCounted = f.checkIns.log(ALICE, m.id(), draft(today, 30, ""));
        assertThat(unCounted.helpEntryId()).isNull();
        assertThat(f.base.help.ledger(ALICE, ALICE.userKey()).given()).isEqualTo(1);
        assertThat(f.checkIns.changeRhythm(ALICE, m.id(), new Rhythm(null, true)).cadenceDays()).isEqualTo(7);
        assertThatThrownBy(() -> new Rhythm(91, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("cadenceDays"));
    }

    @Test
    void list_pagesNewestDayFirst_withACursor() {
        Mentorship m = f.active(ALICE, BOB, 30, 14);
        for (int i = 0; i < 5; i++) {
            f.checkIns.log(BOB, m.id(), draft(today.minusDays(10 - i), 30, "n" + i));
        }
        f.checkIns.log(ALICE, m.id(), draft(today.minusDays(10), 30, "same day as n0"));

        CheckInPage first = f.checkIns.list(BOB, m.id(), null, 4);
        CheckInPage second = f.checkIns.list(BOB, m.id(), CheckInPage.Cursor.decode(first.next()), 4);

        assertThat(first.items()).extracting(CheckIn::notes).containsExactly("n4", "n3", "n2", "n1");
        assertThat(second.items()).extracting(CheckIn::notes).containsExactly("same day as n0", "n0");
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> f.checkIns.list(BOB, m.id(), null, 51)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CheckInPage.Cursor.decode("nonsense")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void bothSidesLoggingAtOnce_countEveryCheckInAndEveryHelpEntry() throws Exception {
        Mentorship m = f.active(ALICE, BOB, 30, 14);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<CheckIn>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                var who = i % 2 == 0 ? ALICE : BOB;
                int day = i;
                work.add(() -> f.checkIns.log(who, m.id(), draft(today.minusDays(day), 30, "")));
            }
            for (Future<CheckIn> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Mentorship after = f.reload(m);
        assertThat(after.checkInCount()).isEqualTo(8);
        assertThat(after.lastCheckInOn()).isEqualTo(today);
        assertThat(f.base.help.ledger(BOB, BOB.userKey()).received()).isEqualTo(8);
        assertThat(HelpRecount.actual(f.base.ao)).isEqualTo(HelpRecount.expected(f.base.ao));
    }
}
