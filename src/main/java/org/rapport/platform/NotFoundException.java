package org.rapport.platform;

/**
 * The object does not exist, or the caller may not know that it exists. Maps to 404, never to 403,
 * so that a private object's existence does not leak.
 */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
