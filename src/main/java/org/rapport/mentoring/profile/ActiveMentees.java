package org.rapport.mentoring.profile;

import java.util.Collection;
import java.util.Map;

/**
 * Port: how many active mentees each mentor has now, so a full mentor is never suggested.
 * {@link ActivePairingCounts} answers it from the pairing table.
 */
public interface ActiveMentees {
    /** Active mentee counts of the given mentors; missing mentors have none. Bounded by the caller's list. */
    Map<String, Integer> countsFor(Collection<String> mentorKeys);
}
