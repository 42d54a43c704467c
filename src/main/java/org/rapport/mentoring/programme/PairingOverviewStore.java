package org.rapport.mentoring.programme;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The programme's and the manager's views of the pairing table: read-only lists and counts, each
 * bounded by the caller's limit. It never writes a pairing (the lifecycle's {@code MentorshipStore}
 * does) and maps rows with {@link MentorshipStore#toRecord}, so both read the row the same way.
 */
@Named
public class PairingOverviewStore {
    /** Most people per IN (...) list: well under every supported database's bind-parameter limit. */
    public static final int KEYS_MAX = 500;
    private final ActiveObjects ao;

    @Inject
    public PairingOverviewStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Pairings after {@code afterId} in id order, optionally of one status, at most {@code limit}:
     * the programme's pairing list and CSV export page through the table with this.
     */
    public List<Mentorship> pageById(MentorshipStatus status, long afterId, int limit) {
        Query query = ColumnQuery.select(MentorshipEntity.ALL_COLUMNS);
        if (status == null) {
            query = query.where(MentorshipEntity.ID + " > ?", afterId);
        } else {
            query = query.where(MentorshipEntity.ID + " > ? AND " + MentorshipEntity.STATUS + " = ?", afterId, status.name());
        }
        return records(ao.find(MentorshipEntity.class, query.order(MentorshipEntity.ID + " ASC").limit(limit)));
    }

    /**
     * Pairings in which any of these people (at most {@value #KEYS_MAX}) is mentor or mentee, after
     * {@code afterId} in id order, at most {@code limit}: the manager's view of their reports.
     */
    public List<Mentorship> involvingAnyOf(Collection<String> personKeys, long afterId, int limit) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(personKeys));
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() > KEYS_MAX) {
            throw new IllegalArgumentException("At most " + KEYS_MAX + " people per call, got " + keys.size());
        }
        String in = String.join(", ", Collections.nCopies(keys.size(), "?"));
        Object[] params = new Object[keys.size() * 2 + 1];
        params[0] = afterId;
        for (int i = 0; i < keys.size(); i++) {
            params[1 + i] = keys.get(i);
            params[1 + keys.size() + i] = keys.get(i);
        }
        return records(ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ALL_COLUMNS)
                .where(MentorshipEntity.ID + " > ? AND (" + MentorshipEntity.MENTOR_KEY + " IN (" + in + ") OR "
                        + MentorshipEntity.MENTEE_KEY + " IN (" + in + "))", params)
                .order(MentorshipEntity.ID + " ASC").limit(limit)));
    }

    /** How many pairings are in each status (one COUNT per status; every status is present). */
    public Map<MentorshipStatus, Integer> countsByStatus() {
        Map<MentorshipStatus, Integer> counts = new EnumMap<>(MentorshipStatus.class);
        for (MentorshipStatus status : MentorshipStatus.values()) {
            counts.put(status, ao.count(MentorshipEntity.class,
                    ColumnQuery.select(MentorshipEntity.ID).where(MentorshipEntity.STATUS + " = ?", status.name())));
        }
        return counts;
    }

    /** Proposed and active pairings, oldest first, at most {@code limit}: for programme health and matching. */
    public List<Mentorship> openPairings(int limit) {
        return records(ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ALL_COLUMNS)
                .where(MentorshipEntity.STATUS + " IN (?, ?)", MentorshipStatus.PROPOSED.name(), MentorshipStatus.ACTIVE.name())
                .order(MentorshipEntity.ID + " ASC").limit(limit)));
    }

    /** Those of these mentees (at most {@value #KEYS_MAX}) who are mentee in a proposed or active pairing. */
    public Set<String> menteesWithOpenPairing(Collection<String> menteeKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(menteeKeys));
        Set<String> result = new HashSet<>();
        if (keys.isEmpty()) {
            return result;
        }
        if (keys.size() > KEYS_MAX) {
            throw new IllegalArgumentException("At most " + KEYS_MAX + " people per call, got " + keys.size());
        }
        Object[] params = new Object[keys.size() + 2];
        params[0] = MentorshipStatus.PROPOSED.name();
        params[1] = MentorshipStatus.ACTIVE.name();
        System.arraycopy(keys.toArray(), 0, params, 2, keys.size());
        for (MentorshipEntity row : ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ID + ", " + MentorshipEntity.MENTEE_KEY)
                .where(MentorshipEntity.STATUS + " IN (?, ?) AND " + MentorshipEntity.MENTEE_KEY + " IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")", params))) {
            result.add(row.getMenteeKey());
        }
        return result;
    }

    private static List<Mentorship> records(MentorshipEntity[] rows) {
        List<Mentorship> result = new ArrayList<>(rows.length);
        for (MentorshipEntity row : rows) {
            result.add(MentorshipStore.toRecord(row));
        }
        return result;
    }
}
