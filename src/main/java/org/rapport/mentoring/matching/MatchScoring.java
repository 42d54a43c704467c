package org.rapport.mentoring.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a mentee-mentor pair with {@link MatchingWeights} (see there for the scale) and explains the
 * score as {@link MatchReason}s. Pure: the help evidence is a snapshot and the time zone offsets are
 * taken at one given instant, so daylight saving time cannot change a result between two calls.
 *
 * <p>A mentor is a candidate for a mentee only if the mentor is available (not paused, not full), is
 * not the mentee, is not in the mentee's management chain, shares at least one skill with the mentee,
 * and the pair's score is positive.
 *
 * <p>Not thread-safe (it caches zone offsets); use one instance per matching run.
 */
public final class MatchScoring {
    /** How many suggestions a mentee sees. */
    public static final int SUGGESTIONS = 5;

    private static final int SECONDS_PER_HOUR = 3600;
    private static final int SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;

    /** Best first; equal scores in user-key order, so suggestions never flicker between calls. */
    static final Comparator<MentorSuggestion> BEST_FIRST = Comparator.comparingInt(MentorSuggestion::score).reversed()
            .thenComparing(MentorSuggestion::mentorKey);

    private final MatchingWeights weights;
    private final HelpEvidence evidence;
    private final Instant at;
    private final Map<ZoneId, Integer> offsets = new HashMap<>();

    public MatchScoring(MatchingWeights weights, HelpEvidence evidence, Instant at) {
        if (weights == null || evidence == null || at == null) {
            throw new IllegalArgumentException("weights, evidence and instant are required");
        }
        this.weights = weights;
        this.evidence = evidence;
        this.at = at;
    }

    MatchingWeights weights() {
        return weights;
    }

    /** The top {@value #SUGGESTIONS} candidates for a mentee, best first, ties by mentor user key. */
    public List<MentorSuggestion> suggestionsFor(MenteeRequest mentee, List<MentorCandidate> mentors) {
        List<MentorSuggestion> all = new ArrayList<>();
        for (MentorCandidate mentor : mentors) {
            score(mentee, mentor).ifPresent(all::add);
        }
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(SUGGESTIONS, all.size())));
    }

    /** The pair's score and reasons, or empty when the mentor is not a candidate for this mentee. */
    public Optional<MentorSuggestion> score(MenteeRequest mentee, MentorCandidate mentor) {
        if (!eligible(mentee, mentor)) {
            return Optional.empty();
        }
        List<MatchReason> reasons = new ArrayList<>();
        int total = 0;
        for (String skill : mentee.skillsWanted()) {
            if (!mentor.skillsOffered().contains(skill)) {
                continue;
            }
            reasons.add(new MatchReason(MatchReason.KEY_SHARED_SKILL, weights.sharedSkill(), List.of(skill)));
            total += weights.sharedSkill();
            int helps = countedHelp(mentor.userKey(), skill);
            if (helps > 0 && weights.helpEvidence() > 0) {
                int points = helps * weights.helpEvidence();
                reasons.add(new MatchReason(MatchReason.KEY_HELP_EVIDENCE, points, List.of(skill, Integer.toString(helps))));
                total += points;
            }
        }
        if (otherDepartmentCounts(mentee, mentor)) {
            reasons.add(new MatchReason(MatchReason.KEY_OTHER_DEPARTMENT, weights.otherDepartment(),
                    List.of(mentor.department())));
            total += weights.otherDepartment();
        }
        int hours = overlapHoursIfPreferred(mentee, mentor);
        if (hours > 0 && weights.timezoneOverlap() > 0) {
            int points = hours * weights.timezoneOverlap();
            reasons.add(new MatchReason(MatchReason.KEY_TIMEZONE_OVERLAP, points, List.of(Integer.toString(hours))));
            total += points;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(new MentorSuggestion(mentor.userKey(), total, reasons));
    }

    /** The same score as {@link #score} without building reasons; 0 when not a candidate. */
    int points(MenteeRequest mentee, MentorCandidate mentor) {
        if (!eligible(mentee, mentor)) {
            return 0;
        }
        int total = 0;
        for (String skill : mentee.skillsWanted()) {
            if (mentor.skillsOffered().contains(skill)) {
                total += weights.sharedSkill() + countedHelp(mentor.userKey(), skill) * weights.helpEvidence();
            }
        }
        if (otherDepartmentCounts(mentee, mentor)) {
            total += weights.otherDepartment();
        }
        total += overlapHoursIfPreferred(mentee, mentor) * weights.timezoneOverlap();
        return total;
    }

    /** Both departments known and different, and the mentee asked for it. */
    static boolean crossDepartment(MenteeRequest mentee, MentorCandidate mentor) {
        return !mentee.department().isEmpty() && !mentor.department().isEmpty()
                && !mentee.department().equals(mentor.department());
    }

    /**
     * Whole hours two 09:00-17:00 working days overlap, from the zones' UTC offsets at the scoring
     * instant (0..8). Offsets a day apart (UTC+14 and UTC-10) count as the same clock.
     */
    int overlapHours(ZoneId first, ZoneId second) {
        int difference = Math.abs(offsetSeconds(first) - offsetSeconds(second)) % SECONDS_PER_DAY;
        difference = Math.min(difference, SECONDS_PER_DAY - difference);
        int overlap = MatchingWeights.WORKING_HOURS * SECONDS_PER_HOUR - difference;
        return Math.max(0, overlap) / SECONDS_PER_HOUR;
    }

    private boolean eligible(MenteeRequest mentee, MentorCandidate mentor) {
        if (!mentor.available() || mentee.excludes(mentor.userKey())) {
            return false;
        }
        for (String skill : mentee.skillsWanted()) {
            if (mentor.skillsOffered().contains(skill)) {
                return true;
            }
        }
        return false;
    }

    private boolean otherDepartmentCounts(MenteeRequest mentee, MentorCandidate mentor) {
        return mentee.preferOtherDepartment() && weights.otherDepartment() > 0 && crossDepartment(mentee, mentor);
    }

    private int overlapHoursIfPreferred(MenteeRequest mentee, MentorCandidate mentor) {
        return mentee.preferOverlappingTimezone() ? overlapHours(mentee.timeZone(), mentor.timeZone()) : 0;
    }

    int countedHelp(String mentorKey, String skill) {
        int count = evidence.confirmedHelpCount(mentorKey, skill);
        return Math.max(0, Math.min(count, MatchingWeights.HELP_COUNTED_MAX));
    }

    private int offsetSeconds(ZoneId zone) {
        return offsets.computeIfAbsent(zone, z -> z.getRules().getOffset(at).getTotalSeconds());
    }
}
