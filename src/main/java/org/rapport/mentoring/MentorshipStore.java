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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The only class that touches the pairing table. Returns {@link Mentorship} records; opens no
 * transaction (the services do).
 */
@Named
public class MentorshipStore {
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

    /**
     * Takes the pairing's row lock for the rest of the transaction: a second transaction locking the
     * same pairing waits until this one ends. Active Objects has no SELECT ... FOR UPDATE; {@code save()}
     * of a changed column is an UPDATE, which locks the row on H2 and PostgreSQL. The column written,
     * {@code CHECK_IN_COUNT}, is set to -1 and MUST be recomputed by the caller with
     * {@link #saveCheckInState} before the transaction ends (under READ COMMITTED nobody else ever sees
     * -1); a value read before the lock could be stale, so it is never written back.
     *
     * @return false when there is no such pairing
     */
    public boolean lock(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                Query.select(MentorshipEntity.ID + ", " + MentorshipEntity.CHECK_IN_COUNT).where(MentorshipEntity.ID + " = ?", id));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setCheckInCount(-1);
        rows[0].save();
        return true;
    }

    /** Stores what the check-ins of a pairing add up to (call after {@link #lock}). */
    public void saveCheckInState(long id, LocalDate lastCheckInOn, int checkInCount, Instant nextDueAt) {
        MentorshipEntity row = ao.get(MentorshipEntity.class, (int) id);
        row.setLastCheckInOn(lastCheckInOn == null ? null : lastCheckInOn.toEpochDay());
        row.setCheckInCount(checkInCount);
        row.setNextDueAt(nextDueAt == null ? null : nextDueAt.toEpochMilli());
        row.save();
    }

    /** Stores a new rhythm and the due time it gives (call after {@link #lock}). */
    public void saveRhythm(long id, int cadenceDays, boolean countsAsHelp, Instant nextDueAt) {
        MentorshipEntity row = ao.get(MentorshipEntity.class, (int) id);
        row.setCadenceDays(cadenceDays);
        row.setCountsAsHelp(countsAsHelp);
        row.setNextDueAt(nextDueAt == null ? null : nextDueAt.toEpochMilli());
        row.save();
    }

    /**
     * A page of active pairings past their due time, in due order after {@code after} (null: from the
     * start), at most {@code limit}: one SELECT of three columns through the {@code status_due} index.
     * Whether a lapse was already reminded is left to the caller: {@code REMINDED_DUE_AT <> NEXT_DUE_AT}
     * compares two columns, and AO quotes only a column followed by an operator, so on PostgreSQL (quoted
     * upper-case columns) the right-hand column would not be found.
     */
    public List<Lapse> overdue(Instant now, Lapse after, int limit) {
        String where = MentorshipEntity.STATUS + " = ? AND " + MentorshipEntity.NEXT_DUE_AT + " < ?";
        List<Object> params = new ArrayList<>(List.of(MentorshipStatus.ACTIVE.name(), now.toEpochMilli()));
        if (after != null) {
            where += " AND (" + MentorshipEntity.NEXT_DUE_AT + " > ? OR (" + MentorshipEntity.NEXT_DUE_AT + " = ? AND "
                    + MentorshipEntity.ID + " > ?))";
            params.add(after.dueAt().toEpochMilli());
            params.add(after.dueAt().toEpochMilli());
            params.add((int) after.id());
        }
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class, Query.select(String.join(", ", MentorshipEntity.ID,
                        MentorshipEntity.NEXT_DUE_AT, MentorshipEntity.REMINDED_DUE_AT)).where(where, params.toArray())
                .order(MentorshipEntity.NEXT_DUE_AT + " ASC, " + MentorshipEntity.ID + " ASC").limit(limit));
        List<Lapse> result = new ArrayList<>(rows.length);
        for (MentorshipEntity row : rows) {
            result.add(new Lapse(row.getID(), Instant.ofEpochMilli(row.getNextDueAt()), instant(row.getRemindedDueAt())));
        }
        return result;
    }

    /** An active pairing's due time and the due time it was last reminded of (null: never). */
    public record Lapse(long id, Instant dueAt, Instant remindedDueAt) {
        /** Not reminded of this lapse yet. */
        public boolean unreminded() {
            return !dueAt.equals(remindedDueAt);
        }
    }

    /** The lapse a pairing was last reminded of (epoch millis), if any. */
    public Optional<Instant> remindedDueAt(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                Query.select(MentorshipEntity.ID + ", " + MentorshipEntity.REMINDED_DUE_AT).where(MentorshipEntity.ID + " = ?", id));
        return rows.length == 0 || rows[0].getRemindedDueAt() == null ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(rows[0].getRemindedDueAt()));
    }

    /** Records that the lapse ending at {@code dueAt} was reminded of (call after {@link #lock}). */
    public void markReminded(long id, Instant dueAt) {
        MentorshipEntity row = ao.get(MentorshipEntity.class, (int) id);
        row.setRemindedDueAt(dueAt.toEpochMilli());
        row.save();
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
