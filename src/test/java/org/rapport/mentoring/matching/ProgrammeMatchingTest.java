package org.rapport.mentoring.matching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rapport.mentoring.matching.Matching.mentee;
import static org.rapport.mentoring.matching.Matching.mentor;

class ProgrammeMatchingTest {
    private static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");

    private final MatchScoring scoring = new MatchScoring(MatchingWeights.DEFAULTS, HelpEvidence.NONE, AT);
    private final ProgrammeMatching matching = new ProgrammeMatching(scoring);

    @Test
    void preview_matchesOptimallyAndReportsFairness() {
        List<MentorCandidate> mentors = List.of(
                mentor("ada").skills("java", "sql").department("engineering").capacity(2).active(1).build(),
                mentor("cy").skills("java").department("sales").capacity(1).build(),
                mentor("dot").skills("java").paused().build());
        List<MenteeRequest> mentees = List.of(
                mentee("bob").skills("java", "sql").department("sales").build(),
                mentee("eve").skills("java").department("engineering").build(),
                mentee("fay").skills("go").build());

        ProgrammeMatch match = matching.preview(mentees, mentors, MatchingOptions.DEFAULTS);

        assertThat(match.pairs()).extracting(Pairing::menteeKey, Pairing::mentorKey, Pairing::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "ada", 20),
                        org.assertj.core.groups.Tuple.tuple("eve", "cy", 10));
        assertThat(match.unmatchedMentees()).containsExactly("fay");
        assertThat(match.totalScore()).isEqualTo(30);
        FairnessFigures fairness = match.fairness();
        assertThat(fairness.waiting()).isEqualTo(3);
        assertThat(fairness.matched()).isEqualTo(2);
        assertThat(fairness.matchedShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(fairness.crossDepartmentPairs()).isEqualTo(2);
        assertThat(fairness.crossDepartmentShare()).isEqualTo(1.0);
        assertThat(fairness.mentorsWithCapacity()).as("paused dot is not counted").isEqualTo(2);
        assertThat(fairness.minUtilisation()).isEqualTo(1.0);
        assertThat(fairness.maxUtilisation()).isEqualTo(1.0);
        assertThat(fairness.utilisationStdDev()).isZero();
    }

