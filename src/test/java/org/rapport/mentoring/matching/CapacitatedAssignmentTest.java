package org.rapport.mentoring.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacitatedAssignmentTest {

    @ParameterizedTest
    @EnumSource(MatchingObjective.class)
    void solve_reachesJGraphTsOptimumOnManyRandomInstances(MatchingObjective objective) {
        for (long seed = 1; seed <= 300; seed++) {
            RandomInstance instance = RandomInstance.of(seed, 1 + (int) (seed % 40), 1 + (int) (seed % 13), 3,
                    1 + (int) (seed % 6), 1 + (int) (seed * 7 % 60));
            CapacitatedAssignment.Result ours = instance.solve(objective);
            JGraphTBaseline.Outcome reference = instance.solveWithJGraphT(objective);

            assertThat(ours.totalScore()).as("total score, seed %d", seed).isEqualTo(reference.totalScore());
            if (objective == MatchingObjective.MOST_MATCHED_THEN_SCORE) {
                assertThat(ours.matchedCount()).as("matched, seed %d", seed).isEqualTo(reference.matched());
            } else {
                assertThat(ours.matchedCount()).as("most matched among best scores, seed %d", seed)
                        .isGreaterThanOrEqualTo(reference.matched());
            }
            assertValid(instance, ours);
        }
    }

    @ParameterizedTest
    @EnumSource(MatchingObjective.class)
    void solve_equalsBruteForceOnTinyInstances(MatchingObjective objective) {
        for (long seed = 1; seed <= 400; seed++) {
            RandomInstance instance = RandomInstance.of(seed, 1 + (int) (seed % 6), 1 + (int) (seed % 4), 2, 3,
                    1 + (int) (seed % 9));
            CapacitatedAssignment.Result ours = instance.solve(objective);
            long[] best = BruteForce.best(instance, objective);

            assertThat(new long[] {ours.matchedCount(), ours.totalScore()}).as("seed %d", seed).containsExactly(best);
            assertValid(instance, ours);
        }
    }

    @Test
    void mostMatched_dropsAScoreToMatchOneMoreMentee() {
        // Mentee 0 fits mentor 0 best (10) but is the only one who can also take mentor 1.
        RandomInstance instance = new RandomInstance(2, new int[] {1, 1},
                new int[] {0, 0, 1}, new int[] {0, 1, 0}, new int[] {10, 1, 9});

        CapacitatedAssignment.Result most = instance.solve(MatchingObjective.MOST_MATCHED_THEN_SCORE);
        CapacitatedAssignment.Result highest = instance.solve(MatchingObjective.HIGHEST_SCORE);

        assertThat(most.mentorOf()).containsExactly(1, 0);
        assertThat(most.totalScore()).isEqualTo(10);
        assertThat(highest.totalScore()).isEqualTo(10);
        assertThat(highest.matchedCount()).as("10 + 0 ties 1 + 9: the tie goes to more pairs").isEqualTo(2);
    }

    @Test
    void highestScore_leavesAMenteeUnmatchedWhenMatchingCostsScore() {
        // Two mentees compete for mentor 0 (one place); mentee 1 could go to mentor 1, but only by
        // moving mentee 0 off its 20-point pair.
        RandomInstance instance = new RandomInstance(2, new int[] {1, 1},
                new int[] {0, 0, 1}, new int[] {0, 1, 0}, new int[] {20, 1, 5});

        assertThat(instance.solve(MatchingObjective.HIGHEST_SCORE).mentorOf()).containsExactly(0, -1);
        assertThat(instance.solve(MatchingObjective.MOST_MATCHED_THEN_SCORE).mentorOf()).containsExactly(1, 0);
    }

    @Test
    void solve_neverExceedsAMentorsFreePlaces() {
        RandomInstance instance = RandomInstance.of(7, 400, 30, 4, 8, 50);

        CapacitatedAssignment.Result result = instance.solve(MatchingObjective.MOST_MATCHED_THEN_SCORE);

        assertValid(instance, result);
        assertThat(result.matchedCount()).isPositive();
    }

    @Test
    void solve_isDeterministic() {
        RandomInstance instance = RandomInstance.of(11, 300, 40, 3, 10, 20);

        int[] first = instance.solve(MatchingObjective.MOST_MATCHED_THEN_SCORE).mentorOf();
        int[] second = instance.solve(MatchingObjective.MOST_MATCHED_THEN_SCORE).mentorOf();

        assertThat(second).containsExactly(first);
    }

    @Test
    void solve_handlesEmptyInstances() {
        CapacitatedAssignment.Result result = CapacitatedAssignment.solve(3, new int[0], new int[0], new int[0],
                new int[0], MatchingObjective.MOST_MATCHED_THEN_SCORE);

        assertThat(result.mentorOf()).containsExactly(-1, -1, -1);
        assertThat(result.totalScore()).isZero();
    }

    @Test
    void solve_rejectsNonPositiveScoresAndOutOfRangeEdges() {
        assertThatThrownBy(() -> CapacitatedAssignment.solve(1, new int[] {1}, new int[] {0}, new int[] {0},
                new int[] {0}, MatchingObjective.HIGHEST_SCORE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapacitatedAssignment.solve(1, new int[] {1}, new int[] {0}, new int[] {1},
                new int[] {3}, MatchingObjective.HIGHEST_SCORE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapacitatedAssignment.solve(1, new int[] {-1}, new int[0], new int[0],
                new int[0], MatchingObjective.HIGHEST_SCORE)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every pair is a given edge with its score, no mentor over its places; the totals add up. */
    static void assertValid(RandomInstance instance, CapacitatedAssignment.Result result) {
        int[] load = new int[instance.freePlaces().length];
        long total = 0;
        int matched = 0;
        for (int i = 0; i < instance.menteeCount(); i++) {
            int j = result.mentorOf()[i];
            if (j < 0) {
                continue;
            }
            int score = instance.score(i, j);
            assertThat(score).as("mentee %d got mentor %d without an edge", i, j).isPositive();
            load[j]++;
            total += score;
            matched++;
        }
        for (int j = 0; j < load.length; j++) {
            assertThat(load[j]).as("load of mentor %d", j).isLessThanOrEqualTo(instance.freePlaces()[j]);
        }
        assertThat(result.totalScore()).isEqualTo(total);
        assertThat(result.matchedCount()).isEqualTo(matched);
    }

    /** Tries every assignment; returns {matched, score} of the best one under the objective. */
    static final class BruteForce {
        private final RandomInstance instance;
        private final MatchingObjective objective;
        private final int[] load;
        private long bestMatched = -1;
        private long bestScore = -1;

        private BruteForce(RandomInstance instance, MatchingObjective objective) {
            this.instance = instance;
            this.objective = objective;
            this.load = new int[instance.freePlaces().length];
        }

        static long[] best(RandomInstance instance, MatchingObjective objective) {
            BruteForce search = new BruteForce(instance, objective);
            search.visit(0, 0, 0);
            return new long[] {search.bestMatched, search.bestScore};
        }

        private void visit(int mentee, long matched, long score) {
            if (mentee == instance.menteeCount()) {
                boolean better = objective == MatchingObjective.MOST_MATCHED_THEN_SCORE
                        ? matched > bestMatched || (matched == bestMatched && score > bestScore)
                        : score > bestScore || (score == bestScore && matched > bestMatched);
                if (better) {
                    bestMatched = matched;
                    bestScore = score;
                }
                return;
            }
            visit(mentee + 1, matched, score);
            for (int e = 0; e < instance.edgeMentee().length; e++) {
                int j = instance.edgeMentor()[e];
                if (instance.edgeMentee()[e] == mentee && load[j] < instance.freePlaces()[j]) {
                    load[j]++;
                    visit(mentee + 1, matched + 1, score + instance.edgeScore()[e]);
                    load[j]--;
                }
            }
        }
    }
}
