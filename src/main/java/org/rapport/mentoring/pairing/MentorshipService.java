package org.rapport.mentoring.pairing;

import org.rapport.mentoring.profile.MentorProfile;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.org.OrgChart;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The life of a pairing: proposed (a mentee asks, a mentor offers, a coordinator matches), accepted
 * by both sides and so active, then completed or ended with a reason, and feedback from each side.
 * Every write is one transaction that also writes the other side's notification; every method
 * checks who is asking.
 *
 * <p>Capacity under racing acceptances: Active Objects has no {@code UPDATE ... SET n = n + 1 WHERE
 * n < capacity} and no portable {@code SELECT ... FOR UPDATE} (SQL Server, which Jira supports, has
 * neither that syntax nor the same locking), so a counter on the mentor's profile could lose racing
 * increments. Instead an active pairing holds one of its mentor's numbered places in the unique
 * column {@code MENTOR_SLOT}; an acceptance takes the lowest free place from 1 to the capacity.
 * Two acceptances that read the same free places pick the same one, and the database refuses the
 * second (a unique violation on every database and node); the loser's transaction rolls back whole
 * and runs again, now seeing the mentor full (409) or the next place free. Ending a pairing clears
 * its place in the same UPDATE that closes it, so nothing can drift.
 */
@Named
public class MentorshipService {
    public static final int LIMIT_MAX = 50;
    private static final int ATTEMPTS = 6;
    static final String ACCEPT = "accept";
    static final String DECLINE = "decline";
    static final String WITHDRAW = "withdraw";
    static final String END = "end";
    static final String FEEDBACK = "feedback";

    private final MentorshipStore store;
    private final MentoringStore profiles;
    private final MentoringSettingsService settings;
    private final PairingNotifier notifier;
    private final PeopleDirectory people;
    private final OrgChart org;
    private final Transactions transactions;
    private final SystemClock clock;

