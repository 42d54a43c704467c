package org.rapport.mentoring.pairing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pairing lifecycle's store: creates, accepts, activates and closes pairing rows, and keeps the
 * feedback on pairings. Returns {@link Mentorship} records; opens no transaction (the services do).
 *
 * <p>It owns the pairing row's lock ({@link #lockForChange}), which every writer of a pairing takes
 * first, in whichever sub-room it lives. Two other stores read or write their own columns of the same
 * row after that lock: the check-in room's {@code RhythmStore} (rhythm, due time, reminders) and the
 * programme room's read-only {@code PairingOverviewStore}.
 */
@Named
public class MentorshipStore {
    private final ActiveObjects ao;

    @Inject
    public MentorshipStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /*
     * Active Objects declares every @Unique column NOT NULL (seen on H2: "NULL not allowed for
     * column MENTOR_SLOT"), so a pairing that holds no open slot or no mentor place cannot store
     * NULL there. It stores a value no other row can have instead: a prefix and its own id (or a
     * random UUID before the id exists). The prefixes never collide with a 64-character SHA-256 hex.
     */
    static final String CLOSED = "closed:";
    static final String IDLE = "idle:";

    /** Rows per IN (...) list: well under every supported database's bind-parameter limit. */
    static final int CHUNK = 500;

