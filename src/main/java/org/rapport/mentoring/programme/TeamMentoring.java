package org.rapport.mentoring.programme;

import org.rapport.mentoring.checkin.GoalSummary;
import org.rapport.mentoring.checkin.GoalSummaryStore;
import org.rapport.mentoring.pairing.MentoringSide;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * "My team": the pairings in which a manager's direct reports are mentor or mentee, with their
 * health and goal progress but never their private content. Only managers (people named as
 * someone's manager in the org data) may look: anybody else gets 403, admins included (they have
 * the programme view). Bounded: at most {@value OrgChart#REPORTS_MAX} reports, a page of at most
 * {@value PairingPageRequest#LIMIT_MAX} pairings.
 */
@Named
public class TeamMentoring {
    private final PairingOverviewStore pairings;
    private final GoalSummaryStore goals;
    private final OrgChart org;
    private final SystemClock clock;

    @Inject
    public TeamMentoring(PairingOverviewStore pairings, GoalSummaryStore goals, OrgChart org, SystemClock clock) {
        this.pairings = pairings;
        this.goals = goals;
        this.org = org;
        this.clock = clock;
    }

    /** Whether the person may open "My team". */
    public boolean isManager(Actor actor) {
        return actor != null && org.isManager(actor.userKey());
    }

    public TeamPage forManager(Actor actor, PairingPageRequest page) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (!isManager(actor)) {
            throw new ForbiddenException("see the pairings of a team");
        }
        List<String> reports = org.directReportsOf(actor.userKey());
        // One query per 500 reports, each already in id order; merge and keep the first limit + 1.
        TreeMap<Long, Mentorship> found = new TreeMap<>();
        for (int i = 0; i < reports.size(); i += PairingOverviewStore.KEYS_MAX) {
            List<String> chunk = reports.subList(i, Math.min(reports.size(), i + PairingOverviewStore.KEYS_MAX));
            for (Mentorship m : pairings.involvingAnyOf(chunk, page.afterId(), page.limit() + 1)) {
                found.put(m.id(), m);
            }
        }
        List<Mentorship> rows = new ArrayList<>(found.values());
        rows.sort(Comparator.comparingLong(Mentorship::id));
        Long next = null;
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            next = rows.get(rows.size() - 1).id();
        }
        Map<Long, GoalSummary> goalSummaries = goals.summariesOf(rows.stream().map(Mentorship::id).toList());
        Set<String> reportKeys = new HashSet<>(reports);
        Instant now = clock.now();
        List<TeamPairing> items = new ArrayList<>();
        for (Mentorship m : rows) {
            // A report who is the mentee comes first: the manager follows their growth.
            boolean menteeIsReport = reportKeys.contains(m.menteeKey());
            String report = menteeIsReport ? m.menteeKey() : m.mentorKey();
            items.add(new TeamPairing(m.id(), report, menteeIsReport ? MentoringSide.MENTEE : MentoringSide.MENTOR,
                    menteeIsReport ? m.mentorKey() : m.menteeKey(), m.status(),
                    m.startedAt() != null ? m.startedAt() : m.createdAt(), m.lastCheckInOn(), m.checkInCount(),
                    PairingHealth.of(m, now), goalSummaries.getOrDefault(m.id(), GoalSummary.NONE)));
        }
        return new TeamPage(items, next);
    }
}
