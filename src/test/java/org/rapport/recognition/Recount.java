package org.rapport.recognition;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.rapport.platform.AnonymousPerson;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts everything again from the rows, without the code that moves counters: what every
 * counter should hold if counters were rebuilt from scratch. A recognition counts when it is
 * public and not hidden; its giver under "given", each recipient under "received", for every
 * period containing its creation and for all categories and its own; an anonymised person
 * counts nowhere. Reactions count per recognition and kind.
 */
public final class Recount {
    private Recount() {
    }

    /** Counter text ({@code BOARD|SUBJECT}) to count, as recounted from the rows. */
    public static Map<String, Integer> expected(ActiveObjects ao) {
        Map<Integer, List<String>> recipients = new HashMap<>();
        for (RecipientEntity row : ao.find(RecipientEntity.class, Query.select(RecipientEntity.ALL_COLUMNS))) {
            recipients.computeIfAbsent(row.getRecognitionId(), k -> new ArrayList<>()).add(row.getRecipientKey());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (RecognitionEntity row : ao.find(RecognitionEntity.class, Query.select(RecognitionEntity.ALL_COLUMNS))) {
            if (!Visibility.PUBLIC.name().equals(row.getVisibility()) || row.getHidden()) {
                continue;
            }
            for (LeaderboardPeriod period : LeaderboardPeriod.values()) {
                String periodKey = period.key(row.getCreatedAt().toInstant());
                List<Long> categories = row.getCategoryId() > 0 ? List.of(0L, (long) row.getCategoryId()) : List.of(0L);
                for (long category : categories) {
                    count(counts, Direction.GIVEN.board(periodKey, category), row.getGiverKey());
                    for (String recipient : recipients.getOrDefault(row.getID(), List.of())) {
                        count(counts, Direction.RECEIVED.board(periodKey, category), recipient);
                    }
                }
            }
        }
        for (ReactionEntity row : ao.find(ReactionEntity.class, Query.select(ReactionEntity.ALL_COLUMNS))) {
            count(counts, "X|" + row.getRecognitionId(), row.getKind());
        }
        return counts;
    }

    /** What the counters table holds. */
    public static Map<String, Integer> actual(ActiveObjects ao) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TallyEntity row : ao.find(TallyEntity.class, Query.select(TallyEntity.ALL_COLUMNS))) {
            counts.put(row.getBoard() + "|" + row.getSubject(), row.getTally());
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, String board, String subject) {
        if (!AnonymousPerson.is(subject)) {
            counts.merge(board + "|" + subject, 1, Integer::sum);
        }
    }
}