    public Optional<Mentorship> get(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                ColumnQuery.select(MentorshipEntity.ALL_COLUMNS).where(MentorshipEntity.ID + " = ?", id));
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
                new DBParam(MentorshipEntity.CHECK_IN_COUNT, 0),
                new DBParam(MentorshipEntity.MENTOR_SLOT, IDLE + java.util.UUID.randomUUID()));
        return get(row.getID()).orElseThrow();
    }


    /**
     * Takes the pairing row's write lock until the transaction ends: an UPDATE of {@code LOCK_TICK}
     * (which nothing reads) locks the row on H2 and PostgreSQL, so a second transaction changing the
     * same pairing waits here, and its reads after this call see the first one's committed state
     * (READ COMMITTED reads a fresh snapshot per statement). Call it before reading the pairing.
     * Every writer of a pairing takes it: its lifecycle, check-ins, goals, rhythm and reminders.
     *
     * @return false when there is no such pairing
     */
    public boolean lockForChange(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                ColumnQuery.select(MentorshipEntity.ID + ", " + MentorshipEntity.LOCK_TICK).where(MentorshipEntity.ID + " = ?", id));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setLockTick(rows[0].getLockTick() + 1);
        rows[0].save();
        return true;
    }

    /** Marks one side as having accepted. */
    public Mentorship markAccepted(long id, MentoringSide side) {
        MentorshipEntity row = row(id);
        if (side == MentoringSide.MENTOR) {
            row.setMentorAccepted(true);
        } else {
            row.setMenteeAccepted(true);
        }
        row.save();
        return toRecord(row);
    }

    /**
     * The first of the mentor's capacity places (1..capacity) that no active pairing holds, as its
     * {@code MENTOR_SLOT} value; empty when the mentor already has {@code capacity} active mentees
     * (counting places above a capacity that was lowered since). One indexed SELECT.
     */
    public Optional<String> freePlace(String mentorKey, int capacity) {
        MentorshipEntity[] active = ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ID + ", " + MentorshipEntity.MENTOR_SLOT)
                .where(MentorshipEntity.MENTOR_KEY + " = ? AND " + MentorshipEntity.STATUS + " = ?", mentorKey, MentorshipStatus.ACTIVE.name()));
        if (active.length >= capacity) {
            return Optional.empty();
        }
        Set<String> held = new HashSet<>();
        for (MentorshipEntity row : active) {
            held.add(row.getMentorSlot());
        }
        for (int place = 1; place <= capacity; place++) {
            String slot = mentorSlot(mentorKey, place);
            if (!held.contains(slot)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** Makes a proposal active, holding one of the mentor's places (unique: a racing acceptance of the same place fails). */
    public Mentorship activate(long id, String mentorSlot, Instant startedAt, Instant nextDueAt) {
        MentorshipEntity row = row(id);
        row.setStatus(MentorshipStatus.ACTIVE.name());
        row.setMentorSlot(mentorSlot);
        row.setStartedAt(startedAt.toEpochMilli());
        row.setNextDueAt(nextDueAt.toEpochMilli());
        row.save();
        return toRecord(row);
    }

    /**
     * Closes a pairing (declined, withdrawn, completed, ended): it gives up the pair's open slot and
     * the mentor's place, and is no longer due.
     */
    public Mentorship close(long id, MentorshipStatus status, String reason, String closedBy, Instant at) {
        MentorshipEntity row = row(id);
        closeRow(row, status, reason, closedBy, at);
        row.save();
        return toRecord(row);
    }

    /** Sets a row's closing columns (not saved): its pair and mentor place are free again. */
    private static void closeRow(MentorshipEntity row, MentorshipStatus status, String reason, String closedBy, Instant at) {
        row.setStatus(status.name());
        row.setOpenPair(CLOSED + row.getID());
        row.setMentorSlot(IDLE + row.getID());
        row.setNextDueAt(null);
        row.setEndedAt(at.toEpochMilli());
        row.setEndReason(reason);
        row.setEndedBy(closedBy);
    }

    /**
     * One page of pairings, newest first (by id), older than {@code beforeId} when given, optionally
     * of one status. {@code involving} null means everybody's (coordinators); otherwise the pairings
     * where one of these people is mentor or mentee, read in chunks of {@value #CHUNK} keys (each
     * query limited to the page size) and merged. At most {@code limit} rows per query.
     */
    public List<Mentorship> page(Collection<String> involving, MentorshipStatus status, Long beforeId, int limit) {
        if (involving == null) {
            return pageWhere("", List.of(), status, beforeId, limit);
        }
        List<String> keys = involving.stream().distinct().toList();
        Map<Long, Mentorship> merged = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            String in = placeholders(chunk.size());
            List<Object> params = new ArrayList<>(chunk);
            params.addAll(chunk);
            for (Mentorship m : pageWhere("(" + MentorshipEntity.MENTOR_KEY + " IN (" + in + ") OR " + MentorshipEntity.MENTEE_KEY
                    + " IN (" + in + "))", params, status, beforeId, limit)) {
                merged.put(m.id(), m);
            }
        }
        return merged.values().stream().sorted(Comparator.comparingLong(Mentorship::id).reversed()).limit(limit).toList();
    }

    private List<Mentorship> pageWhere(String condition, List<Object> params, MentorshipStatus status, Long beforeId, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> all = new ArrayList<>(params);
        if (!condition.isEmpty()) {
            where.add(condition);
        }
        if (status != null) {
            where.add(MentorshipEntity.STATUS + " = ?");
            all.add(status.name());
        }
        if (beforeId != null) {
            where.add(MentorshipEntity.ID + " < ?");
            all.add(beforeId.intValue());
        }
        Query query = ColumnQuery.select(MentorshipEntity.ALL_COLUMNS);
        if (!where.isEmpty()) {
            query = query.where(String.join(" AND ", where), all.toArray());
        }
        return Arrays.stream(ao.find(MentorshipEntity.class, query.order(MentorshipEntity.ID + " DESC").limit(limit)))
                .map(MentorshipStore::toRecord).toList();
    }

    /** Active pairings per mentor among the given mentors (missing: none); chunked, at most capacity rows per mentor. */
    public Map<String, Integer> activeCounts(Collection<String> mentorKeys) {
        List<String> keys = mentorKeys.stream().distinct().toList();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            List<Object> params = new ArrayList<>();
            params.add(MentorshipStatus.ACTIVE.name());
            params.addAll(chunk);
            for (MentorshipEntity row : ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ID + ", " + MentorshipEntity.MENTOR_KEY)
                    .where(MentorshipEntity.STATUS + " = ? AND " + MentorshipEntity.MENTOR_KEY + " IN (" + placeholders(chunk.size()) + ")",
                            params.toArray()))) {
                counts.merge(row.getMentorKey(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Stores one side's feedback; the unique {@code ONE_PER_SIDE} column refuses a second one, even under a race. */
    public MentorshipFeedback insertFeedback(long mentorshipId, MentoringSide side, String authorKey, int rating, String comment, Instant at) {
        MentorshipFeedbackEntity row = ao.create(MentorshipFeedbackEntity.class,
                new DBParam(MentorshipFeedbackEntity.MENTORSHIP_ID, mentorshipId),
                new DBParam(MentorshipFeedbackEntity.AUTHOR_ROLE, side.name()),
                new DBParam(MentorshipFeedbackEntity.AUTHOR_KEY, authorKey),
                new DBParam(MentorshipFeedbackEntity.RATING, rating),
                new DBParam(MentorshipFeedbackEntity.FEEDBACK_COMMENT, comment),
                new DBParam(MentorshipFeedbackEntity.ONE_PER_SIDE, mentorshipId + ":" + side.name()),
                new DBParam(MentorshipFeedbackEntity.CREATED_AT, at.toEpochMilli()));
        return feedback(row);
    }

    /** The feedback given on a pairing (at most one per side), mentor's first. */
    public List<MentorshipFeedback> feedbackOn(long mentorshipId) {
        return Arrays.stream(ao.find(MentorshipFeedbackEntity.class, ColumnQuery.select(MentorshipFeedbackEntity.ALL_COLUMNS)
                        .where(MentorshipFeedbackEntity.MENTORSHIP_ID + " = ?", mentorshipId)))
                .map(MentorshipStore::feedback)
                .sorted(Comparator.comparing(MentorshipFeedback::side))
                .toList();
    }

    /** Up to {@code limit} pairings where the person is mentor or mentee (for erasure, in chunks). */
    public List<Mentorship> involving(String personKey, int limit) {
        return Arrays.stream(ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ALL_COLUMNS)
                        .where(MentorshipEntity.MENTOR_KEY + " = ? OR " + MentorshipEntity.MENTEE_KEY + " = ?", personKey, personKey)
                        .order(MentorshipEntity.ID + " ASC").limit(limit)))
                .map(MentorshipStore::toRecord).toList();
    }

    /**
     * Deletes pairings with their feedback; the number of pairings deleted. A deleted active pairing
     * frees its mentor's place with it. The check-ins and goals that hang off them belong to the
     * check-in room, whose stores delete them first (see MentoringErasure).
     */
    public int deleteWithFeedback(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = placeholders(ids.size());
        Object[] params = ids.toArray();
        // ID is an INTEGER column, MENTORSHIP_ID a BIGINT one: bind each with its own type.
        Object[] intIds = ids.stream().map(Long::intValue).toArray();
        ao.deleteWithSQL(MentorshipFeedbackEntity.class, MentorshipFeedbackEntity.MENTORSHIP_ID + " IN (" + in + ")", params);
        return ao.deleteWithSQL(MentorshipEntity.class, MentorshipEntity.ID + " IN (" + in + ")", intIds);
    }

    /**
     * Puts {@code replacement} where the person's key was in these pairings (mentor, mentee); an open one is closed as ended first, so it frees the
     * pair's slot and the mentor's place. Answers how many pairings changed.
     */
    public int anonymise(List<Mentorship> pairings, String personKey, String replacement, Instant at) {
        for (Mentorship m : pairings) {
            // As every other change: the row lock first, then the state as it is now (a withdrawal or
            // acceptance may have committed since the caller read it, and one racing waits for us).
            lockForChange(m.id());
            MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                    ColumnQuery.select(MentorshipEntity.ALL_COLUMNS).where(MentorshipEntity.ID + " = ?", m.id()));
            if (rows.length == 0) {
                continue;
            }
            MentorshipEntity row = rows[0];
            if (MentorshipStatus.valueOf(row.getStatus()).open()) {
                closeRow(row, MentorshipStatus.ENDED, null, replacement, at);
            }
            if (personKey.equals(row.getMentorKey())) {
                row.setMentorKey(replacement);
            }
            if (personKey.equals(row.getMenteeKey())) {
                row.setMenteeKey(replacement);
            }
            row.save();
        }
        return pairings.size();
    }

    /**
     * Replaces the person's key where they acted on pairings without being in them (a coordinator who
     * proposed or ended one), and as author of feedback, at most {@value #CHUNK} rows of each (check-in
     * authors: CheckInStore#replaceAuthor); the number of rows changed (call again until it answers 0).
     */
    public int replaceKeyInOtherColumns(String personKey, String replacement) {
        int changed = 0;
        for (MentorshipEntity row : ao.find(MentorshipEntity.class, ColumnQuery.select(MentorshipEntity.ALL_COLUMNS)
                .where(MentorshipEntity.PROPOSER_KEY + " = ? OR " + MentorshipEntity.ENDED_BY + " = ?", personKey, personKey).limit(CHUNK))) {
            if (personKey.equals(row.getProposerKey())) {
                row.setProposerKey(replacement);
            }
            if (personKey.equals(row.getEndedBy())) {
                row.setEndedBy(replacement);
            }
            row.save();
            changed++;
        }
        for (MentorshipFeedbackEntity row : ao.find(MentorshipFeedbackEntity.class, ColumnQuery.select(MentorshipFeedbackEntity.ALL_COLUMNS)
                .where(MentorshipFeedbackEntity.AUTHOR_KEY + " = ?", personKey).limit(CHUNK))) {
            row.setAuthorKey(replacement);
            row.save();
            changed++;
        }
        return changed;
    }

    private MentorshipEntity row(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                ColumnQuery.select(MentorshipEntity.ALL_COLUMNS).where(MentorshipEntity.ID + " = ?", id));
        if (rows.length == 0) {
            throw new IllegalStateException("pairing " + id + " vanished inside its transaction");
        }
        return rows[0];
    }

    /** The value of {@code MENTOR_SLOT} for the mentor's place number {@code place}. */
    static String mentorSlot(String mentorKey, int place) {
        return sha256(mentorKey + '\u0000' + "place" + '\u0000' + place);
    }

    private static MentorshipFeedback feedback(MentorshipFeedbackEntity e) {
        return new MentorshipFeedback(e.getMentorshipId(), MentoringSide.valueOf(e.getAuthorRole()), e.getAuthorKey(), e.getRating(),
                e.getFeedbackComment() == null ? "" : e.getFeedbackComment(), Instant.ofEpochMilli(e.getCreatedAt()));
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** The value of {@code OPEN_PAIR} for an open pairing of these two people. */
    static String openPair(String mentorKey, String menteeKey) {
        return sha256(mentorKey + '\u0000' + menteeKey);
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A pairing row as its record. Public for the stores of the other mentoring sub-rooms that read
     * the pairing row for their own purposes (the programme's overviews); they never write it.
     */
    public static Mentorship toRecord(MentorshipEntity e) {
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
