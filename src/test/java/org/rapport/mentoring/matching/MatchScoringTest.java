package org.rapport.mentoring.matching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.matching.Matching.mentee;
import static org.rapport.mentoring.matching.Matching.mentor;

class MatchScoringTest {
    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");

    private final HelpEvidence evidence = HelpEvidence.snapshot(Map.of("ada", Map.of("Java", 3, "sql", 9)));
    private final MatchScoring scoring = new MatchScoring(MatchingWeights.DEFAULTS, evidence, WINTER);

    @Test
    void score_addsSharedSkillsHelpEvidenceDepartmentAndOverlap_andExplainsEachPart() {
        MenteeRequest bob = mentee("bob").skills("java", "sql", "go").department("sales")
                .prefersOtherDepartment().prefersOverlap().build();
        MentorCandidate ada = mentor("ada").skills("JAVA", "sql", "rust").department("engineering")
                .zone("Europe/London").build();

        MentorSuggestion suggestion = scoring.score(bob, ada).orElseThrow();

        // java 10 + 3 helps x 2; sql 10 + 5 (capped from 9) x 2; other department 5; 7 hours overlap (Berlin/London in winter).
        assertThat(suggestion.reasons()).containsExactly(
                new MatchReason(MatchReason.KEY_SHARED_SKILL, 10, List.of("java")),
                new MatchReason(MatchReason.KEY_HELP_EVIDENCE, 6, List.of("java", "3")),
                new MatchReason(MatchReason.KEY_SHARED_SKILL, 10, List.of("sql")),
                new MatchReason(MatchReason.KEY_HELP_EVIDENCE, 10, List.of("sql", "5")),
                new MatchReason(MatchReason.KEY_OTHER_DEPARTMENT, 5, List.of("engineering")),
                new MatchReason(MatchReason.KEY_TIMEZONE_OVERLAP, 7, List.of("7")));
        assertThat(suggestion.score()).isEqualTo(48)
                .isEqualTo(suggestion.reasons().stream().mapToInt(MatchReason::points).sum())
                .isEqualTo(scoring.points(bob, ada));
    }

    @Test
    void bestFor_isTheScoreOfAMentorWhoMatchesEverything_theScaleASuggestionIsOutOf() {
        MenteeRequest bob = mentee("bob").skills("java", "sql", "go").department("sales").prefersOtherDepartment().prefersOverlap().build();
        MenteeRequest carol = mentee("carol").skills("java").build();

        // 3 skills x (10 + 5 counted helps x 2) + 5 for another department + 8 working hours x 1.
        assertThat(MatchingWeights.DEFAULTS.bestFor(bob)).isEqualTo(3 * 20 + 5 + 8);
        assertThat(MatchingWeights.DEFAULTS.bestFor(carol)).isEqualTo(20);
        MentorCandidate perfect = mentor("ada").skills("java").department("engineering").zone("Europe/Berlin").build();
        assertThat(new MatchScoring(MatchingWeights.DEFAULTS, HelpEvidence.NONE, Instant.parse("2026-01-15T12:00:00Z"))
                .score(carol, perfect).orElseThrow().score()).isLessThanOrEqualTo(MatchingWeights.DEFAULTS.bestFor(carol));
    }

    @Test
    void score_ignoresDepartmentAndTimezoneUnlessTheMenteePrefersThem() {
        MenteeRequest bob = mentee("bob").department("sales").build();
        MentorCandidate cy = mentor("cy").department("engineering").build();

        assertThat(scoring.score(bob, cy).orElseThrow().score()).isEqualTo(10);
    }

    @Test
    void score_neverCountsAnUnknownDepartmentAsAnotherOne() {
        MenteeRequest bob = mentee("bob").department("").prefersOtherDepartment().build();

        assertThat(scoring.score(bob, mentor("cy").department("engineering").build()).orElseThrow().score()).isEqualTo(10);
    }

