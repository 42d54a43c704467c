package org.rapport.mentoring.matching;

import java.util.List;

/**
 * One explained part of a pair's score, ready for i18n: the view resolves {@code messageKey} with
 * {@code arguments} ({0}, {1}, ...) in the reader's language.
 *
 * @param messageKey one of the {@code KEY_*} constants
 * @param points     what this reason added to the score
 * @param arguments  the message arguments as plain strings (skill tag, counts, department)
 */
public record MatchReason(String messageKey, int points, List<String> arguments) {
    /** {0} = skill tag. */
    public static final String KEY_SHARED_SKILL = "rapport.mentoring.match.reason.sharedSkill";
    /** {0} = skill tag, {1} = confirmed help count (as counted, at most the cap). */
    public static final String KEY_HELP_EVIDENCE = "rapport.mentoring.match.reason.helpEvidence";
    /** {0} = the mentor's department. */
    public static final String KEY_OTHER_DEPARTMENT = "rapport.mentoring.match.reason.otherDepartment";
    /** {0} = overlapping working hours. */
    public static final String KEY_TIMEZONE_OVERLAP = "rapport.mentoring.match.reason.timezoneOverlap";

    public MatchReason {
        if (messageKey == null || messageKey.isBlank() || points < 0) {
            throw new IllegalArgumentException("a reason needs a message key and non-negative points");
        }
        arguments = List.copyOf(arguments);
    }
}
