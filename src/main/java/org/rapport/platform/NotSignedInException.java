package org.rapport.platform;

/** Nobody is signed in. Maps to 401 on REST and to the login page on pages. */
public final class NotSignedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("Not signed in");
    }
}
