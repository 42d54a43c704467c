package org.rapport.mentoring.profile;

import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * What a profile shows of a person's mentoring to a viewer ({@link MentoringStanding}). "Ask to be
 * my mentor" follows the rules of {@link MentorSuggestions}: never yourself, never a paused or full
 * mentor (active mentees through the {@link ActiveMentees} port), never your manager or anyone
 * above them ({@link OrgChart}). At most four SELECTs: the mentor profile and its skills, then for
 * a mentor the active mentee count, and either (own profile) whether a mentee profile exists or
 * (someone else's, open mentor) whether the person manages anybody at all. Only for a mentor who is
 * a manager does the management-chain walk add one SELECT per level of the viewer's chain.
 */
@Named
public class MentoringStandings {
    private final MentoringStore store;
    private final ActiveMentees active;
    private final OrgChart org;

    @Inject
    public MentoringStandings(MentoringStore store, ActiveMentees active, OrgChart org) {
        this.store = store;
        this.active = active;
        this.org = org;
    }

    /** The person's standing as {@code viewer} sees it; an anonymous viewer (null) may ask nobody. */
    public MentoringStanding of(Actor viewer, String personKey) {
        boolean self = viewer != null && viewer.userKey().equals(personKey);
        Optional<MentorProfile> mentor = store.mentor(personKey);
        int activeMentees = mentor.isEmpty() ? 0 : Math.max(0, active.countsFor(List.of(personKey)).getOrDefault(personKey, 0));
        boolean mentee = self && store.hasMenteeProfile(personKey);
        boolean mayAsk = viewer != null && !self && mentor.isPresent()
                && !mentor.get().paused() && activeMentees < mentor.get().capacity()
                && !org.isManagerOrAbove(personKey, viewer.userKey());
        return new MentoringStanding(mentor, activeMentees, mentee, mayAsk);
    }
}
