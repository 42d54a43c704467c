package org.rapport.help;

/**
 * The port through which people learn of help logged for them. Called inside the writing
 * transaction: an in-app implementation writes in it; one that leaves the database (mail, chat)
 * must hand the message to something that sends it after commit.
 */
public interface HelpNotifier {
    /** A helper logged help for someone, who should confirm or decline it. */
    void awaitsConfirmation(HelpEntry entry);

    /** A pending entry was confirmed, declined or withdrawn: what asked for a decision is obsolete. */
    void settled(HelpEntry entry);

    /** The helped person confirmed or declined the entry: the helper should hear of it. */
    void decided(HelpEntry entry);
}
