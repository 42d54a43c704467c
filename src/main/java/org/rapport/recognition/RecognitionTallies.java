package org.rapport.recognition;

import org.rapport.tally.Tally;
import org.rapport.platform.AnonymousPerson;

import java.util.HashMap;
import java.util.Map;

/**
 * Which counters a recognition moves: for the giver (given) and each recipient (received), every
 * period containing its creation time, for all categories and for its own. Only recognitions
 * shown publicly count, so private and hidden ones never surface in a count or a leaderboard; an
 * anonymised person ({@link AnonymousPerson}) is counted nowhere.
 */
public final class RecognitionTallies {
    private RecognitionTallies() {
    }

    /** The changes for adding ({@code sign} +1) or removing (-1) a recognition. */
    public static Map<Tally.Key, Integer> of(Recognition recognition, int sign) {
        Map<Tally.Key, Integer> deltas = new HashMap<>();
        if (!recognition.shownPublicly()) {
            return deltas;
        }
        for (LeaderboardPeriod period : LeaderboardPeriod.values()) {
            String periodKey = period.key(recognition.createdAt());
            add(deltas, Direction.GIVEN, periodKey, recognition.categoryId(), recognition.giverKey(), sign);
            for (String recipient : recognition.recipientKeys()) {
                add(deltas, Direction.RECEIVED, periodKey, recognition.categoryId(), recipient, sign);
            }
        }
        return deltas;
    }

    /** Both maps' changes added together. */
    public static Map<Tally.Key, Integer> plus(Map<Tally.Key, Integer> a, Map<Tally.Key, Integer> b) {
        Map<Tally.Key, Integer> sum = new HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    private static void add(Map<Tally.Key, Integer> deltas, Direction direction, String periodKey, long categoryId,
                            String subject, int sign) {
        if (AnonymousPerson.is(subject)) {
            return;
        }
        deltas.merge(new Tally.Key(direction.board(periodKey, 0), subject), sign, Integer::sum);
        if (categoryId > 0) {
            deltas.merge(new Tally.Key(direction.board(periodKey, categoryId), subject), sign, Integer::sum);
        }
    }
}
