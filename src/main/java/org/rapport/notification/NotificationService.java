package org.rapport.notification;

import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionNotifier;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * In-app notifications: the {@link RecognitionNotifier} the plugin ships, writing in the giving
 * transaction, and each person's inbox (only their own).
 */
@Named
public class NotificationService implements RecognitionNotifier {
    public static final int LIMIT_MAX = 50;

    private final NotificationStore store;
    private final Transactions transactions;
    private final SystemClock clock;

    @Inject
    public NotificationService(NotificationStore store, Transactions transactions, SystemClock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void recognised(Recognition recognition) {
        store.insertAll(recognition.recipientKeys(), Notification.RECOGNISED, recognition.id(), recognition.giverKey(), clock.now());
    }

    @Override
    public void withdrawn(Recognition recognition) {
        store.deleteForRecognition(recognition.id());
    }

    @Override
    public void hidden(Recognition recognition) {
        store.setHiddenForRecognition(recognition.id(), true);
    }

    @Override
    public void restored(Recognition recognition) {
        store.setHiddenForRecognition(recognition.id(), false);
    }

    @Override
    public void reacted(Recognition recognition, String reactorKey) {
        if (!recognition.giverKey().equals(reactorKey)) {
            store.bundle(recognition.giverKey(), Notification.REACTED, recognition.id(), reactorKey, clock.now());
        }
    }

    @Override
    public void commented(Recognition recognition, String authorKey) {
        if (!recognition.giverKey().equals(authorKey)) {
            store.bundle(recognition.giverKey(), Notification.COMMENTED, recognition.id(), authorKey, clock.now());
        }
    }

    @Override
    public void moderated(Recognition recognition, Collection<String> reporterKeys, boolean hidden, String adminKey) {
        Instant now = clock.now();
        Set<String> reporters = new LinkedHashSet<>(reporterKeys);
        reporters.remove(adminKey);
        store.insertAll(reporters, hidden ? Notification.REPORT_HIDDEN : Notification.REPORT_KEPT, recognition.id(), adminKey, now);
        if (hidden && !recognition.giverKey().equals(adminKey) && !reporters.contains(recognition.giverKey())) {
            store.insert(recognition.giverKey(), Notification.RECOGNITION_HIDDEN, recognition.id(), adminKey, now);
        }
    }

    /** The caller's notifications, newest first; {@code beforeId} continues a previous page. */
    public List<Notification> inbox(Actor actor, Long beforeId, int limit) {
        Actor me = signedIn(actor);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        return store.page(me.userKey(), beforeId, limit);
    }

    public int unread(Actor actor) {
        return store.unread(signedIn(actor).userKey());
    }

    public void markRead(Actor actor, long id) {
        Actor me = signedIn(actor);
        transactions.write(() -> {
            if (!store.markRead(me.userKey(), id)) {
                throw new NotFoundException("notification");
            }
            return null;
        });
    }

    /**
     * The caller opened or acted on a recognition, help entry or pairing: their notifications
     * about it are read. Writes in the caller's transaction when there is one.
     */
    public void markReadAbout(Actor actor, Subject subject, long subjectId) {
        Actor me = signedIn(actor);
        transactions.write(() -> store.markReadAbout(me.userKey(), subject.kinds, subjectId));
    }

    /** What a notification can be about, with the kinds that name it. */
    public enum Subject {
        RECOGNITION(Notification.ABOUT_RECOGNITION),
        HELP(List.of(Notification.HELP_PENDING, Notification.HELP_CONFIRMED, Notification.HELP_DECLINED)),
        PAIRING(List.of(Notification.MENTORSHIP_PROPOSED, Notification.MENTORSHIP_ACCEPTED, Notification.MENTORSHIP_DECLINED,
                Notification.MENTORSHIP_ENDED, Notification.CHECK_IN_OVERDUE));

        private final List<String> kinds;

        Subject(List<String> kinds) {
            this.kinds = kinds;
        }
    }

    public void markAllRead(Actor actor) {
        Actor me = signedIn(actor);
        transactions.write(() -> {
            store.markAllRead(me.userKey());
            return null;
        });
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }
}
