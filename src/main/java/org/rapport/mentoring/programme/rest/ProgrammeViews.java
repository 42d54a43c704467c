package org.rapport.mentoring.programme.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.mentoring.checkin.GoalSummary;
import org.rapport.mentoring.matching.MatchReason;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.profile.rest.MentoringJson;
import org.rapport.mentoring.programme.MatchCommit;
import org.rapport.mentoring.programme.MatchPreview;
import org.rapport.mentoring.programme.PairingHealth;
import org.rapport.mentoring.programme.ProgrammeHealth;
import org.rapport.mentoring.programme.ProgrammePage;
import org.rapport.mentoring.programme.ProgrammePairing;
import org.rapport.mentoring.programme.TeamPage;
import org.rapport.mentoring.programme.TeamPairing;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns team and programme records into JSON, with people resolved and reasons in the reader's language. */
@Named
public class ProgrammeViews {
    private final PeopleDirectory people;
    private final I18nResolver i18n;

    @Inject
    public ProgrammeViews(PeopleDirectory people, @ComponentImport I18nResolver i18n) {
        this.people = people;
        this.i18n = i18n;
    }

    public ProgrammeJson.TeamPage team(TeamPage page) {
        return new ProgrammeJson.TeamPage(page.items().stream().map(this::teamItem).toList(), cursor(page.nextCursor()));
    }

    private ProgrammeJson.TeamItem teamItem(TeamPairing p) {
        GoalSummary g = p.goals();
        return new ProgrammeJson.TeamItem(p.id(), person(p.reportKey()), p.reportRole().name(), person(p.otherKey()),
                p.status().name(), text(p.since()), text(p.lastCheckInOn()), p.checkInCount(), p.health().name(),
                new ProgrammeJson.Goals(g.count(), g.done(), g.averageProgress()));
    }

    public ProgrammeJson.PairingPage pairings(ProgrammePage page) {
        return new ProgrammeJson.PairingPage(page.items().stream().map(this::pairing).toList(), cursor(page.nextCursor()));
    }

    private ProgrammeJson.Pairing pairing(ProgrammePairing row) {
        Mentorship m = row.pairing();
        return new ProgrammeJson.Pairing(m.id(), person(m.mentorKey()), row.mentorDepartment(), person(m.menteeKey()),
                row.menteeDepartment(), m.status().name(), m.proposedBy().name(), text(m.createdAt()), text(m.startedAt()),
                text(m.endedAt()), m.checkInCount(), text(m.lastCheckInOn()), text(m.nextDueAt()), row.health().name());
    }

    public ProgrammeJson.Health health(ProgrammeHealth h) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (MentorshipStatus status : MentorshipStatus.values()) {
            byStatus.put(status.name(), h.byStatus().getOrDefault(status, 0));
        }
        Map<String, Integer> load = new LinkedHashMap<>();
        for (String bucket : List.of(ProgrammeHealth.LOAD_IDLE, ProgrammeHealth.LOAD_PARTLY, ProgrammeHealth.LOAD_FULL)) {
            load.put(bucket, h.mentorLoad().getOrDefault(bucket, 0));
        }
        return new ProgrammeJson.Health(h.menteesWithProfile(), h.menteesMatched(), h.matchedShare(), h.openMentors(),
                h.averageUtilisation(), load, h.activePairings(), h.overduePairings(), h.overdueShare(), byStatus, h.truncated());
    }

    public ProgrammeJson.Preview preview(MatchPreview preview) {
        var match = preview.match();
        return new ProgrammeJson.Preview(match.pairs().stream()
                .map(p -> new ProgrammeJson.ProposedPair(p.menteeKey(), p.mentorKey(), person(p.menteeKey()), person(p.mentorKey()),
                        p.score(), p.reasons().stream().map(this::reason).toList(), p.crossDepartment()))
                .toList(),
                match.unmatchedMentees().stream().map(this::person).toList(), match.totalScore(), match.fairness(),
                preview.truncated());
    }

    public ProgrammeJson.CommitResult commit(MatchCommit result) {
        return new ProgrammeJson.CommitResult(
                result.created().stream().map(m -> pairing(new ProgrammePairing(m, "", "",
                        PairingHealth.NOT_STARTED))).toList(),
                result.skipped().stream().map(s -> new ProgrammeJson.Skipped(person(s.menteeKey()), person(s.mentorKey()),
                        s.reason().name(), i18n.getText(skipKey(s.reason())))).toList());
    }

    private static String skipKey(MatchCommit.SkipReason reason) {
        return switch (reason) {
            case ALREADY_PAIRED -> "rapport.mentoring.programme.skip.ALREADY_PAIRED";
            case NOT_WAITING -> "rapport.mentoring.programme.skip.NOT_WAITING";
            case MENTOR_UNAVAILABLE -> "rapport.mentoring.programme.skip.MENTOR_UNAVAILABLE";
            case NOT_ALLOWED -> "rapport.mentoring.programme.skip.NOT_ALLOWED";
            case NO_SHARED_SKILL -> "rapport.mentoring.programme.skip.NO_SHARED_SKILL";
            case DUPLICATE -> "rapport.mentoring.programme.skip.DUPLICATE";
        };
    }

    private MentoringJson.Reason reason(MatchReason r) {
        String code = r.messageKey().substring(r.messageKey().lastIndexOf('.') + 1);
        return new MentoringJson.Reason(code, i18n.getText(r.messageKey(), r.arguments().toArray(Serializable[]::new)), r.points());
    }

    private PersonJson person(String key) {
        return PersonJson.of(people.byKeyOrFormer(key));
    }

    private static String cursor(Long next) {
        return next == null ? null : Long.toString(next);
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String text(LocalDate on) {
        return on == null ? null : on.toString();
    }
}
