package org.rapport.mentoring.matching;

/**
 * How fair a programme matching is, for the coordinator's preview.
 *
 * @param waiting              mentees that were waiting
 * @param matched              mentees that got a mentor
 * @param matchedShare         matched / waiting (0 when nobody waited)
 * @param crossDepartmentPairs pairs whose departments are both known and differ
 * @param crossDepartmentShare crossDepartmentPairs / matched (0 when nothing matched)
 * @param mentorsWithCapacity  mentors counted for the load figures: not paused, capacity above zero
 * @param minUtilisation       lowest (active + new mentees) / capacity among those mentors
 * @param maxUtilisation       highest such utilisation (above 1 only for a mentor already over capacity)
 * @param meanUtilisation      mean utilisation
 * @param utilisationStdDev    population standard deviation of the utilisation: the spread of load
 */
public record FairnessFigures(int waiting, int matched, double matchedShare, int crossDepartmentPairs,
                              double crossDepartmentShare, int mentorsWithCapacity, double minUtilisation,
                              double maxUtilisation, double meanUtilisation, double utilisationStdDev) {
}
