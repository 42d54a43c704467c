package org.rapport.tally;

/** A counter changed between reading and writing it; the whole transaction is retried. */
public final class TallyConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TallyConflictException(String message) {
        super(message);
    }
}
