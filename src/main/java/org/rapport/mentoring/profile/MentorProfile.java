package org.rapport.mentoring.profile;

import org.rapport.skills.SkillTag;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A person's offer to mentor: the skills they offer (canonical tags), how many mentees they take at
 * once, whether they are open to new mentees, a short bio and where they work.
 */
public record MentorProfile(String personKey, List<SkillTag> skills, int capacity, boolean paused, String bio,
                            ZoneId timeZone, Instant updatedAt) {
    public MentorProfile {
        Objects.requireNonNull(personKey, "personKey");
        skills = List.copyOf(skills);
        bio = bio == null ? "" : bio;
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Open for new mentees: not paused and taking at least one. (Active pairings are counted by the caller.) */
    public boolean open() {
        return !paused && capacity > 0;
    }
}
