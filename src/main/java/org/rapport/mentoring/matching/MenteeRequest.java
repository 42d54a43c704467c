package org.rapport.mentoring.matching;

import java.time.ZoneId;
import java.util.Set;

/**
 * A person waiting for a mentor, as the matching engine sees them.
 *
 * @param userKey                   the mentee's user key
 * @param skillsWanted              1..{@value #SKILLS_MAX} skill tags (normalised: stripped, lower case)
 * @param department                the mentee's department, "" when unknown
 * @param timeZone                  where the mentee works
 * @param preferOtherDepartment     score mentors from another department higher
 * @param preferOverlappingTimezone score mentors whose working hours overlap higher
 * @param managementChain           user keys never to suggest: the mentee's manager and everyone above
 *                                  (at most {@value #CHAIN_MAX})
 */
public record MenteeRequest(String userKey, Set<String> skillsWanted, String department, ZoneId timeZone,
                            boolean preferOtherDepartment, boolean preferOverlappingTimezone,
                            Set<String> managementChain) {
    public static final int SKILLS_MAX = 10;
    public static final int CHAIN_MAX = 50;

    public MenteeRequest {
        userKey = Checks.userKey("userKey", userKey);
        skillsWanted = Checks.skills("skillsWanted", skillsWanted, SKILLS_MAX);
        department = Checks.department("department", department);
        if (timeZone == null) {
            throw new InvalidMatchingInputException("timeZone", "rapport.mentoring.match.error.timeZone");
        }
        if (managementChain == null) {
            managementChain = Set.of();
        }
        if (managementChain.size() > CHAIN_MAX) {
            throw new InvalidMatchingInputException("managementChain", "rapport.mentoring.match.error.managementChain");
        }
        for (String key : managementChain) {
            Checks.userKey("managementChain", key);
        }
        managementChain = Set.copyOf(managementChain);
    }

    /** True when this mentor may never be proposed to this mentee: self or in the management chain. */
    public boolean excludes(String mentorKey) {
        return userKey.equals(mentorKey) || managementChain.contains(mentorKey);
    }
}
