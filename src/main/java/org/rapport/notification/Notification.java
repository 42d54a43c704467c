package org.rapport.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a person should know: that a colleague recognised them ({@code recognitionId} is the
 * recognition), logged help for them to confirm ({@code recognitionId} is then the help entry's id),
 * or proposed, accepted, declined or ended a mentoring pairing with them ({@code recognitionId} is
 * then the pairing's id).
 */
public record Notification(long id, String recipientKey, String kind, long recognitionId, String actorKey,
                           Instant createdAt, boolean read) {
    public static final String RECOGNISED = "RECOGNISED";
    public static final String HELP_PENDING = "HELP_PENDING";
    public static final String MENTORSHIP_PROPOSED = "MENTORSHIP_PROPOSED";
    public static final String MENTORSHIP_ACCEPTED = "MENTORSHIP_ACCEPTED";
    /** Declined by the other side, or withdrawn by the proposer. */
    public static final String MENTORSHIP_DECLINED = "MENTORSHIP_DECLINED";
    /** Completed or ended early. */
    public static final String MENTORSHIP_ENDED = "MENTORSHIP_ENDED";

    /** Whether the subject id of this kind is a mentoring pairing. */
    public static boolean aboutPairing(String kind) {
        return kind.startsWith("MENTORSHIP_") || CHECK_IN_OVERDUE.equals(kind);
    }
    /** A pairing's check-in is overdue; {@code recognitionId} is then the pairing's id. */
    public static final String CHECK_IN_OVERDUE = "CHECK_IN_OVERDUE";

    public Notification {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
