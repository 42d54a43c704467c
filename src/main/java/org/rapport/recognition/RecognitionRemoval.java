package org.rapport.recognition;

import org.rapport.tally.TallyConflictException;
import org.rapport.tally.Tallies;

/**
 * Taking one recognition away with everything that hangs on it in this room: its recipients, its
 * counters, its reactions (and their counter board), its comments, and what was said about it
 * (through the notifier). The one delete logic shared by the giver's delete and privacy erasure;
 * runs inside the caller's transaction.
 */
final class RecognitionRemoval {
    private final RecognitionStore store;
    private final Tallies tallies;
    private final ReactionStore reactions;
    private final CommentStore comments;
    private final RecognitionNotifier notifier;

    RecognitionRemoval(RecognitionStore store, Tallies tallies, ReactionStore reactions, CommentStore comments,
                       RecognitionNotifier notifier) {
        this.store = store;
        this.tallies = tallies;
        this.reactions = reactions;
        this.comments = comments;
        this.notifier = notifier;
    }

    /**
     * Removes {@code existing} as the caller read it. When an admin hid or restored it meanwhile,
     * what would come off the counters is no longer what they hold: throws
     * {@link TallyConflictException} so the caller's transaction rolls back and starts over.
     */
    void remove(Recognition existing) {
        if (!store.deleteIfHidden(existing.id(), existing.hidden())) {
            throw new TallyConflictException("recognition " + existing.id() + " was hidden or restored meanwhile");
        }
        tallies.add(RecognitionTallies.of(existing, -1));
        reactions.deleteForRecognition(existing.id());
        comments.deleteForRecognition(existing.id());
        tallies.deleteBoard(ReactionKind.board(existing.id()));
        notifier.withdrawn(existing);
    }
}
