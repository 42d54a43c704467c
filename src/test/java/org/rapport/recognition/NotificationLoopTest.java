package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.RapportSettings;
import org.rapport.notification.Notification;
import org.rapport.notification.NotificationService;
import org.rapport.platform.Actor;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.ModerationStore;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.testing.TestDatabase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;

/**
 * The loop back to the giver and the reporters, on a real database: reactions and comments reach
 * the giver bundled (one unread notice per recognition), moderation outcomes reach reporters and
 * the giver, opening a recognition reads its notices, and admins count open reports.
 */
@Tag("database")
class NotificationLoopTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private NotificationService notifications;
    private ModerationService moderation;
    private ReactionService reactions;
    private CommentService comments;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(ReportEntity.class, HidingEntity.class, ModerationLogEntity.class);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        notifications = world.notifications;
        Transactions transactions = new Transactions(world.ao);
        SystemClock clock = new SystemClock(world.clock);
        Tallies tallies = new Tallies(new TallyStore(world.ao));
        moderation = new ModerationService(world.service, world.store, tallies, world.notifications, new ModerationStore(world.ao),
                transactions, world.permissions, clock);
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), tallies, transactions);
        comments = new CommentService(world.service, new CommentStore(world.ao), transactions, world.permissions, clock);
        teamwork = world.category("Teamwork");
        world.settings.update(ADMIN, new RapportSettings(0, true));
    }

    private Recognition give(Actor giver, Actor to) {
        return world.service.give(giver, aRecognition().to(to.userKey()).category(teamwork.id()).message("Thanks").build(), null);
    }

    private List<Notification> inboxOf(Actor actor, String kind) {
        return notifications.inbox(actor, null, 50).stream().filter(n -> n.kind().equals(kind)).toList();
    }

    @Test
    void reactions_reachTheGiverAsOneUnreadNoticePerRecognition_withTheLatestReactor() {
        Recognition r = give(ALICE, BOB);

        reactions.toggle(BOB, r.id(), ReactionKind.APPLAUSE);
        reactions.toggle(BOB, r.id(), ReactionKind.PARTY);
        reactions.toggle(CAROL, r.id(), ReactionKind.HEART);
        reactions.toggle(CAROL, r.id(), ReactionKind.HEART); // taken back: no new notice
        reactions.toggle(ALICE, r.id(), ReactionKind.IDEA); // one's own: none

        assertThat(inboxOf(ALICE, Notification.REACTED)).singleElement().satisfies(n -> {
            assertThat(n.recognitionId()).isEqualTo(r.id());
            assertThat(n.actorKey()).isEqualTo(CAROL.userKey());
            assertThat(n.read()).isFalse();
        });
        assertThat(notifications.unread(ALICE)).isEqualTo(1);

        notifications.markReadAbout(ALICE, NotificationService.Subject.RECOGNITION, r.id());
        reactions.toggle(DAVE, r.id(), ReactionKind.PARTY);

        assertThat(inboxOf(ALICE, Notification.REACTED))
                .extracting(Notification::actorKey, Notification::read)
                .containsExactly(tuple(DAVE.userKey(), false), tuple(CAROL.userKey(), true));
    }

    @Test
    void comments_reachTheGiverBundled_butNotTheirOwn() {
        Recognition r = give(ALICE, BOB);

        comments.add(BOB, r.id(), "Thank you!");
        comments.add(CAROL, r.id(), "Well deserved");
        comments.add(ALICE, r.id(), "You are welcome");

        assertThat(inboxOf(ALICE, Notification.COMMENTED)).singleElement()
                .satisfies(n -> assertThat(n.actorKey()).isEqualTo(CAROL.userKey()));
        assertThat(inboxOf(BOB, Notification.COMMENTED)).isEmpty();
    }

    @Test
    void hiding_tellsReportersAndTheGiver_andHidesTheReactionNotices() {
        Recognition r = give(ALICE, BOB);
        reactions.toggle(BOB, r.id(), ReactionKind.HEART);
        moderation.report(CAROL, r.id(), ModerationReason.required("Not kind"));
        moderation.report(DAVE, r.id(), ModerationReason.required("Off topic"));

        moderation.hide(ADMIN, r.id(), ModerationReason.required("Against the guidelines"));

        assertThat(inboxOf(CAROL, Notification.REPORT_HIDDEN)).singleElement()
                .satisfies(n -> assertThat(n.actorKey()).isEqualTo(ADMIN.userKey()));
        assertThat(inboxOf(DAVE, Notification.REPORT_HIDDEN)).hasSize(1);
        assertThat(inboxOf(ALICE, Notification.RECOGNITION_HIDDEN)).hasSize(1);
        assertThat(inboxOf(ALICE, Notification.REACTED)).as("about a hidden recognition").isEmpty();
        assertThat(inboxOf(BOB, Notification.RECOGNISED)).as("about a hidden recognition").isEmpty();
    }

    @Test
    void dismissing_tellsTheReportersItWasKept_notTheGiver() {
        Recognition r = give(ALICE, BOB);
        moderation.report(CAROL, r.id(), ModerationReason.required("Not kind"));

        moderation.dismiss(ADMIN, r.id(), ModerationReason.optional(""));

        assertThat(inboxOf(CAROL, Notification.REPORT_KEPT)).singleElement()
                .satisfies(n -> assertThat(n.recognitionId()).isEqualTo(r.id()));
        assertThat(notifications.inbox(ALICE, null, 50)).isEmpty();
    }

    @Test
    void openReportCount_isForAdmins_andCountsOpenReportsOnly() {
        Recognition first = give(ALICE, BOB);
        Recognition second = give(ALICE, CAROL);
        moderation.report(CAROL, first.id(), ModerationReason.required("a"));
        moderation.report(DAVE, first.id(), ModerationReason.required("b"));
        moderation.report(DAVE, second.id(), ModerationReason.required("c"));

        assertThat(moderation.openReportCount(ADMIN)).isEqualTo(3);
        moderation.dismiss(ADMIN, first.id(), ModerationReason.optional(""));
        assertThat(moderation.openReportCount(ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> moderation.openReportCount(BOB)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void openingARecognition_readsOnlyTheCallersNoticesAboutIt() {
        Recognition first = give(ALICE, BOB);
        Recognition second = give(CAROL, BOB);
        give(ALICE, DAVE);

        notifications.markReadAbout(BOB, NotificationService.Subject.RECOGNITION, first.id());
        notifications.markReadAbout(BOB, NotificationService.Subject.PAIRING, second.id());

        assertThat(notifications.inbox(BOB, null, 50))
                .extracting(Notification::recognitionId, Notification::read)
                .containsExactlyInAnyOrder(tuple(first.id(), true), tuple(second.id(), false));
        assertThat(notifications.unread(DAVE)).isEqualTo(1);
    }

    @Test
    void deletingWithinTheWindow_removesTheReactionAndCommentNoticesToo() {
        Recognition r = give(ALICE, BOB);
        reactions.toggle(BOB, r.id(), ReactionKind.HEART);
        comments.add(BOB, r.id(), "Thanks");

        world.service.delete(ALICE, r.id());

        assertThat(notifications.inbox(ALICE, null, 50)).isEmpty();
    }
}
