package org.rapport.recognition;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.recognition.ao.ReactionEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.rapport.recognition.ao.ReactionEntity.ALL_COLUMNS;
import static org.rapport.recognition.ao.ReactionEntity.KIND;
import static org.rapport.recognition.ao.ReactionEntity.REACTION_KEY;
import static org.rapport.recognition.ao.ReactionEntity.REACTOR_KEY;
import static org.rapport.recognition.ao.ReactionEntity.RECOGNITION_ID;

/** The only class that touches the reaction table. Counts live in the tally table, not here. */
@Named
public class ReactionStore {
    private final ActiveObjects ao;

    @Inject
    public ReactionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Adds the reaction, or removes it when it exists; true when it was added. */
    public boolean toggle(long recognitionId, String reactorKey, ReactionKind kind) {
        String key = recognitionId + "|" + reactorKey + "|" + kind.name();
        int removed = ao.deleteWithSQL(ReactionEntity.class, REACTION_KEY + " = ?", key);
        if (removed > 0) {
            return false;
        }
        ao.create(ReactionEntity.class,
                new DBParam(RECOGNITION_ID, (int) recognitionId),
                new DBParam(REACTOR_KEY, reactorKey),
                new DBParam(KIND, kind.name()),
                new DBParam(REACTION_KEY, key));
        return true;
    }

    /** The kinds the person gave to each of the recognitions: one SELECT. */
    public Map<Long, Set<ReactionKind>> mine(Collection<Long> recognitionIds, String reactorKey) {
        Map<Long, Set<ReactionKind>> result = new HashMap<>();
        if (recognitionIds.isEmpty()) {
            return result;
        }
        List<Integer> ids = recognitionIds.stream().map(Long::intValue).toList();
        Object[] params = new Object[ids.size() + 1];
        params[0] = reactorKey;
        for (int i = 0; i < ids.size(); i++) {
            params[i + 1] = ids.get(i);
        }
        for (ReactionEntity row : ao.find(ReactionEntity.class, ColumnQuery.select(ALL_COLUMNS).where(REACTOR_KEY + " = ? AND "
                + RECOGNITION_ID + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", params))) {
            ReactionKind.parse(row.getKind()).ifPresent(kind ->
                    result.computeIfAbsent((long) row.getRecognitionId(), k -> EnumSet.noneOf(ReactionKind.class)).add(kind));
        }
        return result;
    }

    /** One reaction a person gave. */
    public record Given(long id, long recognitionId, ReactionKind kind) {
    }

    /** Up to {@code limit} reactions the person gave (for erasure in chunks): one SELECT. */
    public List<Given> byReactor(String reactorKey, int limit) {
        ReactionEntity[] rows = ao.find(ReactionEntity.class, ColumnQuery.select(ALL_COLUMNS).where(REACTOR_KEY + " = ?", reactorKey)
                .order(ReactionEntity.ID + " ASC").limit(limit));
        return Arrays.stream(rows)
                .flatMap(row -> ReactionKind.parse(row.getKind()).stream().map(kind -> new Given(row.getID(), row.getRecognitionId(), kind)))
                .toList();
    }

    /** Deletes the person's reactions with these ids; the number deleted. */
    public int delete(String reactorKey, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Object[] params = new Object[ids.size() + 1];
        params[0] = reactorKey;
        int i = 1;
        for (Long id : ids) {
            params[i++] = id.intValue();
        }
        return ao.deleteWithSQL(ReactionEntity.class, REACTOR_KEY + " = ? AND " + ReactionEntity.ID + " IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", params);
    }

    public void deleteForRecognition(long recognitionId) {
        ao.deleteWithSQL(ReactionEntity.class, RECOGNITION_ID + " = ?", (int) recognitionId);
    }
}
