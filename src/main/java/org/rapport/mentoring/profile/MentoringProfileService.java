package org.rapport.mentoring.profile;

import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.skills.SkillVocabulary;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Mentor and mentee profiles. A person edits only their own profiles (an admin may edit anyone's);
 * a mentor profile's public part is visible to every signed-in person, a mentee profile (goals) only
 * to its owner and admins. Each save is one transaction that also adopts new skill tags into the
 * shared vocabulary.
 */
@Named
public class MentoringProfileService {
    private static final int ATTEMPTS = 3;

    private final MentoringStore store;
    private final SkillVocabulary skills;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public MentoringProfileService(MentoringStore store, SkillVocabulary skills, Transactions transactions,
                                   Permissions permissions, SystemClock clock) {
        this.store = store;
        this.skills = skills;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Anyone signed in may read a mentor profile: it is what people browse to find a mentor. */
    public Optional<MentorProfile> mentorProfile(Actor viewer, String personKey) {
        signedIn(viewer);
        return store.mentor(personKey);
    }

    /** A mentee profile holds personal goals: only its owner (or an admin) reads it; others get "not found". */
    public Optional<MenteeProfile> menteeProfile(Actor viewer, String personKey) {
        if (!mayEdit(signedIn(viewer), personKey)) {
            throw new NotFoundException("mentee profile");
        }
        return store.mentee(personKey);
    }

    public MentorProfile saveMentorProfile(Actor actor, String personKey, MentorProfileDraft draft) {
        requireEditor(actor, personKey);
        return retrying(() -> transactions.write(() -> {
            MentorProfileDraft canonical = new MentorProfileDraft(skills.adopt(draft.skills()), draft.capacity(), draft.paused(),
                    draft.bio(), draft.timeZone());
            store.saveMentor(personKey, canonical, clock.now());
            return store.mentor(personKey).orElseThrow();
        }));
    }

    public MenteeProfile saveMenteeProfile(Actor actor, String personKey, MenteeProfileDraft draft) {
        requireEditor(actor, personKey);
        return retrying(() -> transactions.write(() -> {
            MenteeProfileDraft canonical = new MenteeProfileDraft(draft.goals(), skills.adopt(draft.skills()),
                    draft.preferOtherDepartment(), draft.preferOverlappingTimezone(), draft.timeZone());
            store.saveMentee(personKey, canonical, clock.now());
            return store.mentee(personKey).orElseThrow();
        }));
    }

    /**
     * What a profile panel shows of the person's mentoring: their mentor profile (public), and
     * whether they look for a mentor, which only they themself see (the mentee profile is private).
     * One or two SELECTs for the mentor profile, one more on one's own profile.
     */
    public MentoringRole role(Actor viewer, String personKey) {
        Optional<MentorProfile> mentor = store.mentor(personKey);
        boolean self = viewer != null && viewer.userKey().equals(personKey);
        return new MentoringRole(mentor, self && store.hasMenteeProfile(personKey));
    }

    /** The person themself, or an admin. */
    public boolean mayEdit(Actor actor, String personKey) {
        return actor.userKey().equals(personKey) || permissions.isAdmin(actor);
    }

    private void requireEditor(Actor actor, String personKey) {
        if (!mayEdit(signedIn(actor), personKey)) {
            throw new ForbiddenException("edit another person's mentoring profile");
        }
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }

    /**
     * Two first saves of one person (two tabs), or two people introducing the same new tag, meet a
     * unique constraint; the loser's transaction rolled back whole, so it simply runs again.
     */
    private static <T> T retrying(Supplier<T> write) {
        return Retries.onRace(ATTEMPTS, write, Retries::constraintRace, FieldError.of("", "rapport.mentoring.error.busy"));
    }
}
