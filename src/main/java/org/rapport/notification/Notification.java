package org.rapport.notification;

import java.time.Instant;
import java.util.Objects;

/** Something a person should know: for now, that a colleague recognised them. */
public record Notification(long id, String recipientKey, String kind, long recognitionId, String actorKey,
                           Instant createdAt, boolean read) {
    public static final String RECOGNISED = "RECOGNISED";

    public Notification {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
