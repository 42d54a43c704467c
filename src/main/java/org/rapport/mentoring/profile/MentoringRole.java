package org.rapport.mentoring.profile;

import java.util.Optional;

/** A person's mentoring role as a profile panel shows it: mentor (open or paused, capacity) and/or mentee. */
public record MentoringRole(Optional<MentorProfile> mentor, boolean mentee) {
    public MentoringRole {
        mentor = mentor == null ? Optional.empty() : mentor;
    }
}
