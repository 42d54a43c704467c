package org.rapport.mentoring.pairing;

/**
 * Port: tells the other side of a pairing what changed. Called inside the service's transaction,
 * so a notice is written with the state change or not at all. The notification room implements it.
 */
public interface PairingNotifier {
    /** A pairing was proposed: everyone in the pair who still has to accept hears of it. */
    void proposed(Mentorship pairing, String actorKey);

    /** Someone accepted (the pairing may now be active): the rest of the pair hears of it. */
    void accepted(Mentorship pairing, String actorKey);

    /** Declined, withdrawn, completed or ended: the rest of the pair hears of it. */
    void closed(Mentorship pairing, String actorKey);

    /** The pairing is being deleted (privacy erasure): its notices go too. */
    void forget(long pairingId);
}
