package org.rapport.mentoring.matching;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Validation shared by the matching value types; every failure names its field and an i18n key. */
final class Checks {
    private Checks() {
    }

    static String userKey(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MentorCandidate.USER_KEY_MAX) {
            throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.userKey");
        }
        return value;
    }

    /** Department names are compared as given; blank or missing means "unknown" and is stored as "". */
    static String department(String field, String value) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.length() > MentorCandidate.DEPARTMENT_MAX) {
            throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.department");
        }
        return cleaned;
    }

    /**
     * Skill tags are matched case-insensitively: each is stripped and lower-cased (Locale.ROOT), and
     * the set is sorted, so reasons list skills in the same order whatever order the caller used.
     */
    static Set<String> skills(String field, Collection<String> tags, int max) {
        if (tags == null || tags.isEmpty() || tags.size() > max) {
            throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.skills", max);
        }
        Set<String> normalised = new TreeSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.strip().length() > MentorCandidate.SKILL_MAX) {
                throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.skill", MentorCandidate.SKILL_MAX);
            }
            normalised.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSet(normalised);
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.range", min, max);
        }
        return value;
    }
}
