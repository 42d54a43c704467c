package org.rapport.mentoring.profile;

import java.util.Optional;

/**
 * A person's mentoring as their profile shows it to one viewer: their mentor profile (public) with
 * how many mentees they mentor now, whether they look for a mentor (only they themself learn that:
 * the mentee profile is private), and whether the viewer may ask them to be their mentor.
 */
public record MentoringStanding(Optional<MentorProfile> mentor, int activeMentees, boolean mentee, boolean viewerMayAsk) {
    /** Where a mentor stands for new mentees. */
    public enum Availability { OPEN, PAUSED, FULL }

    public MentoringStanding {
        mentor = mentor == null ? Optional.empty() : mentor;
        if (activeMentees < 0) {
            throw new IllegalArgumentException("activeMentees < 0");
        }
        if (viewerMayAsk && mentor.isEmpty()) {
            throw new IllegalArgumentException("nobody to ask");
        }
    }

    /** Paused wins; otherwise full once the active mentees fill the capacity (a capacity of 0 is always full). */
    public Optional<Availability> availability() {
        return mentor.map(m -> m.paused() ? Availability.PAUSED
                : activeMentees >= m.capacity() ? Availability.FULL : Availability.OPEN);
    }
}
