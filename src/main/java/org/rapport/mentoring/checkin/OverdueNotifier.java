package org.rapport.mentoring.checkin;

import org.rapport.mentoring.pairing.Mentorship;

/**
 * Tells both people of a pairing that their check-in is overdue. Called inside the reminder's
 * transaction, once per lapse; the notification room implements it in-app.
 */
public interface OverdueNotifier {
    void checkInOverdue(Mentorship pairing);
}
