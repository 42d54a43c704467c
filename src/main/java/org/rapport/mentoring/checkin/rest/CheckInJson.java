package org.rapport.mentoring.checkin.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/** What the check-in, goal and rhythm endpoints of a pairing return. */
public final class CheckInJson {
    private CheckInJson() {
    }

    /** A check-in as the pair sees it ({@code mine}: the caller logged it and may change it). */
    public record CheckIn(long id, long pairingId, String date, int durationMinutes, String notes, String nextSteps,
                          PersonJson author, boolean mine, boolean countsAsHelp, String createdAt) {
    }

    /** A page of check-ins, newest first; {@code next} continues it (null at the end). */
    public record CheckInPage(List<CheckIn> items, String next) {
    }

    public record Goal(long id, long pairingId, String title, String targetDate, int progress, boolean done, String createdAt,
                       String updatedAt) {
    }

    public record Goals(List<Goal> items, int max) {
    }

    /** A pairing's rhythm and where it stands ({@code nextDueAt}: when it becomes overdue). */
    public record Rhythm(long pairingId, int cadenceDays, boolean countsAsHelp, int checkInCount, String lastCheckInOn,
                         String nextDueAt) {
    }
}
