package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.RapportSettings;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.moderation.Hiding;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.ModerationStore;
import org.rapport.recognition.moderation.Report;
import org.rapport.recognition.moderation.ReportState;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/**
 * Moderation on a real database: who may report, hide, restore and dismiss; a hidden recognition
 * is gone for everyone but admins (get, every list, the panel's latest, counts, leaderboards,
 * reactions, comments, notifications); counters always equal a recount.
 */
@Tag("database")
class RecognitionModerationTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private ModerationService moderation;
    private ReactionService reactions;
    private CommentService comments;
    private LeaderboardService leaderboards;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(ReportEntity.class, HidingEntity.class, ModerationLogEntity.class);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        Transactions transactions = new Transactions(world.ao);
        SystemClock clock = new SystemClock(world.clock);
        Tallies tallies = new Tallies(new TallyStore(world.ao));
        moderation = new ModerationService(world.service, world.store, tallies, world.notifications, new ModerationStore(world.ao),
                transactions, world.permissions, clock);
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), tallies, transactions);
        comments = new CommentService(world.service, new CommentStore(world.ao), transactions, world.permissions, clock);
        leaderboards = new LeaderboardService(tallies, clock, world.settings, new OrgChart(new OrgStore(world.ao)), world.permissions);
        teamwork = world.category("Teamwork");
        world.settings.update(ADMIN, new RapportSettings(0, true));
    }

    private Recognition give(Actor giver, String... to) {
        return world.service.give(giver, aRecognition().to(to).category(teamwork.id()).message("Thanks " + String.join(",", to)).build(), null);
    }

    private static ModerationReason reason(String text) {
        return ModerationReason.required(text);
    }

    private void assertCountersEqualRecount() {
        assertThat(Recount.actual(world.ao)).isEqualTo(Recount.expected(world.ao));
    }

    private FeedPage feed(Actor viewer, String receivedBy, String givenBy) {
        return world.service.feed(viewer, new FeedQuery(receivedBy, givenBy, null, false, null, 20));
    }

    private static List<Long> ids(FeedPage page) {
        return page.items().stream().map(Recognition::id).toList();
    }

    @Test
    void report_byAnyoneWhoMaySeeIt_onceWhileOpen_notByTheGiver() {
        Recognition r = give(ALICE, BOB.userKey());

        Report report = moderation.report(CAROL, r.id(), reason("Inappropriate joke"));
        assertThat(report.state()).isEqualTo(ReportState.OPEN);
        assertThat(report.reason()).isEqualTo("Inappropriate joke");
        assertThat(moderation.report(BOB, r.id(), reason("Embarrassing")).reporterKey()).isEqualTo(BOB.userKey());

        assertThatThrownBy(() -> moderation.report(CAROL, r.id(), reason("again"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> moderation.report(ALICE, r.id(), reason("mine"))).isInstanceOf(ForbiddenException.class);

        Recognition secret = world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).privately().build(), null);
        assertThatThrownBy(() -> moderation.report(ERIN, secret.id(), reason("cannot see it"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> moderation.report(ERIN, 999_999, reason("nothing"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void reasons_areRequiredAndLimited_namingTheField() {
        assertThatThrownBy(() -> ModerationReason.required("  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> ModerationReason.required("x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("rapport.error.too.long"));
        assertThatThrownBy(() -> ModerationReason.required("bad\u0000char")).isInstanceOf(InvalidInputException.class);
        assertThat(ModerationReason.required("x".repeat(500)).text()).hasSize(500);
        assertThat(ModerationReason.optional(null).isEmpty()).isTrue();
    }

    @Test
    void onlyAdmins_hideRestoreDismissAndReadTheQueue() {
        Recognition r = give(ALICE, BOB.userKey());
        moderation.report(CAROL, r.id(), reason("spam"));

        assertThatThrownBy(() -> moderation.hide(CAROL, r.id(), reason("no"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.dismiss(BOB, r.id(), ModerationReason.optional(""))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.queue(ALICE, null, 20)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.hidden(ALICE, null, 20)).isInstanceOf(ForbiddenException.class);
        moderation.hide(ADMIN, r.id(), reason("spam"));
        assertThatThrownBy(() -> moderation.restore(ALICE, r.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> moderation.hide(ADMIN, 999_999, reason("x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void hidden_isGoneForEveryoneButAdmins_everywhere() {
        Recognition keep = give(CAROL, BOB.userKey());
        Recognition r = give(ALICE, BOB.userKey(), DAVE.userKey());
        reactions.toggle(ERIN, r.id(), ReactionKind.HEART);
        comments.add(ERIN, r.id(), "Nice");
        assertThat(world.notifications.unread(BOB)).isEqualTo(2);

        Hiding hiding = moderation.hide(ADMIN, r.id(), reason("Names a customer"));

        assertThat(hiding.hiddenBy()).isEqualTo(ADMIN.userKey());
        assertThat(hiding.reason()).isEqualTo("Names a customer");
        assertThat(hiding.hiddenAt()).isEqualTo(RecognitionFixture.NOW);
        for (Actor someone : List.of(ALICE, BOB, DAVE, ERIN)) {
            assertThatThrownBy(() -> world.service.get(someone, r.id())).as(someone.userKey()).isInstanceOf(NotFoundException.class);
            assertThat(ids(feed(someone, null, null))).as("public feed").containsExactly(keep.id());
            assertThat(ids(feed(someone, BOB.userKey(), null))).as("received by Bob").containsExactly(keep.id());
            assertThat(ids(feed(someone, null, ALICE.userKey()))).as("given by Alice").isEmpty();
            assertThat(world.service.latestReceived(someone, BOB.userKey(), 5)).extracting(Recognition::id).containsExactly(keep.id());
            assertThatThrownBy(() -> reactions.toggle(someone, r.id(), ReactionKind.PARTY)).isInstanceOf(NotFoundException.class);
            assertThat(reactions.summaries(someone, List.of(r.id()))).isEmpty();
            assertThatThrownBy(() -> comments.list(someone, r.id(), null, 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.add(someone, r.id(), "hello")).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> world.service.delete(ALICE, r.id())).as("the giver, within the edit window").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.service.edit(ALICE, r.id(), new RecognitionEdit("changed", teamwork.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.notifications.unread(BOB)).as("notification about the hidden one held back").isEqualTo(1);
        assertThat(world.notifications.inbox(BOB, null, 10)).extracting(n -> n.recognitionId()).containsExactly(keep.id());
        assertThat(world.notifications.inbox(DAVE, null, 10)).isEmpty();

        LeaderboardService.Summary bob = leaderboards.summary(BOB.userKey(), LeaderboardPeriod.QUARTER, List.of(teamwork.id()), 3);
        assertThat(bob.received()).isEqualTo(1);
        assertThat(leaderboards.summary(ALICE.userKey(), LeaderboardPeriod.ALL, List.of(), 3).given()).isZero();
        assertThat(leaderboards.board(ERIN, new LeaderboardQuery(Direction.RECEIVED, LeaderboardPeriod.WEEK, 0, 10)))
                .extracting(LeaderboardService.Entry::personKey).containsExactly(BOB.userKey());

        assertThat(world.service.get(ADMIN, r.id()).hidden()).isTrue();
        assertThat(ids(feed(ADMIN, null, ALICE.userKey()))).as("admins still find it in lists by person").containsExactly(r.id());
        assertThat(ids(feed(ADMIN, DAVE.userKey(), null))).containsExactly(r.id());
        assertThat(moderation.hidden(ADMIN, null, 10)).extracting(h -> h.recognition().id()).containsExactly(r.id());
        assertCountersEqualRecount();
    }

    @Test
    void restore_bringsBackCountersListsAndNotifications() {
        Recognition r = give(ALICE, BOB.userKey());
        reactions.toggle(ERIN, r.id(), ReactionKind.APPLAUSE);
        moderation.hide(ADMIN, r.id(), reason("Mistake?"));
        assertCountersEqualRecount();

        Recognition restored = moderation.restore(ADMIN, r.id());

        assertThat(restored.hidden()).isFalse();
        assertThat(world.service.get(ERIN, r.id()).hidden()).isFalse();
        assertThat(ids(feed(ERIN, null, null))).containsExactly(r.id());
        assertThat(ids(feed(BOB, BOB.userKey(), null))).containsExactly(r.id());
        assertThat(world.notifications.unread(BOB)).isEqualTo(1);
        assertThat(reactions.summaries(ERIN, List.of(r.id())).get(0).counts()).containsEntry(ReactionKind.APPLAUSE, 1);
        assertThat(leaderboards.summary(BOB.userKey(), LeaderboardPeriod.WEEK, List.of(), 3).received()).isEqualTo(1);
        assertThat(moderation.hidden(ADMIN, null, 10)).isEmpty();
        assertThatThrownBy(() -> moderation.restore(ADMIN, r.id())).isInstanceOf(ConflictException.class);
        assertCountersEqualRecount();
    }

    @Test
    void countersEqualARecount_throughGivingEditingHidingRestoringAndDeleting() {
        Category ideas = world.category("Ideas");
        Recognition a = give(ALICE, BOB.userKey(), CAROL.userKey());
        Recognition b = give(BOB, CAROL.userKey());
        Recognition secret = world.service.give(DAVE, aRecognition().to(ERIN.userKey()).category(ideas.id()).privately().build(), null);
        world.service.edit(ALICE, a.id(), new RecognitionEdit("Edited", ideas.id()));
        moderation.hide(ADMIN, a.id(), reason("one"));
        assertCountersEqualRecount();
        moderation.hide(ADMIN, secret.id(), reason("private one"));
        assertCountersEqualRecount();
        moderation.restore(ADMIN, a.id());
        assertCountersEqualRecount();
        moderation.hide(ADMIN, b.id(), reason("two"));
        world.clock.advance(Duration.ofDays(40));
        moderation.restore(ADMIN, b.id());
        moderation.restore(ADMIN, secret.id());
        assertCountersEqualRecount();
        world.clock.advance(Duration.ofMinutes(-40L * 24 * 60));
        world.service.delete(ALICE, a.id());
        assertCountersEqualRecount();
    }

    @Test
    void hiding_resolvesOpenReports_andDismissingKeepsItShown() {
        Recognition spam = give(ALICE, BOB.userKey());
        Recognition fine = give(CAROL, DAVE.userKey());
        moderation.report(BOB, spam.id(), reason("spam"));
        moderation.report(ERIN, spam.id(), reason("spam too"));
        world.clock.advance(Duration.ofMinutes(1));
        moderation.report(ERIN, fine.id(), reason("I disagree"));

        ModerationService.QueuePage queue = moderation.queue(ADMIN, null, 20);
        assertThat(queue.items()).extracting(i -> i.recognition().id()).containsExactly(fine.id(), spam.id());
        assertThat(queue.items().get(1).reports()).extracting(Report::reason).containsExactly("spam too", "spam");
        assertThat(queue.next()).isNull();

        moderation.hide(ADMIN, spam.id(), reason("Spam"));
        assertThat(moderation.dismiss(ADMIN, fine.id(), ModerationReason.optional(""))).isEqualTo(1);
        assertThatThrownBy(() -> moderation.dismiss(ADMIN, fine.id(), ModerationReason.optional(""))).isInstanceOf(ConflictException.class);

        assertThat(moderation.queue(ADMIN, null, 20).items()).isEmpty();
        assertThat(world.service.get(ERIN, fine.id()).hidden()).isFalse();
        assertThat(moderation.report(ERIN, fine.id(), reason("Still disagree")).state()).as("a new report after dismissal").isEqualTo(ReportState.OPEN);
        assertThatThrownBy(() -> moderation.hide(ADMIN, spam.id(), reason("again"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void queue_pagesByTheNewestReport_withoutRepeatsOrGaps() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Recognition r = give(ALICE, BOB.userKey());
            world.clock.advance(Duration.ofSeconds(1));
            moderation.report(CAROL, r.id(), reason("r" + i));
            expected.add(0, r.id());
        }
        // An older recognition reported again now moves to the top of the queue.
        long oldest = expected.remove(expected.size() - 1);
        world.clock.advance(Duration.ofSeconds(1));
        moderation.report(ERIN, oldest, reason("again"));
        expected.add(0, oldest);

        List<Long> seen = new ArrayList<>();
        ModerationService.QueuePage page = moderation.queue(ADMIN, null, 3);
        while (true) {
            page.items().forEach(i -> seen.add(i.recognition().id()));
            if (page.next() == null) {
                break;
            }
            page = moderation.queue(ADMIN, page.next(), 3);
        }
        assertThat(seen).isEqualTo(expected);
        assertThatThrownBy(() -> moderation.queue(ADMIN, null, 51)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hiddenOnes_leaveNoGapsInPages_theQueryFiltersThem() {
        List<Long> shown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Recognition r = give(ALICE, BOB.userKey());
            if (i % 2 == 0) {
                moderation.hide(ADMIN, r.id(), reason("hide " + i));
            } else {
                shown.add(0, r.id());
            }
        }
        FeedPage bobs = world.service.feed(BOB, new FeedQuery(BOB.userKey(), null, null, false, null, 3));
        assertThat(ids(bobs)).isEqualTo(shown);
        assertThat(bobs.next()).isNull();
        FeedPage alices = world.service.feed(ALICE, new FeedQuery(null, ALICE.userKey(), null, false, null, 3));
        assertThat(ids(alices)).isEqualTo(shown);
    }

    @Test
    void concurrentHidesOfOneRecognition_moveTheCountersOnce() throws Exception {
        Recognition r = give(ALICE, BOB.userKey(), CAROL.userKey());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String why = "race " + i;
                Callable<Boolean> hide = () -> {
                    try {
                        moderation.hide(ADMIN, r.id(), reason(why));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                };
                results.add(pool.submit(hide));
            }
            int hidden = 0;
            for (Future<Boolean> result : results) {
                hidden += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(hidden).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertCountersEqualRecount();
        assertThat(leaderboards.summary(BOB.userKey(), LeaderboardPeriod.ALL, List.of(), 3).received()).isZero();
    }
}
