package org.rapport.mentoring;

import java.util.Collection;
import java.util.Map;

/**
 * Port: how many active mentees each mentor has now, so a full mentor is never suggested. Pairings
 * (issue 5, next slice) implement it from their table; until they exist, {@link NoPairingsYet}
 * answers zero for everyone and only capacity 0 or "paused" keeps a mentor out.
 */
public interface ActiveMentees {
    /** Active mentee counts of the given mentors; missing mentors have none. Bounded by the caller's list. */
    Map<String, Integer> countsFor(Collection<String> mentorKeys);
}
