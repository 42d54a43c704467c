package org.rapport.platform;

/** The request is valid but clashes with the current state (a duplicate name, a stale order). Maps to 409. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FieldError error;

    public ConflictException(FieldError error) {
        super("Conflict: " + error);
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
