package org.rapport.standalone;

/** The host will not start with these options and this data; the message says why and what to do. */
public final class HostRefusedToStart extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HostRefusedToStart(String message) {
        super(message);
    }
}
