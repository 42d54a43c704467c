package org.rapport.mentoring.checkin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.checkin.ao.CheckInEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.rapport.mentoring.checkin.ao.CheckInEntity.ALL_COLUMNS;
import static org.rapport.mentoring.checkin.ao.CheckInEntity.HELD_ON;
import static org.rapport.mentoring.checkin.ao.CheckInEntity.ID;
import static org.rapport.mentoring.checkin.ao.CheckInEntity.MENTORSHIP_ID;

/**
 * The only class that touches the check-in table. Returns {@link CheckIn} records; opens no
 * transaction. Every read goes through the {@code by_mentorship} index ({@code MENTORSHIP_ID, HELD_ON}).
 */
@Named
public class CheckInStore {
    /** IN lists stay below Oracle's 1000. */
    static final int IDS_PER_STATEMENT = 500;

    private final ActiveObjects ao;

    @Inject
    public CheckInStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public CheckIn insert(long mentorshipId, CheckInDraft draft, String authorKey, Instant now) {
        CheckInEntity row = ao.create(CheckInEntity.class,
                new DBParam(MENTORSHIP_ID, mentorshipId),
                new DBParam(HELD_ON, draft.heldOn().toEpochDay()),
                new DBParam(CheckInEntity.DURATION_MINUTES, draft.durationMinutes()),
                new DBParam(CheckInEntity.NOTES, draft.notes().isEmpty() ? null : draft.notes()),
                new DBParam(CheckInEntity.NEXT_STEPS, draft.nextSteps().isEmpty() ? null : draft.nextSteps()),
                new DBParam(CheckInEntity.AUTHOR_KEY, authorKey),
                new DBParam(CheckInEntity.CREATED_AT, now.toEpochMilli()));
        return get(mentorshipId, row.getID()).orElseThrow();
    }

    /** The check-in if it belongs to this pairing. */
    public Optional<CheckIn> get(long mentorshipId, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        CheckInEntity[] rows = ao.find(CheckInEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " = ? AND " + MENTORSHIP_ID + " = ?", (int) id, mentorshipId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    /** Replaces what a person can edit; false when the check-in is gone. */
    public boolean update(long id, CheckInDraft draft) {
        CheckInEntity[] rows = ao.find(CheckInEntity.class, ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setHeldOn(draft.heldOn().toEpochDay());
        rows[0].setDurationMinutes(draft.durationMinutes());
        rows[0].setNotes(draft.notes().isEmpty() ? null : draft.notes());
        rows[0].setNextSteps(draft.nextSteps().isEmpty() ? null : draft.nextSteps());
        rows[0].save();
        return true;
    }

    public void setHelpEntry(long id, Long helpEntryId) {
        CheckInEntity row = ao.get(CheckInEntity.class, (int) id);
        row.setHelpEntryId(helpEntryId);
        row.save();
    }

    /** Deletes one check-in; false when it was already gone (a concurrent delete). */
    public boolean delete(long id) {
        return ao.deleteWithSQL(CheckInEntity.class, ID + " = ?", (int) id) == 1;
    }

    /** A page of a pairing's check-ins, newest day first (ties: newest id first): one SELECT. */
    public CheckInPage page(long mentorshipId, CheckInPage.Cursor cursor, int limit) {
        StringBuilder where = new StringBuilder(MENTORSHIP_ID + " = ?");
        List<Object> params = new ArrayList<>(List.of(mentorshipId));
        if (cursor != null) {
            where.append(" AND (").append(HELD_ON).append(" < ? OR (").append(HELD_ON).append(" = ? AND ")
                    .append(ID).append(" < ?))");
            params.add(cursor.heldOn().toEpochDay());
            params.add(cursor.heldOn().toEpochDay());
            params.add((int) Math.min(cursor.id(), Integer.MAX_VALUE));
        }
        CheckInEntity[] rows = ao.find(CheckInEntity.class, ColumnQuery.select(ALL_COLUMNS).where(where.toString(), params.toArray())
                .order(HELD_ON + " DESC, " + ID + " DESC").limit(limit + 1));
        List<CheckIn> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.length, limit); i++) {
            items.add(toRecord(rows[i]));
        }
        String next = rows.length > limit ? new CheckInPage.Cursor(items.get(limit - 1).heldOn(), items.get(limit - 1).id()).encode() : null;
        return new CheckInPage(items, next);
    }

    /** How many check-ins a pairing has and the day of the latest: two indexed SELECTs. */
    public Summary summary(long mentorshipId) {
        int count = ao.count(CheckInEntity.class, MENTORSHIP_ID + " = ?", mentorshipId);
        if (count == 0) {
            return new Summary(0, null);
        }
        CheckInEntity[] latest = ao.find(CheckInEntity.class, ColumnQuery.select(ID + ", " + HELD_ON)
                .where(MENTORSHIP_ID + " = ?", mentorshipId).order(HELD_ON + " DESC, " + ID + " DESC").limit(1));
        return new Summary(count, latest.length == 0 ? null : LocalDate.ofEpochDay(latest[0].getHeldOn()));
    }

    /**
     * Privacy erasure: deletes every check-in of these pairings (the caller removes the help entries
     * {@link #helpEntriesOf} named first, if it wants them gone).
     *
     * @return how many rows were deleted
     */
    public int deleteForMentorships(Collection<Long> mentorshipIds) {
        int deleted = 0;
        for (List<Long> chunk : chunks(mentorshipIds)) {
            deleted += ao.deleteWithSQL(CheckInEntity.class, MENTORSHIP_ID + " IN (" + marks(chunk.size()) + ")", chunk.toArray());
        }
        return deleted;
    }

    /**
     * Privacy erasure: puts {@code replacement} where the person is the author of a check-in, at most
     * {@value #IDS_PER_STATEMENT} rows; the number changed (call again until it answers 0).
     */
    public int replaceAuthor(String personKey, String replacement) {
        int changed = 0;
        for (CheckInEntity row : ao.find(CheckInEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(CheckInEntity.AUTHOR_KEY + " = ?", personKey).limit(IDS_PER_STATEMENT))) {
            row.setAuthorKey(replacement);
            row.save();
            changed++;
        }
        return changed;
    }

    /** The help entries the check-ins of these pairings added. */
    public List<Long> helpEntriesOf(Collection<Long> mentorshipIds) {
        List<Long> ids = new ArrayList<>();
        for (List<Long> chunk : chunks(mentorshipIds)) {
            for (CheckInEntity row : ao.find(CheckInEntity.class, ColumnQuery.select(ID + ", " + CheckInEntity.HELP_ENTRY_ID)
                    .where(MENTORSHIP_ID + " IN (" + marks(chunk.size()) + ")", chunk.toArray()))) {
                if (row.getHelpEntryId() != null) {
                    ids.add(row.getHelpEntryId());
                }
            }
        }
        return ids;
    }

    /** What a pairing's check-ins add up to. */
    public record Summary(int count, LocalDate latest) {
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static CheckIn toRecord(CheckInEntity e) {
        return new CheckIn(e.getID(), e.getMentorshipId(), LocalDate.ofEpochDay(e.getHeldOn()), e.getDurationMinutes(), e.getNotes(),
                e.getNextSteps(), e.getAuthorKey(), e.getHelpEntryId(), Instant.ofEpochMilli(e.getCreatedAt()));
    }
}
