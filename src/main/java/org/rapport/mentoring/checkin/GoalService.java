package org.rapport.mentoring.checkin;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * Goals of a pairing. The pair and coordinators see them; only the pair changes them, while the
 * pairing is active; at most {@value #MAX_PER_PAIRING} per pairing. Managers and everyone else are
 * told the pairing does not exist (404): managers see aggregate progress in their own view.
 */
@Named
public class GoalService {
    public static final int MAX_PER_PAIRING = 20;

    private final MentorshipStore pairings;
    private final GoalStore goals;
    private final PairingCounters counters;
    private final MentoringSettingsService settings;
    private final Transactions transactions;
    private final SystemClock clock;

    @Inject
    public GoalService(MentorshipStore pairings, GoalStore goals, PairingCounters counters, MentoringSettingsService settings,
                       Transactions transactions, SystemClock clock) {
        this.pairings = pairings;
        this.goals = goals;
        this.counters = counters;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The pairing's goals, oldest first (at most {@value #MAX_PER_PAIRING}): the pair and coordinators. */
    public List<Goal> list(Actor actor, long pairingId) {
        Actor caller = signedIn(actor);
        Mentorship m = pairings.get(pairingId).orElseThrow(() -> new NotFoundException("pairing"));
        if (!m.involves(caller.userKey()) && !settings.isCoordinator(caller)) {
            throw new NotFoundException("pairing");
        }
        return goals.list(pairingId, MAX_PER_PAIRING);
    }

    public Goal add(Actor actor, long pairingId, GoalDraft draft) {
        Actor caller = signedIn(actor);
        writable(caller, pairingId);
        return transactions.write(() -> {
            active(caller, counters.lock(pairingId));
            // Counted under the pairing's lock, so two adds racing for the last place cannot both pass.
            if (goals.count(pairingId) >= MAX_PER_PAIRING) {
                throw new ConflictException(FieldError.of("", "rapport.mentoring.goal.error.max", MAX_PER_PAIRING));
            }
            return goals.insert(pairingId, draft, clock.now());
        });
    }

    public Goal edit(Actor actor, long pairingId, long goalId, GoalDraft draft) {
        Actor caller = signedIn(actor);
        writable(caller, pairingId);
        return transactions.write(() -> {
            active(caller, counters.lock(pairingId));
            Goal goal = goals.get(pairingId, goalId).orElseThrow(() -> new NotFoundException("goal"));
            if (!goals.update(goal.id(), draft, clock.now())) {
                throw new NotFoundException("goal");
            }
            return goals.get(pairingId, goal.id()).orElseThrow();
        });
    }

    public void delete(Actor actor, long pairingId, long goalId) {
        Actor caller = signedIn(actor);
        writable(caller, pairingId);
        transactions.write(() -> {
            active(caller, counters.lock(pairingId));
            Goal goal = goals.get(pairingId, goalId).orElseThrow(() -> new NotFoundException("goal"));
            if (!goals.delete(goal.id())) {
                throw new NotFoundException("goal");
            }
            return null;
        });
    }

    /** The pair may change goals; coordinators see them (403), anyone else is told nothing (404). */
    private void writable(Actor caller, long pairingId) {
        Mentorship m = pairings.get(pairingId).orElseThrow(() -> new NotFoundException("pairing"));
        if (!m.involves(caller.userKey())) {
            if (settings.isCoordinator(caller)) {
                throw new ForbiddenException("change the goals of someone else's pairing");
            }
            throw new NotFoundException("pairing");
        }
    }

    private static void active(Actor caller, Mentorship m) {
        if (!m.involves(caller.userKey())) {
            throw new NotFoundException("pairing");
        }
        if (m.status() != MentorshipStatus.ACTIVE) {
            throw new ConflictException(FieldError.of("", "rapport.mentoring.checkin.error.inactive"));
        }
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }
}
