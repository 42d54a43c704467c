package org.rapport.mentoring.checkin.rest;

import org.rapport.mentoring.checkin.CheckInDraft;
import org.rapport.mentoring.checkin.GoalDraft;
import org.rapport.mentoring.checkin.Rhythm;

/** The bodies of the check-in, goal and rhythm endpoints; a missing body is an empty one. */
public final class PairingRequests {
    private PairingRequests() {
    }

    /** {@code POST|PUT .../checkins}: {@code {"date":"2026-11-20","durationMinutes":45,"notes":"...","nextSteps":"..."}}. */
    public record CheckInBody(String date, Integer durationMinutes, String notes, String nextSteps) {
        static CheckInDraft draftOf(CheckInBody body) {
            CheckInBody b = body == null ? new CheckInBody(null, null, null, null) : body;
            return CheckInDraft.parse(b.date, b.durationMinutes, b.notes, b.nextSteps);
        }
    }

    /** {@code POST|PUT .../goals}: {@code {"title":"...","targetDate":"2027-01-31","progress":40,"done":false}}. */
    public record GoalBody(String title, String targetDate, Integer progress, Boolean done) {
        static GoalDraft draftOf(GoalBody body) {
            GoalBody b = body == null ? new GoalBody(null, null, null, null) : body;
            return GoalDraft.parse(b.title, b.targetDate, b.progress, b.done);
        }
    }

    /** {@code PUT .../rhythm}: {@code {"cadenceDays":7,"countsAsHelp":false}} (either may be left out). */
    public record RhythmBody(Integer cadenceDays, Boolean countsAsHelp) {
        static Rhythm rhythmOf(RhythmBody body) {
            RhythmBody b = body == null ? new RhythmBody(null, null) : body;
            return new Rhythm(b.cadenceDays, b.countsAsHelp);
        }
    }
}
