package org.rapport.mentoring.matching;

import java.util.List;

/** One proposed mentee-mentor pair of a programme matching run, with its score and reasons. */
public record Pairing(String menteeKey, String mentorKey, int score, List<MatchReason> reasons,
                      boolean crossDepartment) {
    public Pairing {
        reasons = List.copyOf(reasons);
    }
}
