package org.rapport.platform;

import java.util.Objects;

/**
 * The signed-in person a service acts for, identified by the host's stable user key (not the
 * username, which can be renamed). Services take an Actor and check its rights themselves.
 */
public record Actor(String userKey) {
    public Actor {
        Objects.requireNonNull(userKey, "userKey");
        if (userKey.isBlank()) {
            throw new IllegalArgumentException("userKey is blank");
        }
    }
}
