package org.rapport.standalone.users;

import java.util.Objects;

/** A person who can sign in to the standalone host. */
public record HostUser(String key, String username, String displayName, String email, boolean admin, boolean active) {
    public HostUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        email = email == null ? "" : email;
    }
}
