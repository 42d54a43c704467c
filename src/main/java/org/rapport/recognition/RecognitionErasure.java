package org.rapport.recognition;

import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tally;
import org.rapport.tally.Tallies;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The recognition room's part of privacy erasure, called by the privacy service; it re-checks that
 * the caller is an admin. What the person gave, received, reacted and commented, and their
 * counters:
 * <ul>
 *   <li>delete: recognitions they gave go (with everything {@link RecognitionRemoval} removes, and
 *   moderation's records of them); they leave the recipients of the others, and a recognition
 *   left without recipients goes; their reactions and comments go;</li>
 *   <li>anonymise: their key is replaced by the anonymous marker everywhere it appears.</li>
 * </ul>
 * Works in chunks of at most {@value #CHUNK} recognitions (or {@value #ROWS} rows), each its own
 * transaction that leaves the counters equal to a recount, so a stopped erasure is finished by
 * running it again and a run over an erased person changes nothing.
 */
@Named
public class RecognitionErasure {
    static final int CHUNK = 50;
    private static final int ROWS = 200;

    private final RecognitionStore recognitions;
    private final Tallies tallies;
    private final ReactionStore reactions;
    private final CommentStore comments;
    private final ModerationRecords moderation;
    private final RecognitionRemoval removal;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public RecognitionErasure(RecognitionStore recognitions, Tallies tallies, ReactionStore reactions, CommentStore comments,
                              RecognitionNotifier notifier, ModerationRecords moderation, Transactions transactions,
                              Permissions permissions) {
        this.recognitions = recognitions;
        this.tallies = tallies;
        this.reactions = reactions;
        this.comments = comments;
        this.moderation = moderation;
        this.removal = new RecognitionRemoval(recognitions, tallies, reactions, comments, notifier);
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** What one erasure changed in this room (a re-run answers zeros). */
    public record Result(int recognitionsDeleted, int recognitionsAnonymised, int recipientEntriesRemoved,
                         int recipientEntriesAnonymised, int reactionsRemoved, int commentsRemoved, int commentsAnonymised,
                         int countersRemoved) {
    }

    public Result erase(Actor actor, String person, boolean delete) {
        permissions.requireAdmin(actor, "erase a person's recognitions");
        Counts counts = new Counts();
        // What they gave: deleted, or their key replaced.
        for (List<Recognition> chunk = recognitions.givenBy(person, CHUNK); !chunk.isEmpty(); chunk = recognitions.givenBy(person, CHUNK)) {
            List<Recognition> given = chunk;
            counts.add(inTransaction(() -> {
                Counts c = new Counts();
                for (Recognition r : given) {
                    if (delete) {
                        remove(r);
                        c.recognitionsDeleted++;
                    } else {
                        anonymise(r, person);
                        c.recognitionsAnonymised++;
                    }
                }
                return c;
            }));
        }
        // What they received: they leave the recipients (an emptied recognition goes), or their key is replaced.
        for (List<Recognition> chunk = recognitions.receivedBy(person, CHUNK); !chunk.isEmpty(); chunk = recognitions.receivedBy(person, CHUNK)) {
            List<Recognition> received = chunk;
            counts.add(inTransaction(() -> {
                Counts c = new Counts();
                for (Recognition r : received) {
                    if (delete) {
                        leaveRecipients(r, person, c);
                    } else {
                        anonymise(r, person);
                        c.recipientEntriesAnonymised++;
                    }
                }
                return c;
            }));
        }
        // Their reactions, taken off the reaction counters.
        for (List<ReactionStore.Given> chunk = reactions.byReactor(person, ROWS); !chunk.isEmpty(); chunk = reactions.byReactor(person, ROWS)) {
            List<ReactionStore.Given> given = chunk;
            counts.reactionsRemoved += inTransaction(() -> {
                Map<Tally.Key, Integer> deltas = new HashMap<>();
                for (ReactionStore.Given reaction : given) {
                    deltas.merge(new Tally.Key(ReactionKind.board(reaction.recognitionId()), reaction.kind().name()), -1, Integer::sum);
                }
                tallies.add(deltas);
                return reactions.delete(person, given.stream().map(ReactionStore.Given::id).toList());
            });
        }
        if (delete) {
            counts.commentsRemoved += inTransaction(() -> comments.deleteByAuthor(person));
        } else {
            for (int n = inTransaction(() -> comments.replaceAuthor(person, AnonymousPerson.KEY, ROWS)); n > 0;
                 n = inTransaction(() -> comments.replaceAuthor(person, AnonymousPerson.KEY, ROWS))) {
                counts.commentsAnonymised += n;
            }
        }
        // Only left-overs: every counter of theirs went with their recognitions above.
        counts.countersRemoved += inTransaction(() -> tallies.deleteSubject(person, Direction.boardFamilies()));
        return counts.result();
    }

    private void remove(Recognition r) {
        moderation.deleteFor(r.id());
        removal.remove(r);
    }

    private void leaveRecipients(Recognition r, String person, Counts counts) {
        List<String> remaining = new ArrayList<>(r.recipientKeys());
        remaining.remove(person);
        if (remaining.isEmpty()) {
            remove(r);
            counts.recognitionsDeleted++;
            counts.recipientEntriesRemoved++;
            return;
        }
        counts.recipientEntriesRemoved += recognitions.removeRecipient(r.id(), person);
        Recognition after = new Recognition(r.id(), r.giverKey(), remaining, r.categoryId(), r.message(), r.link(), r.visibility(),
                r.hidden(), r.createdAt(), r.updatedAt());
        tallies.add(RecognitionTallies.plus(RecognitionTallies.of(r, -1), RecognitionTallies.of(after, 1)));
    }

    private void anonymise(Recognition r, String person) {
        recognitions.replacePerson(r.id(), person, AnonymousPerson.KEY);
        Recognition after = recognitions.find(r.id()).orElse(r);
        tallies.add(RecognitionTallies.plus(RecognitionTallies.of(r, -1), RecognitionTallies.of(after, 1)));
    }

    /** One chunk in one transaction, run again when it lost a race on a counter. */
    private <T> T inTransaction(Supplier<T> work) {
        return RecognitionService.retrying(() -> transactions.write(work::get));
    }

    private static final class Counts {
        int recognitionsDeleted;
        int recognitionsAnonymised;
        int recipientEntriesRemoved;
        int recipientEntriesAnonymised;
        int reactionsRemoved;
        int commentsRemoved;
        int commentsAnonymised;
        int countersRemoved;

        void add(Counts o) {
            recognitionsDeleted += o.recognitionsDeleted;
            recognitionsAnonymised += o.recognitionsAnonymised;
            recipientEntriesRemoved += o.recipientEntriesRemoved;
            recipientEntriesAnonymised += o.recipientEntriesAnonymised;
        }

        Result result() {
            return new Result(recognitionsDeleted, recognitionsAnonymised, recipientEntriesRemoved, recipientEntriesAnonymised,
                    reactionsRemoved, commentsRemoved, commentsAnonymised, countersRemoved);
        }
    }
}
