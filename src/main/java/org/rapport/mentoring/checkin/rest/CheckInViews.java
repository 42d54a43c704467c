package org.rapport.mentoring.checkin.rest;

import org.rapport.mentoring.checkin.CheckIn;
import org.rapport.mentoring.checkin.CheckInPage;
import org.rapport.mentoring.checkin.Goal;
import org.rapport.mentoring.checkin.GoalService;
import org.rapport.mentoring.pairing.Mentorship;
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
class CheckInViews {
    private final PeopleDirectory people;

    @Inject
    public CheckInViews(PeopleDirectory people) {
        this.people = people;
    }

    public CheckInJson.CheckInPage page(Actor viewer, CheckInPage page) {
        Map<String, PersonJson> authors = new HashMap<>();
        List<CheckInJson.CheckIn> items = page.items().stream()
                .map(c -> checkIn(viewer, c, authors.computeIfAbsent(c.authorKey(), k -> PersonJson.of(people.byKeyOrFormer(k)))))
                .toList();
        return new CheckInJson.CheckInPage(items, page.next());
    }

    public CheckInJson.CheckIn checkIn(Actor viewer, CheckIn c) {
        return checkIn(viewer, c, PersonJson.of(people.byKeyOrFormer(c.authorKey())));
    }

    private static CheckInJson.CheckIn checkIn(Actor viewer, CheckIn c, PersonJson author) {
        return new CheckInJson.CheckIn(c.id(), c.mentorshipId(), c.heldOn().toString(), c.durationMinutes(), c.notes(), c.nextSteps(),
                author, c.authorKey().equals(viewer.userKey()), c.helpEntryId() != null, c.createdAt().toString());
    }

    public CheckInJson.Goals goals(List<Goal> goals) {
        return new CheckInJson.Goals(goals.stream().map(CheckInViews::goal).toList(), GoalService.MAX_PER_PAIRING);
    }

    public static CheckInJson.Goal goal(Goal g) {
        return new CheckInJson.Goal(g.id(), g.mentorshipId(), g.title(), g.targetDate() == null ? null : g.targetDate().toString(),
                g.progress(), g.done(), g.createdAt().toString(), g.updatedAt().toString());
    }

    public static CheckInJson.Rhythm rhythm(Mentorship m) {
        return new CheckInJson.Rhythm(m.id(), m.cadenceDays(), m.countsAsHelp(), m.checkInCount(),
                m.lastCheckInOn() == null ? null : m.lastCheckInOn().toString(), m.nextDueAt() == null ? null : m.nextDueAt().toString());
    }
}
