package org.rapport.platform;

/** The caller is known but may not do this. Maps to 403. */
public final class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String action) {
        super("Not allowed: " + action);
    }
}
