package org.rapport.mentoring.pairing;

import org.rapport.mentoring.profile.ActiveMentees;
import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.Map;

/** {@link ActiveMentees} from the pairing table: a mentor's active pairings, counted in chunked, indexed SELECTs. */
@Named
public class ActivePairingCounts implements ActiveMentees {
    private final MentorshipStore store;

    @Inject
    public ActivePairingCounts(MentorshipStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Integer> countsFor(Collection<String> mentorKeys) {
        return store.activeCounts(mentorKeys);
    }
}
