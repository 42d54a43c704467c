package org.rapport.notification;

import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The notification room's part of privacy erasure, run last by the privacy service so that notices
 * the other rooms' erasure wrote go too: everything sent to the person goes (both modes); when
 * anonymising, notifications they caused name the anonymous marker instead of them; when deleting,
 * those go as well.
 */
@Named
public class NotificationErasure {
    private static final int ROWS = 200;

    private final NotificationStore store;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public NotificationErasure(NotificationStore store, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** What one erasure changed in notifications (a re-run answers zeros). */
    public record Result(int notificationsRemoved, int notificationsAnonymised) {
    }

    public Result erase(Actor actor, String person, boolean delete) {
        permissions.requireAdmin(actor, "erase a person's notifications");
        int anonymised = 0;
        if (!delete) {
            for (int n = replaceSome(person); n > 0; n = replaceSome(person)) {
                anonymised += n;
            }
        }
        // Deleting: notices they caused go too (their reactions, comments and decisions are gone);
        // anonymising kept those under the marker above.
        int removed = transactions.write(() -> store.deleteForRecipient(person) + (delete ? store.deleteForActor(person) : 0));
        return new Result(removed, anonymised);
    }

    private int replaceSome(String person) {
        return transactions.write(() -> store.replaceActor(person, AnonymousPerson.KEY, ROWS));
    }
}
