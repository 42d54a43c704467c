package org.rapport.recognition.moderation;

import java.time.Instant;
import java.util.Objects;

/** Who hid a recognition, when and why; exists while the recognition is hidden. */
public record Hiding(long id, long recognitionId, String hiddenBy, Instant hiddenAt, String reason) {
    public Hiding {
        Objects.requireNonNull(hiddenBy, "hiddenBy");
        Objects.requireNonNull(hiddenAt, "hiddenAt");
        Objects.requireNonNull(reason, "reason");
    }
}
