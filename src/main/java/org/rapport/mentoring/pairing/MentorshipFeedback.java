package org.rapport.mentoring.pairing;

import java.time.Instant;
import java.util.Objects;

/**
 * One side's feedback on a finished pairing: a rating from 1 to 5 and an optional comment. Private
 * to the pair and coordinators; a manager's view never carries it.
 */
public record MentorshipFeedback(long mentorshipId, MentoringSide side, String authorKey, int rating, String comment,
                                 Instant createdAt) {
    public MentorshipFeedback {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(createdAt, "createdAt");
        comment = comment == null ? "" : comment;
    }
}
