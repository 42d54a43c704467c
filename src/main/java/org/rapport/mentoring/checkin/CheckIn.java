package org.rapport.mentoring.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting of a pair as stored. Notes and next steps are private to the two people: only
 * {@link CheckInService} hands a check-in out, and only to them.
 *
 * @param helpEntryId the confirmed "mentoring" help entry this check-in added, null when the pair opted out
 */
public record CheckIn(long id, long mentorshipId, LocalDate heldOn, int durationMinutes, String notes, String nextSteps,
                      String authorKey, Long helpEntryId, Instant createdAt) {
    public CheckIn {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(createdAt, "createdAt");
        notes = notes == null ? "" : notes;
        nextSteps = nextSteps == null ? "" : nextSteps;
    }
}
