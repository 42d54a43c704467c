package org.rapport.mentoring.checkin;

import org.rapport.help.MentoringHelp;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.tally.TallyConflictException;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Check-ins of a pairing and its rhythm. Check-ins are the pair's own: anyone else (managers,
 * coordinators, admins) is told the pairing does not exist (404), whichever endpoint they ask. Either
 * side logs them while the pairing is active; only the author edits or deletes one. Each check-in
 * adds confirmed "mentoring" help from mentor to mentee unless the pair opted out, in the same
 * transaction; the pairing's counters and due time move with it.
 */
@Named
public class CheckInService {
    public static final int LIMIT_MAX = 50;
    private static final int ATTEMPTS = 8;

    private final MentorshipStore pairings;
    private final RhythmStore rhythms;
    private final CheckInStore checkIns;
    private final PairingCounters counters;
    private final MentoringHelp help;
    private final Transactions transactions;
    private final SystemClock clock;

    @Inject
    public CheckInService(MentorshipStore pairings, RhythmStore rhythms, CheckInStore checkIns, PairingCounters counters,
                          MentoringHelp help, Transactions transactions, SystemClock clock) {
        this.pairings = pairings;
        this.rhythms = rhythms;
        this.checkIns = checkIns;
        this.counters = counters;
        this.help = help;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CheckIn log(Actor actor, long pairingId, CheckInDraft draft) {
        Actor caller = signedIn(actor);
        checkDay(pairOnly(caller, pairingId), draft);
        return retrying(() -> transactions.write(() -> {
            Mentorship m = activeForWrite(caller, pairingId);
            checkDay(m, draft);
            CheckIn logged = checkIns.insert(pairingId, draft, caller.userKey(), clock.now());
            if (m.countsAsHelp()) {
                long entry = help.record(m.mentorKey(), m.menteeKey(), caller.userKey(), draft.heldOn(), draft.durationMinutes());
                checkIns.setHelpEntry(logged.id(), entry);
            }
            counters.recount(pairingId);
            return checkIns.get(pairingId, logged.id()).orElseThrow();
        }));
    }

    /** The author changes their check-in; its help entry follows a new day or duration. */
    public CheckIn edit(Actor actor, long pairingId, long checkInId, CheckInDraft draft) {
        Actor caller = signedIn(actor);
        checkDay(pairOnly(caller, pairingId), draft);
        return retrying(() -> transactions.write(() -> {
            Mentorship m = activeForWrite(caller, pairingId);
            checkDay(m, draft);
            CheckIn before = own(caller, pairingId, checkInId);
            if (!checkIns.update(before.id(), draft)) {
                throw new NotFoundException("check-in");
            }
            boolean moved = !before.heldOn().equals(draft.heldOn()) || before.durationMinutes() != draft.durationMinutes();
            if (before.helpEntryId() != null && moved) {
                // Counters are per month of the help: the entry is replaced, not edited, so both months move.
                Long successor = help.remove(before.helpEntryId())
                        ? help.record(m.mentorKey(), m.menteeKey(), caller.userKey(), draft.heldOn(), draft.durationMinutes())
                        : null;
                checkIns.setHelpEntry(before.id(), successor);
            }
            counters.recount(pairingId);
            return checkIns.get(pairingId, before.id()).orElseThrow();
        }));
    }

    /** The author deletes their check-in, and the help it added. */
    public void delete(Actor actor, long pairingId, long checkInId) {
        Actor caller = signedIn(actor);
        pairOnly(caller, pairingId);
        retrying(() -> transactions.write(() -> {
            activeForWrite(caller, pairingId);
            CheckIn before = own(caller, pairingId, checkInId);
            if (!checkIns.delete(before.id())) {
                throw new NotFoundException("check-in");
            }
            if (before.helpEntryId() != null) {
                help.remove(before.helpEntryId());
            }
            counters.recount(pairingId);
            return null;
        }));
    }

    /** A page of the pairing's check-ins, newest first: the pair only. */
    public CheckInPage list(Actor actor, long pairingId, CheckInPage.Cursor cursor, int limit) {
        Actor caller = signedIn(actor);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        pairOnly(caller, pairingId);
        return checkIns.page(pairingId, cursor, limit);
    }

    /** Either side changes how often they meet and whether check-ins count as help; the due time follows. */
    public Mentorship changeRhythm(Actor actor, long pairingId, Rhythm rhythm) {
        Actor caller = signedIn(actor);
        pairOnly(caller, pairingId);
        return retrying(() -> transactions.write(() -> {
            Mentorship m = activeForWrite(caller, pairingId);
            int cadence = rhythm.cadenceDays() == null ? m.cadenceDays() : rhythm.cadenceDays();
            boolean counts = rhythm.countsAsHelp() == null ? m.countsAsHelp() : rhythm.countsAsHelp();
            rhythms.saveRhythm(pairingId, cadence, counts, counters.dueAt(m, m.lastCheckInOn(), cadence));
            return pairings.get(pairingId).orElseThrow();
        }));
    }

    /** The pairing, if the caller is one of the two; otherwise it does not exist for them. */
    Mentorship pairOnly(Actor caller, long pairingId) {
        Mentorship m = pairings.get(pairingId).orElseThrow(() -> new NotFoundException("pairing"));
        if (!m.involves(caller.userKey())) {
            throw new NotFoundException("pairing");
        }
        return m;
    }

    /** Locks the pairing and checks, on what is committed now, that the caller is in it and it is active. */
    private Mentorship activeForWrite(Actor caller, long pairingId) {
        Mentorship m = counters.lock(pairingId);
        if (!m.involves(caller.userKey())) {
            throw new NotFoundException("pairing");
        }
        if (m.status() != MentorshipStatus.ACTIVE) {
            throw new ConflictException(FieldError.of("", "rapport.mentoring.checkin.error.inactive"));
        }
        return m;
    }

    private CheckIn own(Actor caller, long pairingId, long checkInId) {
        CheckIn checkIn = checkIns.get(pairingId, checkInId).orElseThrow(() -> new NotFoundException("check-in"));
        if (!checkIn.authorKey().equals(caller.userKey())) {
            throw new ForbiddenException("change a check-in someone else logged");
        }
        return checkIn;
    }

    /** The day lies between the pairing's start and today (UTC). */
    private void checkDay(Mentorship m, CheckInDraft draft) {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        if (draft.heldOn().isAfter(today)) {
            throw new InvalidInputException(FieldError.of("date", "rapport.mentoring.checkin.error.future"));
        }
        if (m.startedAt() != null && draft.heldOn().isBefore(LocalDate.ofInstant(m.startedAt(), ZoneOffset.UTC))) {
            throw new InvalidInputException(FieldError.of("date", "rapport.mentoring.checkin.error.before.start"));
        }
    }

    /** Runs a write again when it lost a race on the help counters (a conflict or a unique key); then 409. */
    static <T> T retrying(Supplier<T> write) {
        return Retries.onRace(ATTEMPTS, write, e -> e instanceof TallyConflictException || Retries.constraintRace(e),
                FieldError.of("", "rapport.help.error.busy"));
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }
}
