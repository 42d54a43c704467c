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
import java.util.List;

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
