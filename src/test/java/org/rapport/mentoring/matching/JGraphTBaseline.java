package org.rapport.mentoring.matching;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.HashMap;
import java.util.Map;

/**
 * The same assignment problem solved by JGraphT's capacity-scaling min-cost-flow solver (test and
 * benchmark scope only), as an independent reference for the engine's objective values.
 *
 * <p>Costs go in as edge weights. Formulation (one min-cost flow, all costs non-negative): the source supplies one unit per mentee;
 * source → mentee (1, 0); mentee → mentor (1, C − score); mentee → sink "unmatched" (1, U); mentor →
 * sink (free places, 0); C is the highest edge score. With U = C a pair is worth its score, so the
 * minimum cost maximises the total score. For "most matched, then score" U = C + (sum over mentees of
 * their best edge score) + 1: leaving one more mentee unmatched then costs more than any score
 * difference can repay.
 */
final class JGraphTBaseline {
    record Outcome(int matched, long totalScore, int[] mentorOf) {
    }

    private JGraphTBaseline() {
    }

    static Outcome solve(int menteeCount, int[] freePlaces, int[] edgeMentee, int[] edgeMentor, int[] edgeScore,
                         MatchingObjective objective) {
        int mentorCount = freePlaces.length;
        int source = menteeCount + mentorCount;
        int sink = source + 1;
        Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        long maxScore = 1;
        long[] bestOfMentee = new long[menteeCount];
        for (int e = 0; e < edgeScore.length; e++) {
            maxScore = Math.max(maxScore, edgeScore[e]);
            bestOfMentee[edgeMentee[e]] = Math.max(bestOfMentee[edgeMentee[e]], edgeScore[e]);
        }
        long bound = 1;
        for (long best : bestOfMentee) {
            bound += best;
        }
        double unmatchedCost = objective == MatchingObjective.HIGHEST_SCORE ? maxScore : maxScore + bound;

        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, Double> cost = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> pairScore = new HashMap<>();
        Map<DefaultWeightedEdge, int[]> pairOf = new HashMap<>();
        for (int i = 0; i < menteeCount; i++) {
            put(graph, capacity, cost, source, i, 1, 0);
            put(graph, capacity, cost, i, sink, 1, unmatchedCost);
        }
        for (int e = 0; e < edgeScore.length; e++) {
            DefaultWeightedEdge edge = put(graph, capacity, cost, edgeMentee[e], menteeCount + edgeMentor[e], 1,
                    maxScore - edgeScore[e]);
            pairScore.put(edge, edgeScore[e]);
            pairOf.put(edge, new int[] {edgeMentee[e], edgeMentor[e]});
        }
        for (int j = 0; j < mentorCount; j++) {
            put(graph, capacity, cost, menteeCount + j, sink, freePlaces[j], 0);
        }
        Map<Integer, Integer> supply = Map.of(source, menteeCount, sink, -menteeCount);
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supply.getOrDefault(v, 0), capacity::get, e -> 0, cost::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);

        int matched = 0;
        long total = 0;
        int[] mentorOf = new int[menteeCount];
        java.util.Arrays.fill(mentorOf, -1);
        for (Map.Entry<DefaultWeightedEdge, Integer> pair : pairScore.entrySet()) {
            if (flow.getFlow(pair.getKey()) > 0.5) {
                matched++;
                total += pair.getValue();
                int[] ends = pairOf.get(pair.getKey());
                mentorOf[ends[0]] = ends[1];
            }
        }
        return new Outcome(matched, total, mentorOf);
    }

    private static DefaultWeightedEdge put(Graph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> capacity,
                                   Map<DefaultWeightedEdge, Double> cost, int from, int to, int cap, double arcCost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        capacity.put(edge, cap);
        cost.put(edge, arcCost);
        // CapacityScalingMinimumCostFlow 1.5.3 reads the costs from the edge weights, not from the
        // problem's cost function (checked: with the function alone it optimised weight 1.0 per arc).
        graph.setEdgeWeight(edge, arcCost);
        return edge;
    }
}
