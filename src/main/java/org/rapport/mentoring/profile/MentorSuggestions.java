package org.rapport.mentoring.profile;

import org.rapport.mentoring.matching.MatchReason;
import org.rapport.mentoring.matching.MatchScoring;
import org.rapport.mentoring.matching.MenteeRequest;
import org.rapport.mentoring.matching.MentorCandidate;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.matching.MentorSuggestion;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;
import org.rapport.skills.SkillTag;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Find a mentor": the top {@value MatchScoring#SUGGESTIONS} mentors for the caller's mentee
 * profile, scored and explained by the matching engine with the admin's weights (mentoring settings). Never the caller, their manager or anyone
 * above in the management chain, never a paused or full mentor. Reads at most
 * {@value #CANDIDATES_MAX} open mentors who offer a wanted skill (through the tag index), their
 * help evidence and departments in bounded queries, then scores in memory.
 */
@Named
public class MentorSuggestions {
    public static final int CANDIDATES_MAX = 2000;

    /**
     * One suggested mentor: their profile, score and the reasons (i18n key + arguments) that add up
     * to it; {@code bestScore} is the most any mentor could score for this mentee (the scale).
     */
    public record Suggestion(MentorProfile mentor, int score, int bestScore, List<MatchReason> reasons) {
        public Suggestion {
            reasons = List.copyOf(reasons);
        }
    }

    private final MentoringStore store;
    private final HelpSkillEvidence evidence;
    private final ActiveMentees active;
    private final OrgChart org;
    private final SystemClock clock;
    private final MentoringSettingsService settings;

    @Inject
    public MentorSuggestions(MentoringStore store, HelpSkillEvidence evidence, ActiveMentees active, OrgChart org,
                             SystemClock clock, MentoringSettingsService settings) {
        this.store = store;
        this.evidence = evidence;
        this.active = active;
        this.org = org;
        this.clock = clock;
        this.settings = settings;
    }

    /** Suggestions for the caller; 400 naming {@code menteeProfile} when they have not filled one in. */
    public List<Suggestion> forMentee(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        MenteeProfile mentee = store.mentee(actor.userKey())
                .orElseThrow(() -> new InvalidInputException(FieldError.of("menteeProfile", "rapport.mentoring.error.noMenteeProfile")));
        if (mentee.skills().isEmpty()) {
            return List.of();
        }
        List<MentorProfile> mentors = store.openMentorsOffering(mentee.skills(), CANDIDATES_MAX);
        if (mentors.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        mentors.forEach(m -> keys.add(m.personKey()));
        keys.add(mentee.personKey());
        Map<String, String> departments = departmentsOf(List.copyOf(keys));
        Map<String, Integer> activeCounts = active.countsFor(keys);
        List<MentorCandidate> candidates = new ArrayList<>();
        for (MentorProfile m : mentors) {
            if (m.skills().isEmpty()) {
                continue;
            }
            candidates.add(MentorCandidate.of(m.personKey(), names(m.skills()), departments.getOrDefault(m.personKey(), ""),
                    m.timeZone(), m.capacity(), activeCounts.getOrDefault(m.personKey(), 0), m.paused()));
        }
        MenteeRequest request = new MenteeRequest(mentee.personKey(), Set.copyOf(names(mentee.skills())),
                departments.getOrDefault(mentee.personKey(), ""), mentee.timeZone(), mentee.preferOtherDepartment(),
                mentee.preferOverlappingTimezone(), Set.copyOf(org.managementChainOf(mentee.personKey())));
        MatchingWeights weights = settings.current().weights();
        MatchScoring scoring = new MatchScoring(weights, evidence.snapshot(mentors, mentee.skills()), clock.now());
        Map<String, MentorProfile> byKey = mentors.stream().collect(Collectors.toMap(MentorProfile::personKey, Function.identity()));
        int best = weights.bestFor(request);
        return scoring.suggestionsFor(request, candidates).stream()
                .map((MentorSuggestion s) -> new Suggestion(byKey.get(s.mentorKey()), s.score(), best, s.reasons()))
                .toList();
    }

    /** OrgChart answers at most {@link OrgChart#KEYS_MAX} people per call (one SELECT each). */
    private Map<String, String> departmentsOf(List<String> keys) {
        Map<String, String> result = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i += OrgChart.KEYS_MAX) {
            result.putAll(org.departmentsOf(keys.subList(i, Math.min(keys.size(), i + OrgChart.KEYS_MAX))));
        }
        return result;
    }

    private static List<String> names(List<SkillTag> tags) {
        return tags.stream().map(SkillTag::name).toList();
    }
}
