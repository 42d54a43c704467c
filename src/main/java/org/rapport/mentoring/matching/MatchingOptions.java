package org.rapport.mentoring.matching;

/**
 * How a programme matching run works.
 *
 * @param candidatesPerMentee how many best-scoring mentors per mentee become edges of the assignment
 *                            problem, 1..{@value #CANDIDATES_MAX}; the optimum is exact over these
 *                            candidate edges (a mentee is never given a mentor outside its own top K)
 * @param objective           what "optimal" means, see {@link MatchingObjective}
 */
public record MatchingOptions(int candidatesPerMentee, MatchingObjective objective) {
    public static final int CANDIDATES_MAX = 200;
    public static final MatchingOptions DEFAULTS = new MatchingOptions(20, MatchingObjective.MOST_MATCHED_THEN_SCORE);

    public MatchingOptions {
        Checks.range("candidatesPerMentee", candidatesPerMentee, 1, CANDIDATES_MAX);
        if (objective == null) {
            throw new InvalidMatchingInputException("objective", "rapport.mentoring.match.error.objective");
        }
    }
}
