package org.rapport.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who sees the recognition leaderboards. Admins always do. */
public enum LeaderboardVisibility {
    /** Every signed-in person. */
    EVERYONE,
    /** Managers only: people named as someone's manager in the org data. */
    MANAGERS,
    /** Nobody but admins. */
    NOBODY;

    public static Optional<LeaderboardVisibility> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(wanted)).findFirst();
    }
}
