package org.rapport.mentoring.matching;

import java.time.ZoneId;
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
            throw new InvalidMatchingInputException("mentees", "rapport.mentoring.match.error.mentees");
        }
        if (mentorPool == null || mentorPool.size() > MENTORS_MAX) {
            throw new InvalidMatchingInputException("mentors", "rapport.mentoring.match.error.mentors");
        }
        if (options == null) {
            throw new InvalidMatchingInputException("options", "rapport.mentoring.match.error.options");
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
    record CandidateEdges(int[] mentee, int[] mentor, int[] score) {
    }

    /**
     * Every mentee's best candidates, by sparse accumulation: for each skill the mentee wants, walk the
     * mentors offering it (skill index built once, with each mentor's skill and help points already
     * weighted), add their points, then add the department and time zone points of each mentor
     * touched. The same arithmetic as {@link MatchScoring#points}, on ints; package-private for the
     * benchmark, which feeds the same edges to JGraphT.
     */
    CandidateEdges candidateEdges(List<MenteeRequest> mentees, List<MentorCandidate> mentors, int perMentee) {
        MatchingWeights weights = scoring.weights();
        Map<String, Integer> departments = new HashMap<>();
        Map<ZoneId, Integer> zones = new HashMap<>();
        Map<String, Integer> mentorIndex = new HashMap<>();
        int[] mentorDepartment = new int[mentors.size()];
        int[] mentorZone = new int[mentors.size()];
        Map<String, IntList> offering = new HashMap<>();
        for (int j = 0; j < mentors.size(); j++) {
            MentorCandidate mentor = mentors.get(j);
            mentorIndex.put(mentor.userKey(), j);
            mentorDepartment[j] = departmentId(departments, mentor.department());
            mentorZone[j] = zones.computeIfAbsent(mentor.timeZone(), z -> zones.size());
            if (!mentor.available()) {
                continue;
            }
            for (String skill : mentor.skillsOffered()) {
                int points = weights.sharedSkill() + scoring.countedHelp(mentor.userKey(), skill) * weights.helpEvidence();
                IntList list = offering.computeIfAbsent(skill, s -> new IntList());
                list.add(j);
                list.add(points);
            }
        }
        Map<String, int[]> mentorsBySkill = new HashMap<>();
        offering.forEach((skill, list) -> mentorsBySkill.put(skill, list.toArray()));
        ZoneId[] zoneOf = new ZoneId[zones.size()];
        zones.forEach((zone, id) -> zoneOf[id] = zone);

        int[] touchedBy = new int[mentors.size()];
        Arrays.fill(touchedBy, -1);
        int[] partial = new int[mentors.size()];
        int[] touched = new int[mentors.size()];
        long[] ranked = new long[Math.max(16, mentors.size())];
        int[] overlapPoints = new int[zoneOf.length];
        IntList menteeOf = new IntList();
        IntList mentorOf = new IntList();
        IntList scoreOf = new IntList();
        for (int i = 0; i < mentees.size(); i++) {
            MenteeRequest mentee = mentees.get(i);
            int touchedCount = 0;
            for (String skill : mentee.skillsWanted()) {
                int[] offers = mentorsBySkill.get(skill);
                if (offers == null) {
                    continue;
                }
                for (int k = 0; k < offers.length; k += 2) {
                    int j = offers[k];
                    if (touchedBy[j] != i) {
                        touchedBy[j] = i;
                        partial[j] = 0;
                        touched[touchedCount++] = j;
                    }
                    partial[j] += offers[k + 1];
                }
            }
            // Self and the management chain are never candidates.
            exclude(mentorIndex.get(mentee.userKey()), partial, touchedBy, i);
            for (String manager : mentee.managementChain()) {
                exclude(mentorIndex.get(manager), partial, touchedBy, i);
            }
            // -1: unknown (never "another department"); -2: a department no mentor is in.
            int menteeDepartment = mentee.department().isEmpty() ? -1 : departments.getOrDefault(mentee.department(), -2);
            boolean departmentCounts = mentee.preferOtherDepartment() && weights.otherDepartment() > 0
                    && menteeDepartment != -1;
            boolean zoneCounts = mentee.preferOverlappingTimezone() && weights.timezoneOverlap() > 0;
            if (zoneCounts) {
                for (int z = 0; z < zoneOf.length; z++) {
                    overlapPoints[z] = scoring.overlapHours(mentee.timeZone(), zoneOf[z]) * weights.timezoneOverlap();
                }
            }
            int found = 0;
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int points = partial[j];
                if (points < 0) {
                    continue;
                }
                if (departmentCounts && mentorDepartment[j] != -1 && mentorDepartment[j] != menteeDepartment) {
                    points += weights.otherDepartment();
                }
                if (zoneCounts) {
                    points += overlapPoints[mentorZone[j]];
                }
                if (points > 0) {
                    // Packed so that ascending order = best score first, then lower mentor index.
                    ranked[found++] = ((long) (MatchingWeights.MAX_PAIR_SCORE - points) << 32) | j;
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

    private static int departmentId(Map<String, Integer> departments, String department) {
        return department.isEmpty() ? -1 : departments.computeIfAbsent(department, d -> departments.size());
    }

    private static void exclude(Integer mentor, int[] partial, int[] touchedBy, int mentee) {
        if (mentor != null && touchedBy[mentor] == mentee) {
            partial[mentor] = Integer.MIN_VALUE;
        }
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
        long explainedTotal = pairs.stream().mapToLong(Pairing::score).sum();
        if (explainedTotal != solved.totalScore()) {
            // The fast candidate scoring and the explained scoring must never disagree.
            throw new IllegalStateException("explained scores add up to " + explainedTotal + ", the solver's to "
                    + solved.totalScore());
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

    static <T> List<T> sortedUnique(List<T> items, java.util.function.Function<T, String> key, String field) {
        List<T> sorted = new ArrayList<>(items);
        for (T item : sorted) {
            if (item == null) {
                throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.missing");
            }
        }
        sorted.sort(Comparator.comparing(key));
        Set<String> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidMatchingInputException(field, "rapport.mentoring.match.error.duplicate");
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
