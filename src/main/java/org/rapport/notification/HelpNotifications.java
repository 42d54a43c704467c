package org.rapport.notification;

import org.rapport.help.HelpEntry;
import org.rapport.help.HelpNotifier;
import org.rapport.help.HelpStatus;
import org.rapport.platform.SystemClock;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The in-app {@link HelpNotifier}: the helped person finds help waiting for confirmation in their
 * inbox; once it is settled the notification goes. Writes in the caller's transaction.
 */
@Named
public class HelpNotifications implements HelpNotifier {
    private final NotificationStore store;
    private final SystemClock clock;

    @Inject
    public HelpNotifications(NotificationStore store, SystemClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void awaitsConfirmation(HelpEntry entry) {
        store.insert(entry.helpedKey(), Notification.HELP_PENDING, entry.id(), entry.helperKey(), clock.now());
    }

    @Override
    public void settled(HelpEntry entry) {
        store.deleteFor(Notification.HELP_PENDING, entry.id());
    }

    @Override
    public void decided(HelpEntry entry) {
        String kind = entry.status() == HelpStatus.CONFIRMED ? Notification.HELP_CONFIRMED : Notification.HELP_DECLINED;
        if (!entry.helperKey().equals(entry.helpedKey())) {
            store.insert(entry.helperKey(), kind, entry.id(), entry.helpedKey(), clock.now());
        }
    }
}
