package org.rapport.recognition;

import java.time.Instant;
import java.util.Objects;

/** A colleague's comment on a recognition. */
public record Comment(long id, long recognitionId, String authorKey, String body, Instant createdAt) {
    public static final int BODY_MAX = 1000;

    public Comment {
        Objects.requireNonNull(authorKey, "authorKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
