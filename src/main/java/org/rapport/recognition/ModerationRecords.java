package org.rapport.recognition;

/**
 * The port through which this room's erasure removes what moderation keeps about a recognition
 * (reports, hiding, log) when the recognition itself goes. Moderation implements it: it depends on
 * this room, never the other way round. Called inside the erasing transaction.
 */
public interface ModerationRecords {
    /** Deletes the recognition's reports, hiding and moderation log. */
    void deleteFor(long recognitionId);
}
