package org.rapport.mentoring.rest;

import org.rapport.mentoring.CheckIn;
import org.rapport.mentoring.CheckInPage;
import org.rapport.mentoring.Goal;
import org.rapport.mentoring.GoalService;
import org.rapport.mentoring.Mentorship;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns check-ins, goals and rhythms into JSON; authors are resolved once per page. */
@Named
public class PairingViews {
    private final PeopleDirectory people;

    @Inject
    public PairingViews(PeopleDirectory people) {
        this.people = people;
    }

    public PairingJson.CheckInPage page(Actor viewer, CheckInPage page) {
        Map<String, PersonJson> authors = new HashMap<>();
        List<PairingJson.CheckIn> items = page.items().stream()
                .map(c -> checkIn(viewer, c, authors.computeIfAbsent(c.authorKey(), k -> PersonJson.of(people.byKeyOrFormer(k)))))
                .toList();
        return new PairingJson.CheckInPage(items, page.next());
    }

    public PairingJson.CheckIn checkIn(Actor viewer, CheckIn c) {
        return checkIn(viewer, c, PersonJson.of(people.byKeyOrFormer(c.authorKey())));
    }

    private static PairingJson.CheckIn checkIn(Actor viewer, CheckIn c, PersonJson author) {
        return new PairingJson.CheckIn(c.id(), c.mentorshipId(), c.heldOn().toString(), c.durationMinutes(), c.notes(), c.nextSteps(),
                author, c.authorKey().equals(viewer.userKey()), c.helpEntryId() != null, c.createdAt().toString());
    }

    public PairingJson.Goals goals(List<Goal> goals) {
        return new PairingJson.Goals(goals.stream().map(PairingViews::goal).toList(), GoalService.MAX_PER_PAIRING);
    }

    public static PairingJson.Goal goal(Goal g) {
        return new PairingJson.Goal(g.id(), g.mentorshipId(), g.title(), g.targetDate() == null ? null : g.targetDate().toString(),
                g.progress(), g.done(), g.createdAt().toString(), g.updatedAt().toString());
    }

    public static PairingJson.Rhythm rhythm(Mentorship m) {
        return new PairingJson.Rhythm(m.id(), m.cadenceDays(), m.countsAsHelp(), m.checkInCount(),
                m.lastCheckInOn() == null ? null : m.lastCheckInOn().toString(), m.nextDueAt() == null ? null : m.nextDueAt().toString());
    }
}
