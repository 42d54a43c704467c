package org.rapport.mentoring;

import javax.inject.Named;
import java.util.Collection;
import java.util.Map;

/**
 * The {@link ActiveMentees} of the release without pairings: nobody has an active mentee yet.
 * TODO(issue 5, pairings): replace with a count over the pairings table once it exists.
 */
@Named
public class NoPairingsYet implements ActiveMentees {
    @Override
    public Map<String, Integer> countsFor(Collection<String> mentorKeys) {
        return Map.of();
    }
}
