package org.rapport.recognition;

import java.util.Collection;

/**
 * The port through which recipients learn of a recognition. It is called inside the giving (or
 * deleting) transaction: an in-app implementation writes in that transaction; one that leaves the
 * database (mail, chat) must hand the message to something that sends it after commit.
 */
public interface RecognitionNotifier {
    /** The recipients of a new recognition should hear of it (private ones too: they may see it). */
    void recognised(Recognition recognition);

    /** The giver withdrew a recognition within the edit window: forget what was said about it. */
    void withdrawn(Recognition recognition);

    /** An admin hid the recognition: what was said about it is no longer shown (kept for a restore). */
    void hidden(Recognition recognition);

    /** An admin restored a hidden recognition: what was said about it is shown again. */
    void restored(Recognition recognition);

    /** Someone other than the giver reacted to the recognition: the giver should hear of it (bundled). */
    void reacted(Recognition recognition, String reactorKey);

    /** Someone other than the giver commented on the recognition: the giver should hear of it (bundled). */
    void commented(Recognition recognition, String authorKey);

    /**
     * An admin settled the reports of a recognition: hid it ({@code hidden}) or kept it. The
     * reporters hear the outcome; the giver hears of a hiding.
     */
    void moderated(Recognition recognition, Collection<String> reporterKeys, boolean hidden, String adminKey);
}
