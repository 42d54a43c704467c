package org.rapport.mentoring.pairing.rest;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.PairingView;
import org.rapport.people.PeopleDirectory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.List;

/** Turns {@link PairingView}s into JSON; what a viewer may not see was already left out by the service. */
@Named
class PairingViews {
    private final PeopleDirectory people;

    @Inject
    public PairingViews(PeopleDirectory people) {
        this.people = people;
    }

    public PairingJson pairing(PairingView v) {
        Mentorship m = v.pairing();
        String health = m.status() == MentorshipStatus.ACTIVE ? (v.overdue() ? "OVERDUE" : "ON_TRACK") : null;
        List<PairingJson.Feedback> feedback = v.privateDetails()
                ? v.feedback().stream().map(f -> new PairingJson.Feedback(f.side().name(), f.rating(), f.comment(), f.createdAt().toString())).toList()
                : null;
        return new PairingJson(m.id(), person(m.mentorKey()), person(m.menteeKey()), m.status().name(), m.proposedBy().name(),
                m.mentorAccepted(), m.menteeAccepted(), v.privateDetails() ? m.message() : null, m.cadenceDays(), m.countsAsHelp(),
                m.createdAt().toString(), text(m.startedAt()), text(m.endedAt()), v.privateDetails() ? m.endReason() : null,
                m.lastCheckInOn() == null ? null : m.lastCheckInOn().toString(), m.checkInCount(), health, v.actions(), feedback,
                new PairingJson.Sections(v.sections().checkIns(), v.sections().goals(), v.sections().canChange()));
    }

    public PairingJson.Page page(List<PairingView> views, int limit) {
        List<PairingJson> items = views.stream().map(this::pairing).toList();
        String next = views.size() == limit ? Long.toString(views.get(views.size() - 1).pairing().id()) : null;
        return new PairingJson.Page(items, next);
    }

    private PairingJson.Person person(String key) {
        return new PairingJson.Person(key, people.byKeyOrFormer(key).displayName());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
