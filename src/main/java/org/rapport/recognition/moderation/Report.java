package org.rapport.recognition.moderation;

import java.time.Instant;
import java.util.Objects;

/** A person's report that a recognition needs an admin's look, and how it was resolved (if it was). */
public record Report(long id, long recognitionId, String reporterKey, String reason, Instant createdAt, ReportState state,
                     String resolvedBy, Instant resolvedAt) {
    public Report {
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
    }
}