    @Test
    void preview_neverPairsAMenteeWithTheirManagementChainOrThemselves() {
        List<MentorCandidate> mentors = List.of(mentor("boss").capacity(5).build(), mentor("bob").capacity(5).build(),
                mentor("ada").capacity(1).build());
        List<MenteeRequest> mentees = List.of(mentee("bob").managedBy("boss").build(),
                mentee("eve").managedBy("boss", "ada").build());

        ProgrammeMatch match = matching.preview(mentees, mentors, MatchingOptions.DEFAULTS);

        assertThat(match.pairs()).extracting(Pairing::menteeKey, Pairing::mentorKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "ada"),
                        org.assertj.core.groups.Tuple.tuple("eve", "bob"));
    }

    @Test
    void preview_respectsFreePlacesAndIgnoresFullAndPausedMentors() {
        Organisation org = Organisation.random(3, 300, 60);

        ProgrammeMatch match = matching.preview(org.mentees(), org.mentors(), new MatchingOptions(10,
                MatchingObjective.MOST_MATCHED_THEN_SCORE));

        Map<String, Integer> load = new HashMap<>();
        match.pairs().forEach(p -> load.merge(p.mentorKey(), 1, Integer::sum));
        for (MentorCandidate mentor : org.mentors()) {
            int assigned = load.getOrDefault(mentor.userKey(), 0);
            assertThat(assigned).as(mentor.userKey()).isLessThanOrEqualTo(mentor.available() ? mentor.freePlaces() : 0);
        }
        assertThat(match.pairs()).isNotEmpty();
        assertThat(match.pairs().size() + match.unmatchedMentees().size()).isEqualTo(300);
    }

    @Test
    void preview_isOptimalOverTheCandidateEdges() {
        for (long seed = 1; seed <= 20; seed++) {
            Organisation org = Organisation.random(seed, 60, 15);
            MatchingOptions options = new MatchingOptions(5, MatchingObjective.MOST_MATCHED_THEN_SCORE);
            List<MenteeRequest> mentees = ProgrammeMatching.sortedUnique(org.mentees(), MenteeRequest::userKey, "m");
            List<MentorCandidate> mentors = ProgrammeMatching.sortedUnique(org.mentors(), MentorCandidate::userKey, "m");
            ProgrammeMatching.CandidateEdges edges = matching.candidateEdges(mentees, mentors, 5);
            int[] free = mentors.stream().mapToInt(m -> m.available() ? m.freePlaces() : 0).toArray();

            ProgrammeMatch match = matching.preview(org.mentees(), org.mentors(), options);
            JGraphTBaseline.Outcome reference = JGraphTBaseline.solve(mentees.size(), free, edges.mentee(),
                    edges.mentor(), edges.score(), options.objective());

            assertThat(match.totalScore()).as("seed %d", seed).isEqualTo(reference.totalScore());
            assertThat(match.pairs()).as("seed %d", seed).hasSize(reference.matched());
        }
    }

    @Test
    void candidateEdges_scoreEachPairExactlyLikeTheExplainedScoring_andKeepTheBestK() {
        Organisation org = Organisation.random(5, 80, 40);
        HelpEvidence evidence = HelpEvidence.snapshot(Map.of("mentor-1", Map.of("skill-0", 4), "mentor-2",
                Map.of("skill-1", 1)));
        MatchScoring withEvidence = new MatchScoring(MatchingWeights.DEFAULTS, evidence, AT);
        List<MenteeRequest> mentees = ProgrammeMatching.sortedUnique(org.mentees(), MenteeRequest::userKey, "m");
        List<MentorCandidate> mentors = ProgrammeMatching.sortedUnique(org.mentors(), MentorCandidate::userKey, "m");

        ProgrammeMatching.CandidateEdges edges = new ProgrammeMatching(withEvidence).candidateEdges(mentees, mentors, 3);

        Map<Integer, List<Integer>> kept = new HashMap<>();
        for (int e = 0; e < edges.mentee().length; e++) {
            MenteeRequest mentee = mentees.get(edges.mentee()[e]);
            MentorCandidate mentor = mentors.get(edges.mentor()[e]);
            assertThat(edges.score()[e]).isEqualTo(withEvidence.score(mentee, mentor).orElseThrow().score());
            kept.computeIfAbsent(edges.mentee()[e], i -> new ArrayList<>()).add(edges.score()[e]);
        }
        for (int i = 0; i < mentees.size(); i++) {
            List<Integer> all = new ArrayList<>();
            for (MentorCandidate mentor : mentors) {
                withEvidence.score(mentees.get(i), mentor).ifPresent(s -> all.add(s.score()));
            }
            all.sort(Collections.reverseOrder());
            assertThat(kept.getOrDefault(i, List.of())).as("mentee %d", i)
                    .containsExactlyElementsOf(all.subList(0, Math.min(3, all.size())));
        }
    }

    @Test
    void preview_givesTheSameResultWhateverTheInputOrder() {
        Organisation org = Organisation.random(9, 200, 40);
        List<MenteeRequest> shuffledMentees = new ArrayList<>(org.mentees());
        List<MentorCandidate> shuffledMentors = new ArrayList<>(org.mentors());
        Collections.shuffle(shuffledMentees, new Random(1));
        Collections.shuffle(shuffledMentors, new Random(2));

        ProgrammeMatch first = matching.preview(org.mentees(), org.mentors(), MatchingOptions.DEFAULTS);
        ProgrammeMatch second = matching.preview(shuffledMentees, shuffledMentors, MatchingOptions.DEFAULTS);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void preview_rejectsDuplicateUserKeys() {
        assertThatThrownBy(() -> matching.preview(List.of(mentee("bob").build(), mentee("bob").build()), List.of(),
                MatchingOptions.DEFAULTS))
                .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.field()).isEqualTo("mentees"));
    }

    @Test
    void preview_ofNobodyWaitingIsEmpty() {
        ProgrammeMatch match = matching.preview(List.of(), List.of(mentor("ada").build()), MatchingOptions.DEFAULTS);

        assertThat(match.pairs()).isEmpty();
        assertThat(match.fairness().matchedShare()).isZero();
        assertThat(match.fairness().minUtilisation()).isZero();
    }

    /** A seeded random organisation: 8 skills, 4 departments, a few zones, some paused or full mentors. */
    record Organisation(List<MenteeRequest> mentees, List<MentorCandidate> mentors) {
        static Organisation random(long seed, int menteeCount, int mentorCount) {
            Random random = new Random(seed);
            String[] zones = {"Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata"};
            List<MentorCandidate> mentors = new ArrayList<>();
            for (int j = 0; j < mentorCount; j++) {
                int capacity = random.nextInt(4);
                mentors.add(new MentorCandidate("mentor-" + j, skills(random), "dept-" + random.nextInt(4),
                        java.time.ZoneId.of(zones[random.nextInt(zones.length)]), capacity, random.nextInt(2),
                        random.nextInt(8) == 0));
            }
            List<MenteeRequest> mentees = new ArrayList<>();
            for (int i = 0; i < menteeCount; i++) {
                mentees.add(new MenteeRequest("mentee-" + i, skills(random), random.nextInt(5) == 0 ? "" : "dept-"
                        + random.nextInt(4), java.time.ZoneId.of(zones[random.nextInt(zones.length)]),
                        random.nextBoolean(), random.nextBoolean(), java.util.Set.of("mentor-" + random.nextInt(mentorCount))));
            }
            return new Organisation(mentees, mentors);
        }

        private static java.util.Set<String> skills(Random random) {
            java.util.Set<String> skills = new java.util.HashSet<>();
            int count = 1 + random.nextInt(3);
            while (skills.size() < count) {
                skills.add("skill-" + random.nextInt(8));
            }
            return skills;
        }
    }
}
