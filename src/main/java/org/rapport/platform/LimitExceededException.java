package org.rapport.platform;

import java.time.Instant;

/** The caller used up an allowance; it renews at {@link #resetsAt()}. Maps to 429 with Retry-After. */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FieldError error;
    private final Instant resetsAt;

    public LimitExceededException(FieldError error, Instant resetsAt) {
        super("Limit exceeded: " + error);
        this.error = error;
        this.resetsAt = resetsAt;
    }

    public FieldError error() {
        return error;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
