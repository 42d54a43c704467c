package org.rapport.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A colleague's recognition of one or more others: who gave it, to whom, in which category (0 =
 * none), the message and an optional link, who may see it, and whether an admin hid it.
 */
public record Recognition(long id, String giverKey, List<String> recipientKeys, long categoryId, String message,
                          String link, Visibility visibility, boolean hidden, Instant createdAt, Instant updatedAt) {
    public Recognition {
        Objects.requireNonNull(giverKey, "giverKey");
        recipientKeys = List.copyOf(recipientKeys);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean involves(String userKey) {
        return giverKey.equals(userKey) || recipientKeys.contains(userKey);
    }

    public boolean shownPublicly() {
        return visibility == Visibility.PUBLIC && !hidden;
    }
}
