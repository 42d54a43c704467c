package org.rapport.mentoring.matching;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** A seeded random assignment instance: unique mentee-mentor edges with scores 1..maxScore. */
record RandomInstance(int menteeCount, int[] freePlaces, int[] edgeMentee, int[] edgeMentor, int[] edgeScore) {

    static RandomInstance of(long seed, int mentees, int mentors, int maxFree, int maxDegree, int maxScore) {
        Random random = new Random(seed);
        int[] free = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            free[j] = random.nextInt(maxFree + 1);
        }
        IntArrays edges = new IntArrays();
        for (int i = 0; i < mentees; i++) {
            int degree = random.nextInt(Math.min(maxDegree, mentors) + 1);
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < degree) {
                chosen.add(random.nextInt(mentors));
            }
            for (int j : chosen) {
                edges.add(i, j, 1 + random.nextInt(maxScore));
            }
        }
        return new RandomInstance(mentees, free, edges.first(), edges.second(), edges.third());
    }

    CapacitatedAssignment.Result solve(MatchingObjective objective) {
        return CapacitatedAssignment.solve(menteeCount, freePlaces, edgeMentee, edgeMentor, edgeScore, objective);
    }

    JGraphTBaseline.Outcome solveWithJGraphT(MatchingObjective objective) {
        return JGraphTBaseline.solve(menteeCount, freePlaces, edgeMentee, edgeMentor, edgeScore, objective);
    }

    /** Score of mentee i with mentor j, or 0 when there is no such edge. */
    int score(int mentee, int mentor) {
        for (int e = 0; e < edgeMentee.length; e++) {
            if (edgeMentee[e] == mentee && edgeMentor[e] == mentor) {
                return edgeScore[e];
            }
        }
        return 0;
    }

    private static final class IntArrays {
        private final java.util.List<int[]> rows = new java.util.ArrayList<>();

        void add(int a, int b, int c) {
            rows.add(new int[] {a, b, c});
        }

        int[] first() {
            return rows.stream().mapToInt(r -> r[0]).toArray();
        }

        int[] second() {
            return rows.stream().mapToInt(r -> r[1]).toArray();
        }

        int[] third() {
            return rows.stream().mapToInt(r -> r[2]).toArray();
        }
    }
}
