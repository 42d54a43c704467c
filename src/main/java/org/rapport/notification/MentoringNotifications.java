package org.rapport.notification;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.PairingNotifier;
import org.rapport.platform.SystemClock;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-app {@link PairingNotifier}: the other side of a pairing finds a proposal, an acceptance
 * or an ending in their inbox. Writes in the caller's transaction. Once a proposal is settled, its
 * "proposed" notices go (like help once confirmed).
 */
@Named
public class MentoringNotifications implements PairingNotifier {
    private static final List<String> KINDS = List.of(Notification.MENTORSHIP_PROPOSED, Notification.MENTORSHIP_ACCEPTED,
            Notification.MENTORSHIP_DECLINED, Notification.MENTORSHIP_ENDED);

    private final NotificationStore store;
    private final SystemClock clock;

    @Inject
    public MentoringNotifications(NotificationStore store, SystemClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void proposed(Mentorship pairing, String actorKey) {
        List<String> waiting = new ArrayList<>();
        if (!pairing.mentorAccepted()) {
            waiting.add(pairing.mentorKey());
        }
        if (!pairing.menteeAccepted()) {
            waiting.add(pairing.menteeKey());
        }
        waiting.remove(actorKey);
        store.insertAll(waiting, Notification.MENTORSHIP_PROPOSED, pairing.id(), actorKey, clock.now());
    }

    @Override
    public void accepted(Mentorship pairing, String actorKey) {
        store.deleteFor(Notification.MENTORSHIP_PROPOSED, pairing.id(), actorKey);
        store.insertAll(others(pairing, actorKey), Notification.MENTORSHIP_ACCEPTED, pairing.id(), actorKey, clock.now());
    }

    @Override
    public void closed(Mentorship pairing, String actorKey) {
        store.deleteFor(Notification.MENTORSHIP_PROPOSED, pairing.id());
        boolean declined = pairing.status() == MentorshipStatus.DECLINED || pairing.status() == MentorshipStatus.WITHDRAWN;
        store.insertAll(others(pairing, actorKey), declined ? Notification.MENTORSHIP_DECLINED : Notification.MENTORSHIP_ENDED,
                pairing.id(), actorKey, clock.now());
    }

    @Override
    public void forget(long pairingId) {
        for (String kind : KINDS) {
            store.deleteFor(kind, pairingId);
        }
    }

    private static List<String> others(Mentorship pairing, String actorKey) {
        List<String> others = new ArrayList<>(List.of(pairing.mentorKey(), pairing.menteeKey()));
        others.remove(actorKey);
        return others;
    }
}
