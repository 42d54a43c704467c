package org.rapport.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a person should know: that a colleague recognised them ({@code recognitionId} is the
 * recognition), or logged help for them to confirm ({@code recognitionId} is then the help entry's id).
 */
public record Notification(long id, String recipientKey, String kind, long recognitionId, String actorKey,
                           Instant createdAt, boolean read) {
    public static final String RECOGNISED = "RECOGNISED";
    public static final String HELP_PENDING = "HELP_PENDING";
    /** A pairing's check-in is overdue; {@code recognitionId} is then the pairing's id. */
    public static final String CHECK_IN_OVERDUE = "CHECK_IN_OVERDUE";

    public Notification {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
