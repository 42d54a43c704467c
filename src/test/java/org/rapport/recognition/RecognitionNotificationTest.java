package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.notification.Notification;
import org.rapport.notification.NotificationService;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.recognition.category.Category;
import org.rapport.testing.TestDatabase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;

/** Recipients hear of recognitions in-app, each sees only their own inbox, and withdrawn ones vanish. */
@Tag("database")
class RecognitionNotificationTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private NotificationService notifications;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        notifications = world.notifications;
        teamwork = world.category("Teamwork");
    }

    @Test
    void give_notifiesEachRecipient_privateOnesToo_butNotTheGiver() {
        Recognition given = world.service.give(ALICE, aRecognition().to(BOB.userKey(), CAROL.userKey())
                .category(teamwork.id()).privately().build(), null);

        for (var recipient : List.of(BOB, CAROL)) {
            assertThat(notifications.inbox(recipient, null, 20)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Notification.RECOGNISED);
                assertThat(n.recognitionId()).isEqualTo(given.id());
                assertThat(n.actorKey()).isEqualTo(ALICE.userKey());
                assertThat(n.read()).isFalse();
            });
            assertThat(notifications.unread(recipient)).isEqualTo(1);
        }
        assertThat(notifications.inbox(ALICE, null, 20)).isEmpty();
        assertThat(notifications.inbox(DAVE, null, 20)).isEmpty();
    }

    @Test
    void markRead_ownNotification_lowersUnread_butSomeoneElsesIsNotFound() {
        world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);
        world.service.give(CAROL, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);
        Notification newest = notifications.inbox(BOB, null, 20).get(0);

        assertThatThrownBy(() -> notifications.markRead(DAVE, newest.id())).isInstanceOf(NotFoundException.class);
        notifications.markRead(BOB, newest.id());

        assertThat(notifications.unread(BOB)).isEqualTo(1);
        assertThat(notifications.inbox(BOB, null, 20)).extracting(Notification::read).containsExactly(true, false);
    }

    @Test
    void markAllRead_clearsUnread() {
        world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);
        world.service.give(CAROL, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);

        notifications.markAllRead(BOB);

        assertThat(notifications.unread(BOB)).isZero();
    }

    @Test
    void inbox_pagesNewestFirst_withBeforeId() {
        for (int i = 0; i < 5; i++) {
            world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).message("m" + i).build(), null);
        }
        List<Notification> first = notifications.inbox(BOB, null, 3);
        List<Notification> second = notifications.inbox(BOB, first.get(2).id(), 3);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(first.get(0).id()).isGreaterThan(first.get(2).id());
        assertThat(second.get(0).id()).isLessThan(first.get(2).id());
    }

    @Test
    void deleteWithinTheWindow_removesItsNotifications() {
        Recognition given = world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);

        world.service.delete(ALICE, given.id());

        assertThat(notifications.inbox(BOB, null, 20)).isEmpty();
        assertThat(notifications.unread(BOB)).isZero();
    }

    @Test
    void inbox_refusesBadLimits_andStrangers() {
        assertThatThrownBy(() -> notifications.inbox(BOB, null, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notifications.inbox(BOB, null, 51)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notifications.unread(null)).isInstanceOf(NotSignedInException.class);
    }
}
