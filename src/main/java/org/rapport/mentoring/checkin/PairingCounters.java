package org.rapport.mentoring.checkin;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.NotFoundException;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Keeps a pairing's check-in columns ({@code CHECK_IN_COUNT}, {@code LAST_CHECK_IN_ON},
 * {@code NEXT_DUE_AT}) equal to what its check-ins say. Writers of check-ins, goals, the rhythm and
 * reminders first {@link #lock} the pairing's row, so two of them on two nodes run one after the other
 * and each recount sees what the other committed. Runs inside the caller's transaction.
 */
@Named
public class PairingCounters {
    private final MentorshipStore pairings;
    private final RhythmStore rhythm;
    private final CheckInStore checkIns;
    private final MentoringSettingsService settings;

    @Inject
    public PairingCounters(MentorshipStore pairings, RhythmStore rhythm, CheckInStore checkIns, MentoringSettingsService settings) {
        this.pairings = pairings;
        this.rhythm = rhythm;
        this.checkIns = checkIns;
        this.settings = settings;
    }

    /**
     * Locks the pairing's row and returns it as committed by whoever held the lock before (404 if gone).
     * The lock is the pairing room's ({@link MentorshipStore#lockForChange}, the one writer of
     * {@code LOCK_TICK}), so check-in writers and the pairing lifecycle wait for each other too.
     */
    public Mentorship lock(long id) {
        if (!pairings.lockForChange(id)) {
            throw new NotFoundException("pairing");
        }
        return recount(id);
    }

    /** Recomputes the check-in columns from the check-ins and the current rhythm (after {@link #lock}). */
    public Mentorship recount(long id) {
        Mentorship m = pairings.get(id).orElseThrow(() -> new NotFoundException("pairing"));
        CheckInStore.Summary summary = checkIns.summary(id);
        rhythm.saveCheckInState(id, summary.latest(), summary.count(), dueAt(m, summary.latest(), m.cadenceDays()));
        return pairings.get(id).orElseThrow();
    }

    /**
     * When an active pairing becomes overdue: the latest check-in's day (or the start) plus the cadence
     * plus the grace days admins set; null unless active.
     */
    public Instant dueAt(Mentorship m, LocalDate lastCheckInOn, int cadenceDays) {
        if (m.status() != MentorshipStatus.ACTIVE) {
            return m.nextDueAt();
        }
        Instant base = lastCheckInOn != null ? lastCheckInOn.atStartOfDay(ZoneOffset.UTC).toInstant() : m.startedAt();
        if (base == null) {
            return null;
        }
        return base.plus((long) cadenceDays + settings.current().graceDays(), ChronoUnit.DAYS);
    }
}
