package org.rapport.mentoring.matching;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * A person who offers mentoring, as the matching engine sees them.
 *
 * @param userKey        the mentor's user key
 * @param skillsOffered  1..{@value #SKILLS_MAX} skill tags (normalised: stripped, lower case)
 * @param department     the mentor's department, "" when unknown
 * @param timeZone       where the mentor works, for working-hour overlap
 * @param capacity       how many mentees the mentor takes at once, 0..{@value #CAPACITY_MAX}
 * @param activeMentees  mentees the mentor has now (may exceed a lowered capacity: then full)
 * @param paused         a paused mentor is never suggested or matched
 */
public record MentorCandidate(String userKey, Set<String> skillsOffered, String department, ZoneId timeZone,
                              int capacity, int activeMentees, boolean paused) {
    public static final int USER_KEY_MAX = 255;
    public static final int SKILL_MAX = 60;
    public static final int SKILLS_MAX = 20;
    public static final int DEPARTMENT_MAX = 120;
    public static final int CAPACITY_MAX = 10;

    public MentorCandidate {
        userKey = Checks.userKey("userKey", userKey);
        skillsOffered = Checks.skills("skillsOffered", skillsOffered, SKILLS_MAX);
        department = Checks.department("department", department);
        if (timeZone == null) {
            throw new InvalidMatchingInputException("timeZone", "rapport.mentoring.match.error.timeZone");
        }
        Checks.range("capacity", capacity, 0, CAPACITY_MAX);
        if (activeMentees < 0) {
            throw new InvalidMatchingInputException("activeMentees", "rapport.mentoring.match.error.activeMentees");
        }
    }

    /** Convenience for callers holding any collection of tags. */
    public static MentorCandidate of(String userKey, Collection<String> skills, String department, ZoneId timeZone,
                                     int capacity, int activeMentees, boolean paused) {
        return new MentorCandidate(userKey, skills == null ? null : Set.copyOf(skills), department, timeZone, capacity,
                activeMentees, paused);
    }

    /** Places left: capacity minus active mentees, never below zero. */
    public int freePlaces() {
        return Math.max(0, capacity - activeMentees);
    }

    /** True when the mentor may take a new mentee now: not paused and not full. */
    public boolean available() {
        return !paused && freePlaces() > 0;
    }
}
