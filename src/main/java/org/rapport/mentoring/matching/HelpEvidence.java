package org.rapport.mentoring.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Port: how often a mentor's help on a skill was confirmed by the person helped. The help ledger
 * implements it; for a matching run callers pass a {@link #snapshot} read beforehand, so the engine
 * does no I/O and the same input always gives the same result.
 */
@FunctionalInterface
public interface HelpEvidence {
    /** Confirmed help given by {@code mentorKey} on the (normalised) {@code skill}; 0 when none. */
    int confirmedHelpCount(String mentorKey, String skill);

    /** No evidence at all. */
    HelpEvidence NONE = (mentorKey, skill) -> 0;

    /**
     * An immutable snapshot: mentor key → skill tag → confirmed help count. Skill tags are
     * normalised like the value types do (stripped, lower case); nulls and negative counts are rejected.
     */
    static HelpEvidence snapshot(Map<String, Map<String, Integer>> countsByMentor) {
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        if (countsByMentor == null) {
            throw new InvalidMatchingInputException("helpEvidence", "rapport.mentoring.match.error.helpEvidence");
        }
        countsByMentor.forEach((mentor, bySkill) -> {
            if (mentor == null || bySkill == null) {
                throw new InvalidMatchingInputException("helpEvidence", "rapport.mentoring.match.error.helpEvidence");
            }
            Map<String, Integer> skills = new HashMap<>();
            bySkill.forEach((skill, count) -> {
                if (skill == null || count == null || count < 0) {
                    throw new InvalidMatchingInputException("helpEvidence", "rapport.mentoring.match.error.helpEvidence");
                }
                skills.merge(skill.strip().toLowerCase(java.util.Locale.ROOT), count, Integer::sum);
            });
            copy.put(mentor, Map.copyOf(skills));
        });
        Map<String, Map<String, Integer>> frozen = Map.copyOf(copy);
        return (mentorKey, skill) -> frozen.getOrDefault(mentorKey, Map.of()).getOrDefault(skill, 0);
    }
}
