package org.rapport.mentoring.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pairing of a mentor and a mentee, from proposal to end. Holds no private content: check-in notes
 * and feedback text live in their own records, so a manager's view can be built from this alone.
 *
 * @param lastCheckInOn date of the latest check-in, null before the first
 * @param nextDueAt     when an active pairing becomes overdue (cadence plus grace), null unless active
 */
public record Mentorship(long id, String mentorKey, String menteeKey, MentorshipStatus status, ProposedBy proposedBy,
                         String proposerKey, boolean mentorAccepted, boolean menteeAccepted, String message,
                         int cadenceDays, boolean countsAsHelp, Instant createdAt, Instant startedAt, Instant endedAt,
                         String endReason, String endedBy, LocalDate lastCheckInOn, int checkInCount, Instant nextDueAt) {
    public Mentorship {
        Objects.requireNonNull(mentorKey, "mentorKey");
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposerKey, "proposerKey");
        Objects.requireNonNull(createdAt, "createdAt");
        message = message == null ? "" : message;
    }

    /** Whether the person is the mentor or the mentee of this pairing. */
    public boolean involves(String personKey) {
        return mentorKey.equals(personKey) || menteeKey.equals(personKey);
    }

    /** The person's side, if they are in the pair. */
    public Optional<MentoringSide> sideOf(String personKey) {
        if (mentorKey.equals(personKey)) {
            return Optional.of(MentoringSide.MENTOR);
        }
        if (menteeKey.equals(personKey)) {
            return Optional.of(MentoringSide.MENTEE);
        }
        return Optional.empty();
    }

    /** Active and past its due time (cadence plus grace since the last check-in or the start). */
    public boolean overdueAt(Instant now) {
        return status == MentorshipStatus.ACTIVE && nextDueAt != null && now.isAfter(nextDueAt);
    }
}
