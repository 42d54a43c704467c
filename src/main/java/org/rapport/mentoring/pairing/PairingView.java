package org.rapport.mentoring.pairing;

import java.util.List;
import java.util.Objects;

/**
 * A pairing as one viewer may see it. For a manager looking at a report's pairing
 * ({@code privateDetails} false) the proposer's message and the end reason are blanked and no
 * feedback is attached; the pair and coordinators see everything.
 *
 * @param actions  what this viewer may do now: accept, decline, withdraw, end, feedback
 * @param overdue  active and past its due time
 */
public record PairingView(Mentorship pairing, boolean privateDetails, List<String> actions, List<MentorshipFeedback> feedback,
                          boolean overdue) {
    public PairingView {
        Objects.requireNonNull(pairing, "pairing");
        actions = List.copyOf(actions);
        feedback = privateDetails ? List.copyOf(feedback) : List.of();
    }
}
