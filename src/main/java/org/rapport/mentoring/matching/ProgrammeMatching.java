package org.rapport.mentoring.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Match everyone waiting": the optimal capacity-constrained assignment of waiting mentees to
 * available mentors (see {@link CapacitatedAssignment} and {@link MatchingObjective} for what optimal
 * means), computed as a preview.
 *
 * <p>Steps: sort mentees and mentors by user key (so the result does not depend on input order);
 * find each mentee's candidate mentors through a skill → mentors index (only mentors sharing a skill
 * can score); keep the best {@link MatchingOptions#candidatesPerMentee()} by score, ties by mentor
 * key; solve the min-cost flow; explain the chosen pairs and compute the fairness figures.
 */
public final class ProgrammeMatching {
    /** Hard caps on one run (the benchmark runs 10,000 mentees and 2,000 mentors). */
    public static final int MENTEES_MAX = 100_000;
    public static final int MENTORS_MAX = 50_000;

    private final MatchScoring scoring;

    public ProgrammeMatching(MatchScoring scoring) {
        if (scoring == null) {
            throw new IllegalArgumentException("scoring is required");
        }
        this.scoring = scoring;
    }

    public ProgrammeMatch preview(List<MenteeRequest> waiting, List<MentorCandidate> mentorPool, MatchingOptions options) {
        if (waiting == null || waiting.size() > MENTEES_MAX) {
            throw new InvalidMatchingInputException("mentees", Checks.KEY_PREFIX + "mentees");
        }
        if (mentorPool == null || mentorPool.size() > MENTORS_MAX) {
            throw new InvalidMatchingInputException("mentors", Checks.KEY_PREFIX + "mentors");
        }
        if (options == null) {
            throw new InvalidMatchingInputException("options", Checks.KEY_PREFIX + "options");
        }
        List<MenteeRequest> mentees = sortedUnique(waiting, MenteeRequest::userKey, "mentees");
        List<MentorCandidate> mentors = sortedUnique(mentorPool, MentorCandidate::userKey, "mentors");

        CandidateEdges edges = candidateEdges(mentees, mentors, options.candidatesPerMentee());
        int[] freePlaces = new int[mentors.size()];
        for (int j = 0; j < mentors.size(); j++) {
            freePlaces[j] = mentors.get(j).available() ? mentors.get(j).freePlaces() : 0;
        }
        CapacitatedAssignment.Result solved = CapacitatedAssignment.solve(mentees.size(), freePlaces,
                edges.mentee(), edges.mentor(), edges.score(), options.objective());
        return describe(mentees, mentors, solved, options, edges.mentee().length);
    }

    /** Candidate edges, grouped by mentee in mentee order, best first within a mentee. */
    private record CandidateEdges(int[] mentee, int[] mentor, int[] score) {
    }

    private CandidateEdges candidateEdges(List<MenteeRequest> mentees, List<MentorCandidate> mentors, int perMentee) {
        Map<String, int[]> mentorsBySkill = mentorsBySkill(mentors);
        int[] seenBy = new int[mentors.size()];
        Arrays.fill(seenBy, -1);
        long[] ranked = new long[Math.max(16, mentors.size())];
        IntList menteeOf = new IntList();
        IntList mentorOf = new IntList();
        IntList scoreOf = new IntList();
        for (int i = 0; i < mentees.size(); i++) {
            MenteeRequest mentee = mentees.get(i);
            int found = 0;
            for (String skill : mentee.skillsWanted()) {
                for (int j : mentorsBySkill.getOrDefault(skill, new int[0])) {
                    if (seenBy[j] == i) {
                        continue;
                    }
                    seenBy[j] = i;
                    int points = scoring.points(mentee, mentors.get(j));
                    if (points > 0) {
                        // Packed so that ascending order = best score first, then lower mentor index.
                        ranked[found++] = ((long) (MatchingWeights.MAX_PAIR_SCORE - points) << 32) | j;
                    }
                }
            }
            Arrays.sort(ranked, 0, found);
            for (int k = 0; k < Math.min(found, perMentee); k++) {
                menteeOf.add(i);
                mentorOf.add((int) ranked[k]);
                scoreOf.add(MatchingWeights.MAX_PAIR_SCORE - (int) (ranked[k] >>> 32));
            }
        }
        return new CandidateEdges(menteeOf.toArray(), mentorOf.toArray(), scoreOf.toArray());
    }

    private static Map<String, int[]> mentorsBySkill(List<MentorCandidate> mentors) {
        Map<String, IntList> index = new HashMap<>();
        for (int j = 0; j < mentors.size(); j++) {
            MentorCandidate mentor = mentors.get(j);
            if (!mentor.available()) {
                continue;
            }
            for (String skill : mentor.skillsOffered()) {
                index.computeIfAbsent(skill, s -> new IntList()).add(j);
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        index.forEach((skill, list) -> frozen.put(skill, list.toArray()));
        return frozen;
    }

    private ProgrammeMatch describe(List<MenteeRequest> mentees, List<MentorCandidate> mentors,
                                    CapacitatedAssignment.Result solved, MatchingOptions options, int edgeCount) {
        List<Pairing> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int[] newMentees = new int[mentors.size()];
        int crossDepartment = 0;
        for (int i = 0; i < mentees.size(); i++) {
            MenteeRequest mentee = mentees.get(i);
            int j = solved.mentorOf()[i];
            if (j < 0) {
                unmatched.add(mentee.userKey());
                continue;
            }
            MentorCandidate mentor = mentors.get(j);
            MentorSuggestion explained = scoring.score(mentee, mentor).orElseThrow();
            boolean cross = MatchScoring.crossDepartment(mentee, mentor);
            crossDepartment += cross ? 1 : 0;
            newMentees[j]++;
            pairs.add(new Pairing(mentee.userKey(), mentor.userKey(), explained.score(), explained.reasons(), cross));
        }
        return new ProgrammeMatch(pairs, unmatched, solved.totalScore(),
                fairness(mentees.size(), pairs.size(), crossDepartment, mentors, newMentees), options, edgeCount);
    }

    private static FairnessFigures fairness(int waiting, int matched, int crossDepartment, List<MentorCandidate> mentors,
                                            int[] newMentees) {
        int counted = 0;
        double min = 0;
        double max = 0;
        double sum = 0;
        double sumOfSquares = 0;
        for (int j = 0; j < mentors.size(); j++) {
            MentorCandidate mentor = mentors.get(j);
            if (mentor.paused() || mentor.capacity() == 0) {
                continue;
            }
            double utilisation = (double) (mentor.activeMentees() + newMentees[j]) / mentor.capacity();
            min = counted == 0 ? utilisation : Math.min(min, utilisation);
            max = counted == 0 ? utilisation : Math.max(max, utilisation);
            sum += utilisation;
            sumOfSquares += utilisation * utilisation;
            counted++;
        }
        double mean = counted == 0 ? 0 : sum / counted;
        double variance = counted == 0 ? 0 : Math.max(0, sumOfSquares / counted - mean * mean);
        return new FairnessFigures(waiting, matched, waiting == 0 ? 0 : (double) matched / waiting, crossDepartment,
                matched == 0 ? 0 : (double) crossDepartment / matched, counted, min, max, mean, Math.sqrt(variance));
    }

    private static <T> List<T> sortedUnique(List<T> items, java.util.function.Function<T, String> key, String field) {
        List<T> sorted = new ArrayList<>(items);
        for (T item : sorted) {
            if (item == null) {
                throw new InvalidMatchingInputException(field, Checks.KEY_PREFIX + field);
            }
        }
        sorted.sort(Comparator.comparing(key));
        Set<String> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidMatchingInputException(field, Checks.KEY_PREFIX + "duplicate");
            }
        }
        return sorted;
    }

    /** A growable int array, to keep a 500k-edge instance out of boxed lists. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
