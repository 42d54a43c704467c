package org.rapport.recognition;

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
}
