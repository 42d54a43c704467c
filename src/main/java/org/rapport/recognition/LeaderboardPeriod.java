package org.rapport.recognition;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** The periods counters and leaderboards are kept for, in UTC. */
public enum LeaderboardPeriod {
    WEEK, MONTH, QUARTER, YEAR, ALL;

    /** The period containing {@code instant}, as part of a board name: {@code W2026-47}, {@code Q2026-4}, ... */
    public String key(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return switch (this) {
            case WEEK -> "W" + AllowanceWeek.of(instant).key();
            case MONTH -> String.format("M%d-%02d", utc.getYear(), utc.getMonthValue());
            case QUARTER -> "Q" + utc.getYear() + "-" + utc.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> "Y" + utc.getYear();
            case ALL -> "A";
        };
    }

    public static Optional<LeaderboardPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
