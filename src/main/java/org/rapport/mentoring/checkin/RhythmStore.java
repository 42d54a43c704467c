package org.rapport.mentoring.checkin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pairing's rhythm as the check-in room keeps it: cadence, whether check-ins count as help, the
 * check-in figures, the due time and the lapse last reminded of. These are columns of the pairing row
 * (the {@code status_due} index the reminder job pages through needs them there), written by no
 * other class; the pairing lifecycle's {@code MentorshipStore} owns the rest of the row and its lock.
 * Every write here comes after {@code MentorshipStore#lockForChange} in the same transaction (see
 * {@link PairingCounters#lock}). Opens no transaction.
 */
@Named
public class RhythmStore {
    private final ActiveObjects ao;

    @Inject
    public RhythmStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Stores what the check-ins of a pairing add up to (call after MentorshipStore#lockForChange). */
    public void saveCheckInState(long id, LocalDate lastCheckInOn, int checkInCount, Instant nextDueAt) {
        MentorshipEntity row = ao.get(MentorshipEntity.class, (int) id);
        row.setLastCheckInOn(lastCheckInOn == null ? null : lastCheckInOn.toEpochDay());
        row.setCheckInCount(checkInCount);
        row.setNextDueAt(nextDueAt == null ? null : nextDueAt.toEpochMilli());
        row.save();
    }

    /** Stores a new rhythm and the due time it gives (call after MentorshipStore#lockForChange). */
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
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class, ColumnQuery.select(String.join(", ", MentorshipEntity.ID,
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
                ColumnQuery.select(MentorshipEntity.ID + ", " + MentorshipEntity.REMINDED_DUE_AT).where(MentorshipEntity.ID + " = ?", id));
        return rows.length == 0 || rows[0].getRemindedDueAt() == null ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(rows[0].getRemindedDueAt()));
    }

    /** Records that the lapse ending at {@code dueAt} was reminded of (call after MentorshipStore#lockForChange). */
    public void markReminded(long id, Instant dueAt) {
        MentorshipEntity row = ao.get(MentorshipEntity.class, (int) id);
        row.setRemindedDueAt(dueAt.toEpochMilli());
        row.save();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
