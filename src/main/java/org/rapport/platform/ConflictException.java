package org.rapport.platform;

/** The request is valid but clashes with the current state (a duplicate name, a stale order). Maps to 409. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FieldError error;

    public ConflictException(FieldError error) {
        this(error, null);
    }

    /** A conflict the database detected; the cause is kept for the logs. */
    public ConflictException(FieldError error, Throwable cause) {
        super("Conflict: " + error, cause);
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
