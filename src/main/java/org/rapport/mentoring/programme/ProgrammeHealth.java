package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.MentorshipStatus;
import java.util.Map;

/**
 * How the mentoring programme is doing.
 *
 * @param menteesWithProfile  people with a mentee profile
 * @param menteesMatched      of those, how many are mentee in a proposed or active pairing
 * @param matchedShare        menteesMatched / menteesWithProfile (0 when nobody has a profile)
 * @param openMentors         mentors not paused and taking at least one mentee
 * @param averageUtilisation  mean of active mentees / capacity over the open mentors (0 without any)
 * @param mentorLoad          how many open mentors are idle (no active mentee), partly used, and full
 * @param activePairings      active pairings
 * @param overduePairings     active pairings past their next check-in (cadence plus grace)
 * @param overdueShare        overduePairings / activePairings (0 without any)
 * @param byStatus            pairings per status, every status present
 * @param truncated           true when a pool was larger than {@value MentoringProgramme#POOL_MAX} and the
 *                            figures were computed from its first rows only
 */
public record ProgrammeHealth(int menteesWithProfile, int menteesMatched, double matchedShare, int openMentors,
                              double averageUtilisation, Map<String, Integer> mentorLoad, int activePairings,
                              int overduePairings, double overdueShare, Map<MentorshipStatus, Integer> byStatus,
                              boolean truncated) {
    public static final String LOAD_IDLE = "idle";
    public static final String LOAD_PARTLY = "partly";
    public static final String LOAD_FULL = "full";

    public ProgrammeHealth {
        mentorLoad = Map.copyOf(mentorLoad);
        byStatus = Map.copyOf(byStatus);
    }
}
