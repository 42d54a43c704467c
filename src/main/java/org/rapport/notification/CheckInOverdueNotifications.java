package org.rapport.notification;

import org.rapport.mentoring.checkin.OverdueNotifier;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.platform.SystemClock;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The in-app {@link OverdueNotifier}: both people of a pairing find "your check-in is overdue" in
 * their inbox (the pairing's id in the subject column, the other person as the actor). Writes in the
 * reminder's transaction.
 */
@Named
public class CheckInOverdueNotifications implements OverdueNotifier {
    private final NotificationStore store;
    private final SystemClock clock;

    @Inject
    public CheckInOverdueNotifications(NotificationStore store, SystemClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void checkInOverdue(Mentorship pairing) {
        store.insert(pairing.mentorKey(), Notification.CHECK_IN_OVERDUE, pairing.id(), pairing.menteeKey(), clock.now());
        store.insert(pairing.menteeKey(), Notification.CHECK_IN_OVERDUE, pairing.id(), pairing.mentorKey(), clock.now());
    }
}
