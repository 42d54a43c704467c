package org.rapport.people;

import java.util.Objects;

/** A colleague as Rapport shows them: stable key, username, display name and avatar. */
public record Person(String key, String username, String displayName, String avatarUrl) {
    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        avatarUrl = avatarUrl == null ? "" : avatarUrl;
    }
}
