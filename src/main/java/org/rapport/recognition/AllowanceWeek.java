package org.rapport.recognition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The allowance period: the ISO week in UTC, from Monday 00:00 UTC. */
public record AllowanceWeek(int weekBasedYear, int week) {
    public static AllowanceWeek of(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return new AllowanceWeek(utc.get(IsoFields.WEEK_BASED_YEAR), utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** When the allowance of the week containing {@code instant} renews. */
    public static Instant resetAfter(Instant instant) {
        return instant.atZone(ZoneOffset.UTC)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .truncatedTo(ChronoUnit.DAYS)
                .toInstant();
    }

    /** As stored in allowance slots, e.g. {@code 2026-W47}. */
    public String key() {
        return String.format("%d-W%02d", weekBasedYear, week);
    }
}
