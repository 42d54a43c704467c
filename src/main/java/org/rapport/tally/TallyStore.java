package org.rapport.tally;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.tally.ao.TallyEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The only class that touches the tally table: exact counters, changed in the caller's
 * transaction. Active Objects offers no {@code UPDATE ... SET n = n + 1}, and read-then-save loses
 * concurrent increments. So a change reads the rows (one SELECT), deletes them by id (one DELETE
 * whose row count must match: a concurrent change already replaced a row's id), and inserts their
 * successors (one bulk INSERT). A conflict throws {@link TallyConflictException} (or a unique violation when two
 * first increments race) and the caller retries the whole transaction.
 */
@Named
public class TallyStore {
    private final ActiveObjects ao;

    @Inject
    public TallyStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Adds the deltas to their counters; counters that reach zero are removed. */
    public void add(Map<Tally.Key, Integer> deltas) {
        Map<Tally.Key, Integer> changes = new HashMap<>(deltas);
        changes.values().removeIf(d -> d == 0);
        if (changes.isEmpty()) {
            return;
        }
        TallyEntity[] rows = rows(changes.keySet());
        Map<String, Integer> current = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        for (TallyEntity row : rows) {
            current.put(row.getTallyKey(), row.getTally());
            ids.add(row.getID());
        }
        if (!ids.isEmpty()) {
            int deleted = ao.deleteWithSQL(TallyEntity.class, TallyEntity.ID + " IN (" + placeholders(ids.size()) + ")", ids.toArray());
            if (deleted != ids.size()) {
                throw new TallyConflictException("counters changed concurrently: " + changes.keySet());
            }
        }
        List<Map<String, Object>> successors = new ArrayList<>();
        for (Map.Entry<Tally.Key, Integer> change : changes.entrySet()) {
            Tally.Key key = change.getKey();
            int next = Math.max(0, current.getOrDefault(key.text(), 0) + change.getValue());
            if (next > 0) {
                successors.add(Map.of(TallyEntity.TALLY_KEY, key.text(), TallyEntity.BOARD, key.board(),
                        TallyEntity.SUBJECT, key.subject(), TallyEntity.TALLY, next));
            }
        }
        if (!successors.isEmpty()) {
            // One statement for all successors: a give moves ~20-30 counters, one INSERT each cost
            // more than everything else the give does (docs/benchmarks.md).
            ao.create(TallyEntity.class, successors);
        }
    }

    /** Removes a whole board, such as the reaction counts of a deleted recognition. */
    public void deleteBoard(String board) {
        ao.deleteWithSQL(TallyEntity.class, TallyEntity.BOARD + " = ?", board);
    }

    /**
     * Removes every board whose name starts with {@code prefix} (letters and {@code |} only), such as
     * all of one kind of counter before a recount rewrites them; the number of rows removed.
     */
    public int deleteBoardsStartingWith(String prefix) {
        checkPrefix(prefix);
        return ao.deleteWithSQL(TallyEntity.class, TallyEntity.BOARD + " LIKE ?", prefix + "%");
    }

    /**
     * Removes one subject's counters on every board whose name starts with one of
     * {@code boardPrefixes} (letters and {@code |} only), for privacy erasure after the subject's
     * rows were taken off the counters; the number of rows removed. Reads the whole table (SUBJECT
     * has no index): meant for that rare admin action only.
     */
    public int deleteSubject(String subject, List<String> boardPrefixes) {
        if (boardPrefixes.isEmpty()) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(subject);
        List<String> likes = new ArrayList<>();
        for (String prefix : boardPrefixes) {
            checkPrefix(prefix);
            likes.add(TallyEntity.BOARD + " LIKE ?");
            parameters.add(prefix + "%");
        }
        return ao.deleteWithSQL(TallyEntity.class, TallyEntity.SUBJECT + " = ? AND (" + String.join(" OR ", likes) + ")",
                parameters.toArray());
    }

    private static void checkPrefix(String prefix) {
        if (!prefix.matches("[A-Z|]+")) {
            throw new IllegalArgumentException("Board prefix must be letters and |: " + prefix);
        }
    }

    /** The counts of the given counters (missing ones are zero), in one SELECT. */
    public Map<Tally.Key, Integer> counts(Collection<Tally.Key> keys) {
        Map<Tally.Key, Integer> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        Map<String, Tally.Key> byText = new HashMap<>();
        keys.forEach(k -> byText.put(k.text(), k));
        for (TallyEntity row : rows(keys)) {
            result.put(byText.get(row.getTallyKey()), row.getTally());
        }
        return result;
    }

    /**
     * The highest counters of a board, highest first, ties by subject from last to first (a fixed,
     * not a meaningful order), by walking the board index {@code (BOARD, TALLY, SUBJECT)} backwards
     * for {@code limit} rows. All three ORDER BY columns descending, led by the constant BOARD: H2
     * uses an index for ORDER BY only when the ORDER BY starts with the index's first column and runs
     * in one direction throughout (mixed DESC/ASC, or no BOARD, made it sort the whole board).
     */
    public List<Tally> top(String board, int limit) {
        TallyEntity[] rows = ao.find(TallyEntity.class, ColumnQuery.select(TallyEntity.ALL_COLUMNS)
                .where(TallyEntity.BOARD + " = ?", board)
                .order(TallyEntity.BOARD + " DESC, " + TallyEntity.TALLY + " DESC, " + TallyEntity.SUBJECT + " DESC")
                .limit(limit));
        return Arrays.stream(rows).map(r -> new Tally(r.getBoard(), r.getSubject(), r.getTally())).toList();
    }

    private TallyEntity[] rows(Collection<Tally.Key> keys) {
        List<String> texts = keys.stream().map(Tally.Key::text).distinct().toList();
        return ao.find(TallyEntity.class, ColumnQuery.select(TallyEntity.ALL_COLUMNS)
                .where(TallyEntity.TALLY_KEY + " IN (" + placeholders(texts.size()) + ")", texts.toArray()));
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
