package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Compile-time stand-in (atlassian-scheduler API): when a job runs. Only the interval form is
 * provided here: every {@code intervalInMillis} (0 = once), first at {@code firstRunTime} (null = now).
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    /** Stand-in accessor for the standalone host (the real class exposes it through {@code getIntervalScheduleInfo()}). */
    public long intervalInMillis() {
        return intervalInMillis;
    }

    /** Stand-in accessor for the standalone host. */
    public Date firstRunTime() {
        return firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }
}
