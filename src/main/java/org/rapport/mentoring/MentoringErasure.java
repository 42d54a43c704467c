package org.rapport.mentoring;

import org.rapport.mentoring.checkin.CheckInStore;
import org.rapport.mentoring.checkin.GoalStore;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.PairingNotifier;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * The mentoring room's part of privacy erasure, and the only class of the room's top package: it
 * runs the erasure of each sub-room (profiles, pairings, check-ins and goals) through that sub-room's
 * stores, so no sub-room reaches into another's tables to erase. Called by the privacy service; it
 * re-checks that the caller is an admin. A person's mentor and mentee profiles (bio, goals, skills, time zone)
 * describe that person alone, so both erasure modes delete them: an anonymous profile would help
 * nobody. Their pairings: {@code delete} removes each pairing they are in with its check-ins, goals
 * and feedback; otherwise their key is replaced by the anonymous marker (an open pairing is ended
 * first, freeing the mentor's place). Where they acted without being in the pair (a coordinator who
 * proposed or ended one) and as author of feedback and check-ins, their key is replaced in both
 * modes. Works in transactions of {@value #CHUNK} pairings; a re-run finds nothing and answers zeros.
 */
@Named
public class MentoringErasure {
    static final int CHUNK = 200;

    /** What erasure changed in mentoring. */
    public record Result(int profilesRemoved, int pairingsDeleted, int pairingsAnonymised) {
    }

    private final MentoringStore store;
    private final MentorshipStore pairings;
    private final CheckInStore checkIns;
    private final GoalStore goals;
    private final PairingNotifier notifier;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public MentoringErasure(MentoringStore store, MentorshipStore pairings, CheckInStore checkIns, GoalStore goals,
                            PairingNotifier notifier, Transactions transactions,
                            Permissions permissions, SystemClock clock) {
        this.store = store;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.goals = goals;
        this.notifier = notifier;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Removes the person's profiles, and deletes ({@code delete}) or anonymises their pairings. */
    public Result erase(Actor actor, String personKey, boolean delete) {
        permissions.requireAdmin(actor, "erase a person's mentoring data");
        int profiles = transactions.write(() -> store.deleteProfiles(personKey));
        int deleted = 0;
        int anonymised = 0;
        while (true) {
            int n = transactions.write(() -> {
                List<Mentorship> chunk = pairings.involving(personKey, CHUNK);
                if (delete) {
                    chunk.forEach(m -> notifier.forget(m.id()));
                    List<Long> ids = chunk.stream().map(Mentorship::id).toList();
                    // What hangs off a pairing first, each by its own sub-room's store, then the pairings.
                    checkIns.deleteForMentorships(ids);
                    goals.deleteForMentorships(ids);
                    return pairings.deleteWithFeedback(ids);
                }
                return pairings.anonymise(chunk, personKey, AnonymousPerson.KEY, clock.now());
            });
            if (n == 0) {
                break;
            }
            if (delete) {
                deleted += n;
            } else {
                anonymised += n;
            }
        }
        while (transactions.write(() -> pairings.replaceKeyInOtherColumns(personKey, AnonymousPerson.KEY)
                + checkIns.replaceAuthor(personKey, AnonymousPerson.KEY)) > 0) {
            // each round changes at most a bounded number of rows
        }
        return new Result(profiles, deleted, anonymised);
    }
}