    @Inject
    public MentorshipService(MentorshipStore store, MentoringStore profiles, MentoringSettingsService settings,
                             PairingNotifier notifier, PeopleDirectory people, OrgChart org, Transactions transactions,
                             SystemClock clock) {
        this.store = store;
        this.profiles = profiles;
        this.settings = settings;
        this.notifier = notifier;
        this.people = people;
        this.org = org;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Proposes a pairing. The caller is the mentee (a request), the mentor (an offer) or a
     * coordinator (any pair); their own side counts as accepted. Refuses unknown people, a mentor
     * without a mentor profile (or, for a request, one that is paused or takes nobody), the mentee's
     * manager or anyone above them, and a second open pairing of the same two people (409).
     */
    public PairingView propose(Actor actor, PairingProposal proposal) {
        Actor me = signedIn(actor);
        ProposedBy by;
        if (me.userKey().equals(proposal.menteeKey())) {
            by = ProposedBy.MENTEE;
        } else if (me.userKey().equals(proposal.mentorKey())) {
            by = ProposedBy.MENTOR;
        } else if (settings.isCoordinator(me)) {
            by = ProposedBy.COORDINATOR;
        } else {
            throw new ForbiddenException("propose a pairing for other people");
        }
        List<FieldError> errors = new ArrayList<>();
        if (people.byKey(proposal.mentorKey()).isEmpty()) {
            errors.add(FieldError.of("mentor", "rapport.mentoring.pairing.error.unknownPerson"));
        }
        if (people.byKey(proposal.menteeKey()).isEmpty()) {
            errors.add(FieldError.of("mentee", "rapport.mentoring.pairing.error.unknownPerson"));
        }
        if (errors.isEmpty()) {
            Optional<MentorProfile> mentor = profiles.mentor(proposal.mentorKey());
            if (mentor.isEmpty() || mentor.get().capacity() == 0 || (by == ProposedBy.MENTEE && mentor.get().paused())) {
                errors.add(FieldError.of("mentor", "rapport.mentoring.pairing.error.notMentoring"));
            } else if (org.managementChainOf(proposal.menteeKey()).contains(proposal.mentorKey())) {
                errors.add(FieldError.of("mentor", "rapport.mentoring.pairing.error.managementChain"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int cadence = proposal.cadenceDays() != null ? proposal.cadenceDays() : settings.current().defaultCadenceDays();
        NewMentorship draft = new NewMentorship(proposal.mentorKey(), proposal.menteeKey(), by, me.userKey(), proposal.message(), cadence);
        try {
            Mentorship created = transactions.write(() -> {
                Mentorship m = store.insertProposed(draft, clock.now());
                notifier.proposed(m, me.userKey());
                return m;
            });
            return view(me, created, Access.PAIR_OR_COORDINATOR);
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(FieldError.of("mentee", "rapport.mentoring.pairing.error.openPair"), e);
            }
            throw e;
        }
    }

    /**
     * The caller's side accepts. When both sides have, the pairing becomes active, taking one of the
     * mentor's places: 409 when the mentor is full, even when acceptances race (see the class comment).
     */
    public PairingView accept(Actor actor, long id) {
        Actor me = signedIn(actor);
        return retrying(() -> transactions.write(() -> {
            store.lockForChange(id);
            Mentorship m = inPair(me, id);
            MentoringSide side = m.sideOf(me.userKey()).orElseThrow();
            if (m.status() != MentorshipStatus.PROPOSED || alreadyAccepted(m, side)) {
                throw stateConflict();
            }
            Mentorship accepted = store.markAccepted(id, side);
            if (accepted.mentorAccepted() && accepted.menteeAccepted()) {
                int capacity = profiles.mentor(m.mentorKey()).map(MentorProfile::capacity).orElse(0);
                String place = store.freePlace(m.mentorKey(), capacity).orElseThrow(() ->
                        new ConflictException(FieldError.of("mentor", "rapport.mentoring.pairing.error.mentorFull")));
                Instant now = clock.now();
                accepted = store.activate(id, place, now, now.plus(Duration.ofDays((long) m.cadenceDays() + settings.current().graceDays())));
            }
            notifier.accepted(accepted, me.userKey());
            return view(me, accepted, Access.PAIR_OR_COORDINATOR);
        }));
    }

    /** A side that has not accepted yet declines the proposal. */
    public PairingView decline(Actor actor, long id) {
        Actor me = signedIn(actor);
        return write(() -> {
            store.lockForChange(id);
            Mentorship m = inPair(me, id);
            if (m.status() != MentorshipStatus.PROPOSED || alreadyAccepted(m, m.sideOf(me.userKey()).orElseThrow())) {
                throw stateConflict();
            }
            return close(me, m, MentorshipStatus.DECLINED, null);
        });
    }

    /** The proposer takes a proposal back while it waits. */
    public PairingView withdraw(Actor actor, long id) {
        Actor me = signedIn(actor);
        return write(() -> {
            store.lockForChange(id);
            Mentorship m = visible(me, id);
            if (!m.proposerKey().equals(me.userKey())) {
                throw new ForbiddenException("withdraw someone else's proposal");
            }
            if (m.status() != MentorshipStatus.PROPOSED) {
                throw stateConflict();
            }
            return close(me, m, MentorshipStatus.WITHDRAWN, null);
        });
    }

    /** Either side, or a coordinator, ends an active pairing as completed or ended, with a reason. */
    public PairingView end(Actor actor, long id, PairingEnd ending) {
        Actor me = signedIn(actor);
        return write(() -> {
            store.lockForChange(id);
            Mentorship m = visible(me, id);
            if (!m.involves(me.userKey()) && !settings.isCoordinator(me)) {
                throw new ForbiddenException("end other people's pairing");
            }
            if (m.status() != MentorshipStatus.ACTIVE) {
                throw stateConflict();
            }
            return close(me, m, ending.outcome(), ending.reason());
        });
    }

    /** Each side gives feedback once on a pairing that closed as completed or ended. */
    public PairingView feedback(Actor actor, long id, FeedbackDraft draft) {
        Actor me = signedIn(actor);
        try {
            return write(() -> {
                Mentorship m = inPair(me, id);
                if (m.status() != MentorshipStatus.COMPLETED && m.status() != MentorshipStatus.ENDED) {
                    throw stateConflict();
                }
                store.insertFeedback(id, m.sideOf(me.userKey()).orElseThrow(), me.userKey(), draft.rating(), draft.comment(), clock.now());
                return view(me, m, Access.PAIR_OR_COORDINATOR);
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(FieldError.of("rating", "rapport.mentoring.pairing.error.feedbackGiven"), e);
            }
            throw e;
        }
    }

    /** One pairing as the caller may see it; 404 unless they are in it, manage someone in it, or coordinate. */
    public PairingView get(Actor actor, long id) {
        Actor me = signedIn(actor);
        Mentorship m = store.get(id).orElseThrow(() -> new NotFoundException("pairing"));
        return view(me, m, access(me, m));
    }

    /**
     * The pairings the caller may see, newest first: their own; for managers also their direct
     * reports' (without private details); every pairing for coordinators. {@code beforeId} continues
     * a previous page; at most {@value #LIMIT_MAX} per page. {@code mineOnly} keeps to the caller's
     * own pairings whatever their role (the mentoring page's "My pairings").
     */
    public List<PairingView> list(Actor actor, MentorshipStatus status, Long beforeId, int limit, boolean mineOnly) {
        Actor me = signedIn(actor);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        boolean coordinator = settings.isCoordinator(me);
        Set<String> involving = null;
        if (mineOnly) {
            involving = Set.of(me.userKey());
        } else if (!coordinator) {
            involving = new HashSet<>();
            involving.add(me.userKey());
            involving.addAll(org.directReportsOf(me.userKey()));
        }
        List<Mentorship> page = store.page(involving, status, beforeId, limit);
        Map<Long, List<MentorshipFeedback>> feedback = new HashMap<>();
        for (Mentorship m : page) {
            if ((coordinator || m.involves(me.userKey())) && !m.status().open()) {
                feedback.put(m.id(), store.feedbackOn(m.id()));
            }
        }
        return page.stream().map(m -> {
            Access access = coordinator || m.involves(me.userKey()) ? Access.PAIR_OR_COORDINATOR : Access.MANAGER;
            return build(me, m, access, feedback.getOrDefault(m.id(), List.of()));
        }).toList();
    }

    private PairingView close(Actor me, Mentorship m, MentorshipStatus status, String reason) {
        Mentorship closed = store.close(m.id(), status, reason, me.userKey(), clock.now());
        notifier.closed(closed, me.userKey());
        return view(me, closed, Access.PAIR_OR_COORDINATOR);
    }

    private enum Access { PAIR_OR_COORDINATOR, MANAGER }

    /** Who may see the pairing: its pair and coordinators fully, the direct manager of either side without private details. */
    private Access access(Actor me, Mentorship m) {
        if (m.involves(me.userKey()) || settings.isCoordinator(me)) {
            return Access.PAIR_OR_COORDINATOR;
        }
        if (org.managerOf(m.menteeKey()).filter(me.userKey()::equals).isPresent()
                || org.managerOf(m.mentorKey()).filter(me.userKey()::equals).isPresent()) {
            return Access.MANAGER;
        }
        throw new NotFoundException("pairing");
    }

    private PairingView view(Actor me, Mentorship m, Access access) {
        List<MentorshipFeedback> feedback = access == Access.PAIR_OR_COORDINATOR && !m.status().open() ? store.feedbackOn(m.id()) : List.of();
        return build(me, m, access, feedback);
    }

    private PairingView build(Actor me, Mentorship m, Access access, List<MentorshipFeedback> feedback) {
        boolean full = access == Access.PAIR_OR_COORDINATOR;
        Mentorship shown = full ? m : new Mentorship(m.id(), m.mentorKey(), m.menteeKey(), m.status(), m.proposedBy(), m.proposerKey(),
                m.mentorAccepted(), m.menteeAccepted(), "", m.cadenceDays(), m.countsAsHelp(), m.createdAt(), m.startedAt(),
                m.endedAt(), null, m.endedBy(), m.lastCheckInOn(), m.checkInCount(), m.nextDueAt());
        PairingView.Sections sections = PairingView.Sections.of(m, me.userKey(), full); // full and not in the pair: a coordinator
        return new PairingView(shown, full, actions(me, m, feedback), feedback, m.overdueAt(clock.now()), sections);
    }

    /** What the viewer may do now; the write methods check the same rules again. */
    private List<String> actions(Actor me, Mentorship m, List<MentorshipFeedback> feedback) {
        List<String> actions = new ArrayList<>();
        Optional<MentoringSide> side = m.sideOf(me.userKey());
        if (m.status() == MentorshipStatus.PROPOSED) {
            if (side.isPresent() && !alreadyAccepted(m, side.get())) {
                actions.add(ACCEPT);
                actions.add(DECLINE);
            }
            if (m.proposerKey().equals(me.userKey())) {
                actions.add(WITHDRAW);
            }
        } else if (m.status() == MentorshipStatus.ACTIVE) {
            if (side.isPresent() || settings.isCoordinator(me)) {
                actions.add(END);
            }
        } else if ((m.status() == MentorshipStatus.COMPLETED || m.status() == MentorshipStatus.ENDED) && side.isPresent()
                && feedback.stream().noneMatch(f -> f.side() == side.get())) {
            actions.add(FEEDBACK);
        }
        return actions;
    }

    /** A pairing the caller may see (else 404). */
    private Mentorship visible(Actor me, long id) {
        Mentorship m = store.get(id).orElseThrow(() -> new NotFoundException("pairing"));
        access(me, m);
        return m;
    }

    /** A pairing the caller is in: 404 if they may not see it, 403 if they see it but are not in it. */
    private Mentorship inPair(Actor me, long id) {
        Mentorship m = visible(me, id);
        if (!m.involves(me.userKey())) {
            throw new ForbiddenException("act for one side of other people's pairing");
        }
        return m;
    }

    private static boolean alreadyAccepted(Mentorship m, MentoringSide side) {
        return side == MentoringSide.MENTOR ? m.mentorAccepted() : m.menteeAccepted();
    }

    private static ConflictException stateConflict() {
        return new ConflictException(FieldError.of("status", "rapport.mentoring.pairing.error.state"));
    }

    private PairingView write(Supplier<PairingView> work) {
        return transactions.write(work);
    }

    /**
     * Runs an acceptance again when the database refused it for a racing one (the same mentor place
     * taken, or a lock or serialization failure); the refused transaction rolled back whole.
     */
    private static <T> T retrying(Supplier<T> write) {
        return Retries.onRace(ATTEMPTS, write, Retries::constraintRace, FieldError.of("", "rapport.mentoring.error.busy"));
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }
}