    @Test
    void overlapHours_followsTheUtcOffsetsAtTheScoringInstant() {
        MatchScoring summer = new MatchScoring(MatchingWeights.DEFAULTS, HelpEvidence.NONE,
                Instant.parse("2026-07-15T12:00:00Z"));
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");

        assertThat(scoring.overlapHours(Matching.BERLIN, newYork)).isEqualTo(2);
        assertThat(summer.overlapHours(Matching.BERLIN, newYork)).isEqualTo(2);
        assertThat(scoring.overlapHours(Matching.BERLIN, java.time.ZoneId.of("Asia/Kolkata"))).isEqualTo(3);
        assertThat(scoring.overlapHours(Matching.BERLIN, java.time.ZoneId.of("Asia/Tokyo"))).isZero();
        assertThat(scoring.overlapHours(java.time.ZoneId.of("Pacific/Kiritimati"), java.time.ZoneId.of("Etc/GMT+10")))
                .as("UTC+14 and UTC-10 show the same clock").isEqualTo(8);
    }

    @Test
    void score_requiresASharedSkill() {
        assertThat(scoring.score(mentee("bob").skills("go").build(), mentor("ada").skills("java").build())).isEmpty();
    }

    @Test
    void score_excludesSelfManagementChainPausedAndFullMentors() {
        MenteeRequest bob = mentee("bob").managedBy("boss", "ceo").build();

        assertThat(scoring.score(bob, mentor("bob").build())).as("self").isEmpty();
        assertThat(scoring.score(bob, mentor("boss").build())).as("manager").isEmpty();
        assertThat(scoring.score(bob, mentor("ceo").build())).as("above the manager").isEmpty();
        assertThat(scoring.score(bob, mentor("ada").paused().build())).as("paused").isEmpty();
        assertThat(scoring.score(bob, mentor("ada").capacity(2).active(2).build())).as("full").isEmpty();
        assertThat(scoring.score(bob, mentor("ada").capacity(0).build())).as("no capacity").isEmpty();
        assertThat(scoring.score(bob, mentor("ada").capacity(2).active(1).build())).as("one place left").isPresent();
    }

    @Test
    void suggestionsFor_returnsTheTopFiveBestFirstWithTiesByUserKey() {
        List<MentorCandidate> mentors = new ArrayList<>();
        for (String key : List.of("m7", "m3", "m9", "m1", "m5", "m2")) {
            mentors.add(mentor(key).build());
        }
        mentors.add(mentor("ada").skills("java", "sql").build());
        mentors.add(mentor("boss").skills("java", "sql").build());
        mentors.add(mentor("paused").skills("java", "sql").paused().build());
        MenteeRequest bob = mentee("bob").skills("java", "sql").managedBy("boss").build();

        List<MentorSuggestion> suggestions = scoring.suggestionsFor(bob, mentors);

        assertThat(suggestions).extracting(MentorSuggestion::mentorKey).containsExactly("ada", "m1", "m2", "m3", "m5");
        assertThat(suggestions).extracting(MentorSuggestion::score).containsExactly(20 + 6 + 10, 10, 10, 10, 10);
        List<MentorCandidate> reversed = new ArrayList<>(mentors);
        java.util.Collections.reverse(reversed);
        assertThat(scoring.suggestionsFor(bob, reversed)).isEqualTo(suggestions);
    }

    @Test
    void valueTypes_rejectBadInputNamingTheField() {
        assertThatThrownBy(() -> mentor("ada").capacity(11).build())
                .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> mentor(" ").build())
                .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.field()).isEqualTo("userKey"));
        assertThatThrownBy(() -> mentee("bob").skills().build())
                .isInstanceOfSatisfying(InvalidMatchingInputException.class,
                        e -> assertThat(e.field()).isEqualTo("skillsWanted"));
        assertThatThrownBy(() -> new MatchingWeights(-1, 2, 5, 1))
                .isInstanceOfSatisfying(InvalidMatchingInputException.class,
                        e -> assertThat(e.field()).isEqualTo("sharedSkill"));
        assertThatThrownBy(() -> new MatchingWeights(0, 0, 0, 0))
                .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.field()).isEqualTo("weights"));
        assertThatThrownBy(() -> new MatchingOptions(0, MatchingObjective.HIGHEST_SCORE))
                .isInstanceOfSatisfying(InvalidMatchingInputException.class,
                        e -> assertThat(e.field()).isEqualTo("candidatesPerMentee"));
        assertThatThrownBy(() -> HelpEvidence.snapshot(Map.of("ada", Map.of("java", -1))))
                .isInstanceOf(InvalidMatchingInputException.class);
    }

    @Test
    void skills_areNormalisedSoCaseAndSpacesDoNotMatter() {
        MentorCandidate ada = mentor("ada").skills(" Java ", "SQL").build();

        assertThat(ada.skillsOffered()).containsExactly("java", "sql");
    }
}
