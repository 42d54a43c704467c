package org.rapport.mentoring.pairing.rest;

import java.util.List;

/**
 * A pairing as {@code /rest/rapport/1.0/mentoring/pairings} shows it. {@code message},
 * {@code endReason} and {@code feedback} are null for a manager looking at a report's pairing;
 * {@code health} is ON_TRACK or OVERDUE for an active pairing, null otherwise; {@code sections} says
 * which of the check-ins and goals this viewer may read and change.
 */
public record PairingJson(long id, Person mentor, Person mentee, String status, String proposedBy, boolean mentorAccepted,
                          boolean menteeAccepted, String message, int cadenceDays, boolean countsAsHelp, String createdAt,
                          String startedAt, String endedAt, String endReason, String lastCheckInOn, int checkInCount,
                          String health, List<String> actions, List<Feedback> feedback, Sections sections) {
    /** A side of the pairing: the user key and display name. */
    public record Person(String key, String name) {
    }

    /** One side's feedback: MENTOR or MENTEE, 1-5, and the comment. */
    public record Feedback(String side, int rating, String comment, String createdAt) {
    }

    /** What of the check-ins and goals the viewer may read, and whether they may change them now. */
    public record Sections(boolean checkIns, boolean goals, boolean canChange) {
    }

    /** One page: the pairings and the cursor of the next page (null at the end). */
    public record Page(List<PairingJson> items, String next) {
    }
}
