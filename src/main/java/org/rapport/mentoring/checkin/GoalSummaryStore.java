package org.rapport.mentoring.checkin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Read-only goal aggregates per pairing (count, done, average progress) for the manager's and the
 * coordinator's views. Reads only the progress columns, never a goal's title. Goals are written by
 * the goal store of the check-ins slice; this class only reads them.
 */
@Named
public class GoalSummaryStore {
    /** Most pairings per call: one IN (...) list. */
    public static final int IDS_MAX = 500;

    private final ActiveObjects ao;

    @Inject
    public GoalSummaryStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** The summaries of these pairings; a pairing without goals has {@link GoalSummary#NONE}. */
    public Map<Long, GoalSummary> summariesOf(Collection<Long> mentorshipIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(mentorshipIds));
        Map<Long, GoalSummary> result = new HashMap<>();
        ids.forEach(id -> result.put(id, GoalSummary.NONE));
        if (ids.isEmpty()) {
            return result;
        }
        if (ids.size() > IDS_MAX) {
            throw new IllegalArgumentException("At most " + IDS_MAX + " pairings per call, got " + ids.size());
        }
        Map<Long, int[]> sums = new HashMap<>();
        for (MentorshipGoalEntity row : ao.find(MentorshipGoalEntity.class, ColumnQuery.select(String.join(", ",
                        MentorshipGoalEntity.ID, MentorshipGoalEntity.MENTORSHIP_ID, MentorshipGoalEntity.PROGRESS, MentorshipGoalEntity.DONE))
                .where(MentorshipGoalEntity.MENTORSHIP_ID + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                        ids.toArray()))) {
            int[] s = sums.computeIfAbsent(row.getMentorshipId(), k -> new int[3]);
            s[0]++;
            s[1] += row.isDone() ? 1 : 0;
            s[2] += row.isDone() ? 100 : Math.max(0, Math.min(100, row.getProgress()));
        }
        sums.forEach((id, s) -> result.put(id, new GoalSummary(s[0], s[1], Math.round((float) s[2] / s[0]))));
        return result;
    }
}
