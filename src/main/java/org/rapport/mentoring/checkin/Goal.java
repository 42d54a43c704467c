package org.rapport.mentoring.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A goal a pair works on: visible to the two people and to coordinators. */
public record Goal(long id, long mentorshipId, String title, LocalDate targetDate, int progress, boolean done,
                   Instant createdAt, Instant updatedAt) {
    public Goal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
