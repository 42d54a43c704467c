package org.rapport.mentoring.checkin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.rapport.mentoring.checkin.ao.MentorshipGoalEntity.ALL_COLUMNS;
import static org.rapport.mentoring.checkin.ao.MentorshipGoalEntity.ID;
import static org.rapport.mentoring.checkin.ao.MentorshipGoalEntity.MENTORSHIP_ID;

/** The only class that touches the goal table. Returns {@link Goal} records; opens no transaction. */
@Named
public class GoalStore {
    private final ActiveObjects ao;

    @Inject
    public GoalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Goal insert(long mentorshipId, GoalDraft draft, Instant now) {
        MentorshipGoalEntity row = ao.create(MentorshipGoalEntity.class,
                new DBParam(MENTORSHIP_ID, mentorshipId),
                new DBParam(MentorshipGoalEntity.TITLE, draft.title()),
                new DBParam(MentorshipGoalEntity.TARGET_DATE, draft.targetDate() == null ? null : draft.targetDate().toEpochDay()),
                new DBParam(MentorshipGoalEntity.PROGRESS, draft.progress()),
                new DBParam(MentorshipGoalEntity.DONE, draft.done()),
                new DBParam(MentorshipGoalEntity.CREATED_AT, now.toEpochMilli()),
                new DBParam(MentorshipGoalEntity.UPDATED_AT, now.toEpochMilli()));
        return get(mentorshipId, row.getID()).orElseThrow();
    }

    /** The goal if it belongs to this pairing. */
    public Optional<Goal> get(long mentorshipId, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        MentorshipGoalEntity[] rows = ao.find(MentorshipGoalEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " = ? AND " + MENTORSHIP_ID + " = ?", (int) id, mentorshipId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    /** A pairing's goals, oldest first, at most {@code limit}: one indexed SELECT. */
    public List<Goal> list(long mentorshipId, int limit) {
        return Arrays.stream(ao.find(MentorshipGoalEntity.class, ColumnQuery.select(ALL_COLUMNS)
                        .where(MENTORSHIP_ID + " = ?", mentorshipId).order(ID + " ASC").limit(limit)))
                .map(GoalStore::toRecord).toList();
    }

    public int count(long mentorshipId) {
        return ao.count(MentorshipGoalEntity.class, MENTORSHIP_ID + " = ?", mentorshipId);
    }

    /** Replaces what a person can edit; false when the goal is gone. */
    public boolean update(long id, GoalDraft draft, Instant now) {
        MentorshipGoalEntity[] rows = ao.find(MentorshipGoalEntity.class, ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id));
        if (rows.length == 0) {
            return false;
        }
        MentorshipGoalEntity row = rows[0];
        row.setTitle(draft.title());
        row.setTargetDate(draft.targetDate() == null ? null : draft.targetDate().toEpochDay());
        row.setProgress(draft.progress());
        row.setDone(draft.done());
        row.setUpdatedAt(now.toEpochMilli());
        row.save();
        return true;
    }

    public boolean delete(long id) {
        return ao.deleteWithSQL(MentorshipGoalEntity.class, ID + " = ?", (int) id) == 1;
    }

    /** Privacy erasure: deletes every goal of these pairings; how many rows went. */
    public int deleteForMentorships(Collection<Long> mentorshipIds) {
        int deleted = 0;
        for (List<Long> chunk : CheckInStore.chunks(mentorshipIds)) {
            deleted += ao.deleteWithSQL(MentorshipGoalEntity.class, MENTORSHIP_ID + " IN (" + CheckInStore.marks(chunk.size()) + ")",
                    chunk.toArray());
        }
        return deleted;
    }

    private static Goal toRecord(MentorshipGoalEntity e) {
        return new Goal(e.getID(), e.getMentorshipId(), e.getTitle(),
                e.getTargetDate() == null ? null : LocalDate.ofEpochDay(e.getTargetDate()), e.getProgress(), e.isDone(),
                Instant.ofEpochMilli(e.getCreatedAt()), Instant.ofEpochMilli(e.getUpdatedAt()));
    }
}
