package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.Mentorship;
import java.time.Instant;

/**
 * Whether a pairing keeps its rhythm, as managers and coordinators see it: a proposal has not
 * started; an active pairing is on track until its next check-in is due (cadence plus grace, see
 * {@link Mentorship#nextDueAt()}), then overdue; a completed, ended, declined or withdrawn one is closed.
 */
public enum PairingHealth {
    NOT_STARTED, ON_TRACK, OVERDUE, CLOSED;

    public static PairingHealth of(Mentorship m, Instant now) {
        return switch (m.status()) {
            case PROPOSED -> NOT_STARTED;
            case ACTIVE -> m.overdueAt(now) ? OVERDUE : ON_TRACK;
            default -> CLOSED;
        };
    }
}
