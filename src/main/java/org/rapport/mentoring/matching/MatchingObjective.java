package org.rapport.mentoring.matching;

/**
 * What "optimal" means for programme matching. Both are lexicographic and exact (integer scores,
 * no tolerance): the first criterion is maximised, and among all assignments that reach it the second.
 */
public enum MatchingObjective {
    /** Match as many waiting mentees as capacity allows, then maximise the total score. The default. */
    MOST_MATCHED_THEN_SCORE,
    /** Maximise the total score, then match as many mentees as possible without lowering it. */
    HIGHEST_SCORE
}
