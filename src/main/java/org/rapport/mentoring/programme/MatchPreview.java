package org.rapport.mentoring.programme;

import org.rapport.mentoring.matching.ProgrammeMatch;

/**
 * "Match everyone waiting", as a preview: the optimal pairs with their scores and reasons and the
 * fairness figures. Nothing is stored until the coordinator commits the pairs.
 *
 * @param truncated true when more than {@value MentoringProgramme#POOL_MAX} mentees or mentors exist and
 *                  only the first (by user key) were considered
 */
public record MatchPreview(ProgrammeMatch match, boolean truncated) {
}
