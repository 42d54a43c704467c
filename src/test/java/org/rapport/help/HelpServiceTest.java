package org.rapport.help;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.notification.Notification;
import org.rapport.notification.NotificationService;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.skills.SkillTag;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.help.HelpFixture.ADMIN;
import static org.rapport.help.HelpFixture.ALICE;
import static org.rapport.help.HelpFixture.BOB;
import static org.rapport.help.HelpFixture.CAROL;
import static org.rapport.help.HelpFixture.DAVE;
import static org.rapport.help.HelpFixture.ERIN;
import static org.rapport.help.HelpFixture.GHOST;
import static org.rapport.help.HelpFixture.help;

/** The help ledger's rules on a real database: who may do what, what counts, who sees what, and what it costs. */
@Tag("database")
class HelpServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HelpFixture f;

    @BeforeAll
    static void schema() {
        HelpFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new HelpFixture(db);
    }

    // --- logging and the confirmation flow

    @Test
    void log_byTheHelpedPerson_isConfirmedAtOnce_andCounts() {
        HelpEntry entry = f.service.log(BOB, help().from(ALICE).to(BOB).build());

        assertThat(entry.status()).isEqualTo(HelpStatus.CONFIRMED);
        assertThat(ledger(ALICE, ALICE).given()).isEqualTo(1);
        assertThat(ledger(BOB, BOB).received()).isEqualTo(1);
        assertThat(f.notifications.inbox(ALICE, null, 50)).as("nothing to confirm").isEmpty();
    }

    @Test
    void log_byTheHelper_isPendingAndNotifiesTheHelped_butDoesNotCount() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());

        assertThat(entry.status()).isEqualTo(HelpStatus.PENDING);
        assertThat(ledger(ALICE, ALICE).given()).isZero();
        assertThat(f.notifications.inbox(BOB, null, 50)).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(Notification.HELP_PENDING);
                    assertThat(n.recognitionId()).isEqualTo(entry.id());
                    assertThat(n.actorKey()).isEqualTo(ALICE.userKey());
                });
        assertThat(ledger(BOB, BOB).pending()).extracting(HelpEntry::id).containsExactly(entry.id());
        assertThat(ledger(ALICE, BOB).pending()).as("only on one's own ledger").isEmpty();
        assertThat(ledger(ALICE, ALICE).awaiting()).as("the helper sees what waits for Bob").extracting(HelpEntry::id)
                .containsExactly(entry.id());
        assertThat(ledger(BOB, ALICE).awaiting()).as("only on one's own ledger").isEmpty();
    }

    @Test
    void confirm_byTheHelped_countsAndClearsTheNotification() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).skills("Java").build());

        HelpEntry confirmed = f.service.confirm(BOB, entry.id());

        assertThat(confirmed.status()).isEqualTo(HelpStatus.CONFIRMED);
        assertThat(ledger(ALICE, ALICE).given()).isEqualTo(1);
        assertThat(ledger(BOB, BOB).received()).isEqualTo(1);
        assertThat(ledger(BOB, BOB).pending()).isEmpty();
        assertThat(f.notifications.inbox(BOB, null, 50)).isEmpty();
        assertThat(ledger(CAROL, ALICE).topSkills()).containsExactly(new HelpLedger.SkillCount("java", 1));
    }

    @Test
    void decisions_tellTheHelper_inTheDecidingTransaction() {
        HelpEntry confirmedEntry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());
        HelpEntry declinedEntry = f.service.log(ALICE, help().from(ALICE).to(CAROL).build());

        f.service.confirm(BOB, confirmedEntry.id());
        f.service.decline(CAROL, declinedEntry.id());

        assertThat(f.notifications.inbox(ALICE, null, 50))
                .extracting(Notification::kind, Notification::recognitionId, Notification::actorKey, Notification::read)
                .containsExactly(
                        tuple(Notification.HELP_DECLINED, declinedEntry.id(), CAROL.userKey(), false),
                        tuple(Notification.HELP_CONFIRMED, confirmedEntry.id(), BOB.userKey(), false));
        assertThat(f.notifications.unread(BOB)).as("the decider's own request is settled").isZero();
    }

    @Test
    void openingAnEntry_readsItsNotifications_only() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());
        HelpEntry other = f.service.log(CAROL, help().from(CAROL).to(BOB).build());

        f.notifications.markReadAbout(BOB, NotificationService.Subject.HELP, entry.id());
        f.notifications.markReadAbout(BOB, NotificationService.Subject.RECOGNITION, other.id());

        assertThat(f.notifications.inbox(BOB, null, 50))
                .extracting(Notification::recognitionId, Notification::read)
                .containsExactlyInAnyOrder(tuple(entry.id(), true), tuple(other.id(), false));
    }

    @Test
    void confirm_isOnlyForTheHelped_andOnlyOnce() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());

        assertThatThrownBy(() -> f.service.confirm(ALICE, entry.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.confirm(ADMIN, entry.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.confirm(CAROL, entry.id())).as("a stranger cannot know it exists")
                .isInstanceOf(NotFoundException.class);
        f.service.confirm(BOB, entry.id());
        assertThatThrownBy(() -> f.service.confirm(BOB, entry.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.service.decline(BOB, entry.id())).isInstanceOf(ConflictException.class);
        assertThat(ledger(ALICE, ALICE).given()).as("counted once").isEqualTo(1);
    }

    @Test
    void decline_neverCounts_andIsSeenOnlyByTheTwoAndAdmins() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());

        f.service.decline(BOB, entry.id());

        assertThat(ledger(ALICE, ALICE).given()).isZero();
        assertThat(f.notifications.inbox(BOB, null, 50)).isEmpty();
        assertThat(f.service.get(ALICE, entry.id()).status()).isEqualTo(HelpStatus.DECLINED);
        assertThat(f.service.get(ADMIN, entry.id()).status()).isEqualTo(HelpStatus.DECLINED);
        assertThatThrownBy(() -> f.service.get(CAROL, entry.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.service.list(ALICE, ALICE.userKey(), true, HelpStatus.DECLINED, null, 10).items()).hasSize(1);
        assertThatThrownBy(() -> f.service.list(CAROL, ALICE.userKey(), true, HelpStatus.DECLINED, null, 10))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void withdraw_isForTheHelperOfAPendingEntry_andTakesTheNotificationAlong() {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());

        assertThatThrownBy(() -> f.service.delete(BOB, entry.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.service.delete(ADMIN, entry.id())).isInstanceOf(ForbiddenException.class);
        f.service.delete(ALICE, entry.id());

        assertThatThrownBy(() -> f.service.get(ALICE, entry.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.notifications.inbox(BOB, null, 50)).isEmpty();
    }

    @Test
    void deleteConfirmed_byEitherPersonOrAnAdmin_takesItsCountsAlong_strangersCannot() {
        HelpEntry first = f.service.log(BOB, help().from(ALICE).to(BOB).skills("git").build());
        HelpEntry second = f.service.log(BOB, help().from(ALICE).to(BOB).skills("git").build());
        HelpEntry third = f.service.log(BOB, help().from(ALICE).to(BOB).build());

        assertThatThrownBy(() -> f.service.delete(CAROL, first.id())).isInstanceOf(ForbiddenException.class);
        f.service.delete(ALICE, first.id());
        f.service.delete(BOB, second.id());
        assertThat(ledger(ALICE, ALICE).given()).isEqualTo(1);
        assertThat(ledger(ALICE, ALICE).topSkills()).as("a counter at zero disappears").isEmpty();
        f.service.delete(ADMIN, third.id());

        HelpLedger alice = ledger(ALICE, ALICE);
        assertThat(alice.given()).isZero();
        assertThat(alice.colleagues()).isZero();
        assertThat(alice.months()).allSatisfy(m -> assertThat(m.given()).isZero());
    }

    @Test
    void log_refusesHelpBetweenOthers_unknownColleagues_archivedKinds_andDaysOutOfRange() {
        assertThat(fieldOf(() -> f.service.log(CAROL, help().from(ALICE).to(BOB).build()))).isEqualTo("helper");
        assertThat(fieldOf(() -> f.service.log(BOB, help().from(new Actor(GHOST)).to(BOB).build()))).isEqualTo("helper");
        assertThat(fieldOf(() -> f.service.log(ALICE, help().from(ALICE).to(new Actor(GHOST)).build()))).isEqualTo("helped");
        assertThat(fieldOf(() -> f.service.log(BOB, help().kind("no-such-kind").build()))).isEqualTo("kind");
        f.admin.updateKind(ADMIN, "paired-with-me", new HelpKindDraft("Paired with me", true));
        assertThat(fieldOf(() -> f.service.log(BOB, help().kind("paired-with-me").build()))).isEqualTo("kind");
        assertThat(fieldOf(() -> f.service.log(BOB, help().date("2026-11-21").build()))).isEqualTo("date");
        assertThat(fieldOf(() -> f.service.log(BOB, help().date("2026-08-21").build()))).as("91 days back").isEqualTo("date");
        assertThat(f.service.log(BOB, help().date("2026-08-22").build()).helpedOn()).as("90 days back").hasToString("2026-08-22");
        assertThat(f.service.log(BOB, help().build()).helpedOn()).as("default today").isEqualTo(HelpFixture.TODAY);
    }

    @Test
    void log_namesEveryBadReferenceAtOnce() {
        // Issue 13: the colleague, the kind and the day came back one round at a time.
        InvalidInputException e = catchThrowableOfType(() -> f.service.log(ALICE,
                help().from(ALICE).to(new Actor(GHOST)).kind("no-such-kind").date("2026-11-21").build()), InvalidInputException.class);

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("helped", "kind", "date");
    }

    @Test
    void racingConfirmations_countOnce() throws Exception {
        HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).skills("java").build());

        List<Throwable> outcomes = race(8, () -> f.service.confirm(BOB, entry.id()));

        assertThat(outcomes).filteredOn(o -> o == null).as("one confirmation wins: %s, given %s", outcomes, ledger(ALICE, ALICE)).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != null).allSatisfy(o -> assertThat(o).isInstanceOf(ConflictException.class));
        HelpLedger alice = ledger(ALICE, ALICE);
        assertThat(alice.given()).isEqualTo(1);
        assertThat(alice.colleagues()).isEqualTo(1);
        assertThat(alice.topSkills()).containsExactly(new HelpLedger.SkillCount("java", 1));
    }

    @Test
    void racingLogsBetweenOnePair_keepExactCountsAndOneColleague() throws Exception {
        List<Throwable> outcomes = race(8, () -> f.service.log(BOB, help().from(ALICE).to(BOB).skills("new-tag").build()));

        assertThat(outcomes).containsOnlyNulls();
        HelpLedger alice = ledger(ALICE, ALICE);
        assertThat(alice.given()).isEqualTo(8);
        assertThat(alice.colleagues()).isEqualTo(1);
        assertThat(alice.topSkills()).containsExactly(new HelpLedger.SkillCount("new-tag", 8));
    }

    @Test
    void racingDeletesOfAConfirmedEntry_uncountOnce() throws Exception {
        f.service.log(BOB, help().from(ALICE).to(BOB).build());
        HelpEntry entry = f.service.log(BOB, help().from(ALICE).to(BOB).build());

        List<Throwable> outcomes = race(6, () -> f.service.delete(ADMIN, entry.id()));

        assertThat(outcomes).filteredOn(o -> o == null).as("one delete wins: %s", outcomes).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o != null).allSatisfy(o -> assertThat(o).isInstanceOf(NotFoundException.class));
        assertThat(ledger(ALICE, ALICE).given()).isEqualTo(1);
        assertThat(ledger(ALICE, ALICE).colleagues()).isEqualTo(1);
    }

    @Test
    void confirmationRacingAWithdrawal_neverCountsAWithdrawnEntry() throws Exception {
        // Either order is legitimate (a confirmed entry may still be deleted by the helper); what
        // must hold is that the counters always equal the confirmed entries that exist.
        for (int round = 0; round < 20; round++) {
            HelpEntry entry = f.service.log(ALICE, help().from(ALICE).to(BOB).build());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            Future<?> confirm = pool.submit(() -> {
                go.await();
                return f.service.confirm(BOB, entry.id());
            });
            Future<?> withdraw = pool.submit(() -> {
                go.await();
                f.service.delete(ALICE, entry.id());
                return null;
            });
            go.countDown();
            boolean confirmed = succeeded(confirm);
            boolean withdrawn = succeeded(withdraw);
            pool.shutdownNow();

            int given = ledger(ALICE, ALICE).given();
            int confirmedEntries = f.service.list(ALICE, ALICE.userKey(), true, HelpStatus.CONFIRMED, null, 50).items().size();
            assertThat(given).as("counts match the confirmed entries (confirmed %s, withdrawn %s)", confirmed, withdrawn)
                    .isEqualTo(confirmedEntries);
            assertThat(confirmed || withdrawn).as("at least one of the two goes through").isTrue();
        }
    }

    private static boolean succeeded(Future<?> future) throws Exception {
        try {
            future.get(120, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return false;
        }
    }

    // --- visibility

    @Test
    void details_areSeenByTheTwoAndAdmins_countsAndTagsByEveryone() {
        HelpEntry entry = f.service.log(BOB, help().from(ALICE).to(BOB).details("My private notes").skills("sql").build());

        assertThat(f.service.get(ALICE, entry.id()).details()).isEqualTo("My private notes");
        assertThat(f.service.get(BOB, entry.id()).details()).isEqualTo("My private notes");
        assertThat(f.service.get(ADMIN, entry.id()).details()).isEqualTo("My private notes");
        HelpEntry seenByCarol = f.service.get(CAROL, entry.id());
        assertThat(seenByCarol.details()).isNull();
        assertThat(seenByCarol.summary()).isEqualTo("Fixed my build");
        assertThat(seenByCarol.skills()).containsExactly(new SkillTag("sql"));
        assertThat(f.service.list(CAROL, ALICE.userKey(), true, HelpStatus.CONFIRMED, null, 10).items())
                .singleElement().satisfies(e -> assertThat(e.details()).isNull());
        assertThat(ledger(CAROL, ALICE).given()).isEqualTo(1);
    }

    @Test
    void pendingHelp_isListedOnlyForThePersonAndAdmins() {
        f.service.log(ALICE, help().from(ALICE).to(BOB).build());

        assertThat(f.service.list(BOB, BOB.userKey(), false, HelpStatus.PENDING, null, 10).items()).hasSize(1);
        assertThat(f.service.list(ADMIN, BOB.userKey(), false, HelpStatus.PENDING, null, 10).items()).hasSize(1);
        assertThatThrownBy(() -> f.service.list(CAROL, BOB.userKey(), false, HelpStatus.PENDING, null, 10))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.service.list(CAROL, BOB.userKey(), false, HelpStatus.CONFIRMED, null, 10).items()).isEmpty();
    }

    // --- the ledger

    @Test
    void ledger_showsCountsBreadthTopSkillsAndMonths() {
        f.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), null, "Platform"), new OrgPerson(CAROL.userKey(), null, "Platform"),
                new OrgPerson(DAVE.userKey(), null, "Sales")));
        f.service.log(BOB, help().from(ALICE).to(BOB).skills("java", "sql").date("2026-11-02").build());
        f.service.log(BOB, help().from(ALICE).to(BOB).skills("java").date("2026-10-15").build());
        f.service.log(CAROL, help().from(ALICE).to(CAROL).skills("java").date("2026-10-01").build());
        f.service.log(ALICE, help().from(DAVE).to(ALICE).build());

        HelpLedger ledger = ledger(ERIN, ALICE);

        assertThat(ledger.given()).isEqualTo(3);
        assertThat(ledger.received()).isEqualTo(1);
        assertThat(ledger.colleagues()).as("bob, carol, dave").isEqualTo(3);
        assertThat(ledger.departments()).as("Platform, Sales").isEqualTo(2);
        assertThat(ledger.topSkills()).containsExactly(new HelpLedger.SkillCount("java", 3), new HelpLedger.SkillCount("sql", 1));
        assertThat(ledger.months()).hasSize(HelpService.MONTHS);
        assertThat(ledger.months().get(HelpService.MONTHS - 1)).isEqualTo(new HelpLedger.Month("2026-11", 1, 1));
        assertThat(ledger.months().get(HelpService.MONTHS - 2)).isEqualTo(new HelpLedger.Month("2026-10", 2, 0));
        assertThat(ledger.months().get(0).month()).isEqualTo("2025-12");
    }

    @Test
    void ledger_countsTheDepartmentsColleaguesWereInWhenTheHelpWasConfirmed_laterOrgChangesMoveNothing() {
        f.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), null, "Platform"), new OrgPerson(CAROL.userKey(), null, "Sales")));
        HelpEntry toBob = f.service.log(BOB, help().from(ALICE).to(BOB).build());
        HelpEntry toCarol = f.service.log(ALICE, help().from(ALICE).to(CAROL).build());
        assertThat(ledger(ERIN, ALICE).departments()).as("Carol's help is pending: only Platform").isEqualTo(1);

        f.orgStore.saveAll(List.of(new OrgPerson(CAROL.userKey(), null, "Platform")));
        f.service.confirm(CAROL, toCarol.id());
        assertThat(ledger(ERIN, ALICE).departments()).as("Carol was in Platform when she confirmed").isEqualTo(1);
        assertThat(ledger(ERIN, CAROL).departments()).as("Alice has no department").isZero();

        f.orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), null, "Sales")));
        assertThat(ledger(ERIN, ALICE).departments()).as("Bob's move changes no confirmed help").isEqualTo(1);
        HelpEntry again = f.service.log(BOB, help().from(ALICE).to(BOB).summary("Again").build());
        assertThat(ledger(ERIN, ALICE).departments()).as("help confirmed after the move counts Sales").isEqualTo(2);
        assertThat(ledger(ERIN, ALICE).colleagues()).isEqualTo(2);
        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));

        f.service.delete(ALICE, toBob.id());
        assertThat(ledger(ERIN, ALICE).departments()).as("Platform stays through Carol").isEqualTo(2);
        f.service.delete(ALICE, toCarol.id());
        assertThat(ledger(ERIN, ALICE).departments()).as("the Platform help is gone, whatever Bob's department is now").isEqualTo(1);
        f.service.delete(ALICE, again.id());
        assertThat(ledger(ERIN, ALICE).departments()).isZero();
        assertThat(HelpRecount.actual(f.ao)).as("no department counter is left behind").isEqualTo(HelpRecount.expected(f.ao)).isEmpty();
    }

    @Test
    void ledger_departmentCountersEqualARecount_afterLoggingDecidingAndDeleting() {
        f.orgStore.saveAll(List.of(new OrgPerson(ALICE.userKey(), null, "Platform"), new OrgPerson(BOB.userKey(), null, "Sales"),
                new OrgPerson(CAROL.userKey(), null, "Sales"), new OrgPerson(DAVE.userKey(), null, "Legal")));
        List<Actor> everyone = List.of(ALICE, BOB, CAROL, DAVE, ERIN);
        List<HelpEntry> logged = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Actor helper = everyone.get(i % 5);
            Actor helped = everyone.get((i * 3 + 1) % 5);
            if (helper.equals(helped)) {
                continue;
            }
            logged.add(f.service.log(i % 2 == 0 ? helped : helper, help().from(helper).to(helped).summary("Help " + i).build()));
            if (i == 10) {
                f.orgStore.saveAll(List.of(new OrgPerson(CAROL.userKey(), null, "Legal"), new OrgPerson(ERIN.userKey(), null, "Platform")));
            }
        }
        for (HelpEntry e : logged) {
            if (e.status() == HelpStatus.PENDING) {
                if (e.id() % 3 == 0) {
                    f.service.decline(new Actor(e.helpedKey()), e.id());
                } else {
                    f.service.confirm(new Actor(e.helpedKey()), e.id());
                }
            }
        }
        for (int i = 0; i < logged.size(); i += 4) {
            f.service.delete(ADMIN, logged.get(i).id());
        }

        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(HelpRecount.actual(f.ao).keySet()).anyMatch(k -> k.startsWith("HN|all|"));
    }

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {2, 40})
    void ledger_ofAnother_usesTwoStatements_whateverTheDataSize(int count) {
        f.orgStore.saveAll(List.of(new OrgPerson(ALICE.userKey(), null, "Platform"), new OrgPerson(CAROL.userKey(), null, "Sales")));
        for (int i = 0; i < count; i++) {
            Actor colleague = List.of(ALICE, CAROL, DAVE, ERIN).get(i % 4);
            f.service.log(BOB, help().from(colleague).to(BOB).skills("skill-" + (i % 7)).build());
        }

        try (SqlCounter sql = db.countStatements()) {
            HelpLedger ledger = f.service.ledger(CAROL, BOB.userKey());

            assertThat(ledger.received()).isEqualTo(count);
            assertThat(ledger.departments()).isEqualTo(2);
            assertThat(sql.statements()).as("counters (breadth included), top skills").hasSizeLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {2, 40})
    void ledger_usesAFixedNumberOfStatements_whateverTheDataSize(int count) {
        for (int i = 0; i < count; i++) {
            Actor colleague = List.of(ALICE, CAROL, DAVE, ERIN).get(i % 4);
            f.service.log(BOB, help().from(colleague).to(BOB).skills("skill-" + (i % 7)).build());
            f.service.log(colleague, help().from(colleague).to(BOB).summary("Pending " + i).build());
        }

        try (SqlCounter sql = db.countStatements()) {
            HelpLedger ledger = f.service.ledger(BOB, BOB.userKey());

            assertThat(ledger.received()).isEqualTo(count);
            assertThat(ledger.pending()).hasSize(Math.min(count, HelpService.PENDING_SHOWN));
            assertThat(sql.statements()).as("counters (breadth included), top skills, pending entries and their skills,"
                    + " awaiting entries and their skills").hasSizeLessThanOrEqualTo(6);
        }
    }

    @Test
    void forIssue_listsConfirmedHelpOnTheIssue_inTwoStatements() {
        f.service.log(BOB, help().from(CAROL).to(BOB).link("RAP-1").summary("On the issue").build());
        f.service.log(CAROL, help().from(CAROL).to(DAVE).link("RAP-1").summary("Still pending").build());
        f.service.log(BOB, help().from(CAROL).to(BOB).link("RAP-2").build());

        try (SqlCounter sql = db.countStatements()) {
            assertThat(f.service.forIssue(ERIN, "RAP-1")).extracting(HelpEntry::summary).containsExactly("On the issue");
            assertThat(sql.statements()).hasSizeLessThanOrEqualTo(2);
        }
        assertThat(f.service.forIssue(ERIN, "not a key")).isEmpty();
    }

    @Test
    void list_pagesNewestDayFirst_withACursor() {
        for (int day = 1; day <= 5; day++) {
            f.service.log(BOB, help().from(ALICE).to(BOB).date("2026-11-0" + day).summary("Day " + day).build());
        }
        HelpPage first = f.service.list(CAROL, ALICE.userKey(), true, HelpStatus.CONFIRMED, null, 3);
        HelpPage second = f.service.list(CAROL, ALICE.userKey(), true, HelpStatus.CONFIRMED, first.next(), 3);

        assertThat(first.items()).extracting(HelpEntry::summary).containsExactly("Day 5", "Day 4", "Day 3");
        assertThat(second.items()).extracting(HelpEntry::summary).containsExactly("Day 2", "Day 1");
        assertThat(second.next()).isNull();
        assertThat(fieldOf(() -> f.service.list(CAROL, ALICE.userKey(), true, HelpStatus.CONFIRMED, null, 51))).isEqualTo("limit");
    }

    // --- tags

    @Test
    void skills_areNormalised_andSuggestedFromExistingTags() {
        HelpEntry entry = f.service.log(BOB, help().skills("  Spring   Boot ", "KUBERNETES", "kubernetes").build());

        assertThat(entry.skills()).containsExactly(new SkillTag("spring-boot"), new SkillTag("kubernetes"));
        assertThat(f.admin.kinds(ALICE, false)).hasSize(6);
    }

    @Test
    void mergingTags_repointsEntriesAndCounts_andTheOldTagKeepsResolving() {
        HelpEntry k8s = f.service.log(BOB, help().from(ALICE).to(BOB).skills("k8s").build());
        HelpEntry both = f.service.log(CAROL, help().from(ALICE).to(CAROL).skills("k8s", "kubernetes").build());
        f.service.log(ALICE, help().from(ALICE).to(DAVE).skills("k8s").build());

        assertThatThrownBy(() -> f.admin.mergeSkills(ALICE, "k8s", "kubernetes")).isInstanceOf(ForbiddenException.class);
        assertThat(f.admin.mergeSkills(ADMIN, "K8s", "Kubernetes")).isEqualTo(new SkillTag("kubernetes"));

        assertThat(f.service.get(ALICE, k8s.id()).skills()).containsExactly(new SkillTag("kubernetes"));
        assertThat(f.service.get(ALICE, both.id()).skills()).containsExactly(new SkillTag("kubernetes"));
        assertThat(ledger(ALICE, ALICE).topSkills()).containsExactly(new HelpLedger.SkillCount("kubernetes", 2));
        HelpEntry later = f.service.log(BOB, help().from(ALICE).to(BOB).skills("k8s").build());
        assertThat(later.skills()).containsExactly(new SkillTag("kubernetes"));
        assertThat(ledger(ALICE, ALICE).topSkills()).containsExactly(new HelpLedger.SkillCount("kubernetes", 3));
        assertThat(fieldOf(() -> f.admin.mergeSkills(ADMIN, "k8s", "kubernetes"))).as("already merged").isEqualTo("into");
    }

    @Test
    void kinds_areEditedByAdminsOnly_andDuplicatesConflict() {
        HelpKind kind = f.admin.createKind(ADMIN, new HelpKindDraft("Mentored me", false));

        assertThat(kind.code()).isEqualTo("mentored-me");
        assertThatThrownBy(() -> f.admin.createKind(ADMIN, new HelpKindDraft("mentored  ME", false))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.admin.createKind(ALICE, new HelpKindDraft("Other", false))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.admin.updateKind(ADMIN, "nope", new HelpKindDraft("x", false))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.admin.kinds(ALICE, true)).isInstanceOf(ForbiddenException.class);
        assertThat(f.service.log(BOB, help().kind("mentored-me").build()).kindId()).isEqualTo(kind.id());
    }

    /** Runs the call on {@code threads} threads released together; null for each success, else what it threw. */
    private static List<Throwable> race(int threads, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    call.run();
                    return null;
                }));
            }
            go.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get(120, TimeUnit.SECONDS);
                    outcomes.add(null);
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private HelpLedger ledger(Actor viewer, Actor person) {
        return f.service.ledger(viewer, person.userKey());
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).findFirst().orElseThrow();
        }
        throw new AssertionError("expected an InvalidInputException");
    }
}
