package org.rapport.standalone.auth;

import java.time.Instant;

/**
 * One browser sign-in, as the database keeps it. {@code id} is the SHA-256 of the cookie's value,
 * never the value itself, so a copy of the table does not let anyone take over a session.
 */
public record HostSession(String id, String userKey, Instant created, Instant lastSeen, Instant expires) {
}
