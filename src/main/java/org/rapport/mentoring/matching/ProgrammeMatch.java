package org.rapport.mentoring.matching;

import java.util.List;

/**
 * The result of "match everyone waiting": a preview until the coordinator commits it (committing is
 * the mentoring service's job; this record changes nothing).
 *
 * @param pairs            the proposed pairs, in mentee user-key order
 * @param unmatchedMentees user keys of waiting mentees left without a mentor, in order
 * @param totalScore       the sum of the pairs' scores (the optimised objective)
 * @param fairness         the fairness figures of this assignment
 * @param options          the options the run used
 * @param candidateEdges   how many candidate pairs the optimisation considered
 */
public record ProgrammeMatch(List<Pairing> pairs, List<String> unmatchedMentees, long totalScore,
                             FairnessFigures fairness, MatchingOptions options, int candidateEdges) {
    public ProgrammeMatch {
        pairs = List.copyOf(pairs);
        unmatchedMentees = List.copyOf(unmatchedMentees);
    }
}
