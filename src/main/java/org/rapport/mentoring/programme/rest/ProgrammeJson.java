package org.rapport.mentoring.programme.rest;

import org.rapport.mentoring.matching.FairnessFigures;
import org.rapport.mentoring.profile.rest.MentoringJson;
import org.rapport.people.rest.PersonJson;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of "My team" ({@code mentoring/team}) and the programme ({@code mentoring/programme}).
 * None of them has a field for a proposal message, check-in notes, next steps or feedback text: those
 * never leave the pair.
 */
public final class ProgrammeJson {
    private ProgrammeJson() {
    }

    public record Goals(int count, int done, int averageProgress) {
    }

    /** One pairing of a manager's direct report. */
    public record TeamItem(long id, PersonJson report, String reportRole, PersonJson other, String status, String since,
                           String lastCheckIn, int checkIns, String health, Goals goals) {
    }

    public record TeamPage(List<TeamItem> items, String nextCursor) {
    }

    /** One pairing in the coordinator's list. */
    public record Pairing(long id, PersonJson mentor, String mentorDepartment, PersonJson mentee, String menteeDepartment,
                          String status, String proposedBy, String createdAt, String startedAt, String endedAt,
                          int checkIns, String lastCheckIn, String nextDueAt, String health) {
    }

    public record PairingPage(List<Pairing> items, String nextCursor) {
    }

    public record Health(int menteesWithProfile, int menteesMatched, double matchedShare, int openMentors,
                         double averageUtilisation, Map<String, Integer> mentorLoad, int activePairings,
                         int overduePairings, double overdueShare, Map<String, Integer> byStatus, boolean truncated) {
    }

    /** A proposed pair of a preview; {@code menteeKey} and {@code mentorKey} are what commit takes back. */
    public record ProposedPair(String menteeKey, String mentorKey, PersonJson mentee, PersonJson mentor, int score,
                               List<MentoringJson.Reason> reasons, boolean crossDepartment) {
    }

    public record Preview(List<ProposedPair> pairs, List<PersonJson> unmatched, long totalScore, FairnessFigures fairness,
                          boolean truncated) {
    }

    /** The commit body: the pairs to propose (normally the preview's, as {@code menteeKey}/{@code mentorKey}). */
    public record CommitRequest(List<PairKeys> pairs) {
    }

    public record PairKeys(String menteeKey, String mentorKey) {
    }

    public record Skipped(PersonJson mentee, PersonJson mentor, String reason, String text) {
    }

    public record CommitResult(List<Pairing> created, List<Skipped> skipped) {
    }
}
