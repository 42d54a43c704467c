package org.rapport.tally;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The counters every room keeps on the shared tally table: what the other rooms call (never the
 * store). Changes run in the caller's transaction; a concurrent change of the same counter throws
 * {@link TallyConflictException} (or a unique violation), and the caller retries the transaction.
 * Every board must belong to a {@link BoardFamily}.
 */
@Named
public class Tallies {
    private final TallyStore store;

    @Inject
    public Tallies(TallyStore store) {
        this.store = store;
    }


    /** Adds the deltas to their counters; counters that reach zero are removed. */
    public void add(Map<Tally.Key, Integer> deltas) {
        deltas.keySet().forEach(key -> BoardFamily.check(key.board()));
        store.add(deltas);
    }

    /** Removes a whole board, such as the reaction counts of a deleted recognition. */
    public void deleteBoard(String board) {
        BoardFamily.check(board);
        store.deleteBoard(board);
    }

    /** Removes every board whose name starts with {@code prefix} (a family's prefix or longer); how many rows. */
    public int deleteBoardsStartingWith(String prefix) {
        BoardFamily.check(prefix);
        return store.deleteBoardsStartingWith(prefix);
    }

    /** Removes one subject's counters on these families' boards (privacy erasure); how many rows. */
    public int deleteSubject(String subject, Collection<BoardFamily> families) {
        return store.deleteSubject(subject, families.stream().map(BoardFamily::prefix).toList());
    }

    /** The counts of the given counters (missing ones are zero), in one SELECT. */
    public Map<Tally.Key, Integer> counts(Collection<Tally.Key> keys) {
        return store.counts(keys);
    }

    /** The highest counters of a board, highest first (see {@link TallyStore#top}). */
    public List<Tally> top(String board, int limit) {
        return store.top(board, limit);
    }
}
