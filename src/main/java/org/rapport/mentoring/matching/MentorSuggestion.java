package org.rapport.mentoring.matching;

import java.util.List;

/** A mentor proposed to a mentee, with the score and the reasons that make it up (points add up to the score). */
public record MentorSuggestion(String mentorKey, int score, List<MatchReason> reasons) {
    public MentorSuggestion {
        reasons = List.copyOf(reasons);
    }
}
