package org.rapport.mentoring.checkin;

/**
 * How a pairing's goals stand, without their titles: how many, how many done, and the average
 * progress in percent (a done goal counts as 100).
 */
public record GoalSummary(int count, int done, int averageProgress) {
    public static final GoalSummary NONE = new GoalSummary(0, 0, 0);
}
