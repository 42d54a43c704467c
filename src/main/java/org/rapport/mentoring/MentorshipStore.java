package org.rapport.mentoring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.mentoring.ao.MentorshipEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The only class that touches the pairing table. Returns {@link Mentorship} records; opens no
 * transaction (the services do).
 */
@Named
public class MentorshipStore {
    /** Most people per IN (...) list: well under every supported database's bind-parameter limit. */
    public static final int KEYS_MAX = 500;
    private final ActiveObjects ao;

    @Inject
    public MentorshipStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<Mentorship> get(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                Query.select(MentorshipEntity.ALL_COLUMNS).where(MentorshipEntity.ID + " = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    /**
     * Stores a proposal. The unique {@code OPEN_PAIR} column makes a second open pairing of the same
     * two people fail with a unique violation, whichever node inserts it.
     */
    public Mentorship insertProposed(NewMentorship draft, Instant at) {
        MentorshipEntity row = ao.create(MentorshipEntity.class,
                new DBParam(MentorshipEntity.MENTOR_KEY, draft.mentorKey()),
                new DBParam(MentorshipEntity.MENTEE_KEY, draft.menteeKey()),
                new DBParam(MentorshipEntity.STATUS, MentorshipStatus.PROPOSED.name()),
                new DBParam(MentorshipEntity.PROPOSED_BY, draft.proposedBy().name()),
                new DBParam(MentorshipEntity.PROPOSER_KEY, draft.proposerKey()),
                new DBParam(MentorshipEntity.MENTOR_ACCEPTED, draft.mentorAccepted()),
                new DBParam(MentorshipEntity.MENTEE_ACCEPTED, draft.menteeAccepted()),
                new DBParam(MentorshipEntity.OPEN_PAIR, openPair(draft.mentorKey(), draft.menteeKey())),
                new DBParam(MentorshipEntity.MESSAGE, draft.message()),
                new DBParam(MentorshipEntity.CADENCE_DAYS, draft.cadenceDays()),
                new DBParam(MentorshipEntity.COUNTS_AS_HELP, true),
                new DBParam(MentorshipEntity.CREATED_AT, at.toEpochMilli()),
                new DBParam(MentorshipEntity.CHECK_IN_COUNT, 0));
        return get(row.getID()).orElseThrow();
    }

    // ---- Programme and manager views (read-only lists; bounded by the caller's limit) ----

    /**
     * Pairings after {@code afterId} in id order, optionally of one status, at most {@code limit}:
     * the programme's pairing list and CSV export page through the table with this.
     */
    public List<Mentorship> pageById(MentorshipStatus status, long afterId, int limit) {
        Query query = Query.select(MentorshipEntity.ALL_COLUMNS);
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
        return records(ao.find(MentorshipEntity.class, Query.select(MentorshipEntity.ALL_COLUMNS)
                .where(MentorshipEntity.ID + " > ? AND (" + MentorshipEntity.MENTOR_KEY + " IN (" + in + ") OR "
                        + MentorshipEntity.MENTEE_KEY + " IN (" + in + "))", params)
                .order(MentorshipEntity.ID + " ASC").limit(limit)));
    }

    /** How many pairings are in each status (one COUNT per status; every status is present). */
    public Map<MentorshipStatus, Integer> countsByStatus() {
        Map<MentorshipStatus, Integer> counts = new EnumMap<>(MentorshipStatus.class);
        for (MentorshipStatus status : MentorshipStatus.values()) {
            counts.put(status, ao.count(MentorshipEntity.class,
                    Query.select(MentorshipEntity.ID).where(MentorshipEntity.STATUS + " = ?", status.name())));
        }
        return counts;
    }

    /** Proposed and active pairings, oldest first, at most {@code limit}: for programme health and matching. */
    public List<Mentorship> openPairings(int limit) {
        return records(ao.find(MentorshipEntity.class, Query.select(MentorshipEntity.ALL_COLUMNS)
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
        for (MentorshipEntity row : ao.find(MentorshipEntity.class, Query.select(MentorshipEntity.ID + ", " + MentorshipEntity.MENTEE_KEY)
                .where(MentorshipEntity.STATUS + " IN (?, ?) AND " + MentorshipEntity.MENTEE_KEY + " IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")", params))) {
            result.add(row.getMenteeKey());
        }
        return result;
    }

    private static List<Mentorship> records(MentorshipEntity[] rows) {
        List<Mentorship> result = new ArrayList<>(rows.length);
        for (MentorshipEntity row : rows) {
            result.add(toRecord(row));
        }
        return result;
    }

    /** The value of {@code OPEN_PAIR} for an open pairing of these two people. */
    static String openPair(String mentorKey, String menteeKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((mentorKey + '\u0000' + menteeKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static Mentorship toRecord(MentorshipEntity e) {
        return new Mentorship(e.getID(), e.getMentorKey(), e.getMenteeKey(), MentorshipStatus.valueOf(e.getStatus()),
                ProposedBy.valueOf(e.getProposedBy()), e.getProposerKey(), e.isMentorAccepted(), e.isMenteeAccepted(),
                e.getMessage(), e.getCadenceDays(), e.isCountsAsHelp(), Instant.ofEpochMilli(e.getCreatedAt()),
                instant(e.getStartedAt()), instant(e.getEndedAt()), e.getEndReason(), e.getEndedBy(),
                e.getLastCheckInOn() == null ? null : LocalDate.ofEpochDay(e.getLastCheckInOn()), e.getCheckInCount(),
                instant(e.getNextDueAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
