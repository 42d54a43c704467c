package org.rapport.mentoring.programme;

import org.rapport.mentoring.checkin.GoalSummary;
import org.rapport.mentoring.pairing.MentoringSide;
import org.rapport.mentoring.pairing.MentorshipStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One pairing of a manager's direct report, as the manager sees it: who, in which role, with whom,
 * how it goes. Deliberately holds no private content (no proposal message, notes, next steps or
 * feedback), so nothing built from it can leak them.
 *
 * @param since         when it started, or when it was proposed if it has not
 * @param lastCheckInOn the latest check-in's date, null before the first
 */
public record TeamPairing(long id, String reportKey, MentoringSide reportRole, String otherKey, MentorshipStatus status,
                          Instant since, LocalDate lastCheckInOn, int checkInCount, PairingHealth health, GoalSummary goals) {
}
