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
 * @param sections which of the pairing's check-ins and goals this viewer may read and change
 */
public record PairingView(Mentorship pairing, boolean privateDetails, List<String> actions, List<MentorshipFeedback> feedback,
                          boolean overdue, Sections sections) {
    public PairingView {
        Objects.requireNonNull(pairing, "pairing");
        Objects.requireNonNull(sections, "sections");
        actions = List.copyOf(actions);
        feedback = privateDetails ? List.copyOf(feedback) : List.of();
    }

    /**
     * What of a pairing's check-ins and goals one viewer may see, so a page offers only what the
     * check-in and goal resources will answer: the pair reads both and changes them while the
     * pairing is active; a coordinator outside the pair reads the goals (check-in notes stay
     * private); a manager reads neither and has the pairing's counts and health instead.
     *
     * @param checkIns  may read the check-ins
     * @param goals     may read the goals
     * @param canChange may log check-ins, change the rhythm and change goals now
     */
    public record Sections(boolean checkIns, boolean goals, boolean canChange) {
        public static final Sections NONE = new Sections(false, false, false);

        /** The rule above for one viewer of {@code m}; {@code coordinator} matters only outside the pair. */
        public static Sections of(Mentorship m, String viewerKey, boolean coordinator) {
            if (m.involves(viewerKey)) {
                return new Sections(true, true, m.status() == MentorshipStatus.ACTIVE);
            }
            return coordinator ? new Sections(false, true, false) : NONE;
        }
    }
}
