package org.rapport.mentoring.matching;

import java.util.Arrays;

/**
 * The optimal assignment of mentees to mentors under mentor capacities, solved as a min-cost flow on
 * plain int/long arrays (no graph library at runtime).
 *
 * <p>Network: source → each mentee (capacity 1, cost 0) → each candidate mentor (capacity 1, cost
 * −score) → sink (capacity = the mentor's free places, cost 0). A flow of value k is a set of k pairs
 * in which every mentee has at most one mentor and no mentor exceeds its free places; its cost is
 * minus the pairs' total score.
 *
 * <p>Algorithm: primal-dual successive shortest paths. Each phase runs Dijkstra on reduced costs
 * (node potentials keep them non-negative; the search stops once the sink is settled), raises the
 * potentials by the capped distances, and then pushes a blocking flow (Dinic: BFS levels plus an
 * iterative DFS with current-arc pointers) through the arcs whose reduced cost is zero, i.e. along
 * shortest augmenting paths only. Augmenting along shortest paths keeps the flow of minimum cost for
 * its value, so the phases trace the concave curve "best total score for k pairs":
 * <ul>
 *   <li>{@link MatchingObjective#MOST_MATCHED_THEN_SCORE} continues until the sink is unreachable:
 *       a maximum number of pairs, and among those the highest total score;</li>
 *   <li>{@link MatchingObjective#HIGHEST_SCORE} stops when the next shortest path would no longer
 *       raise the score (its cost is positive): the highest total score, and among those the most
 *       pairs.</li>
 * </ul>
 *
 * <p>Cost: O(P · (E log V + E·√V)) for P phases; P is at most the number of distinct shortest path
 * lengths, which is bounded by the (small, integer) score range, not by the number of mentees.
 * Memory: about 60 bytes per candidate edge.
 *
 * <p>Ties between equally good optima are broken by the order of the input (mentees, mentors and
 * edges), so the same input always gives the same assignment.
 */
public final class CapacitatedAssignment {
    private static final int NONE = -1;
    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final int menteeCount;
    private final int mentorCount;
    private final int nodeCount;
    private final int source;
    private final int sink;

    // Arcs in compressed form: arcs of node v are firstArc[v] .. firstArc[v + 1] - 1; arc a's partner
    // (the reverse residual arc) is partner[a].
    private final int[] firstArc;
    private final int[] head;
    private final int[] partner;
    private final int[] residual;
    private final int[] cost;

    private final long[] potential;
    private final long[] distance;
    private final int[] level;
    private final int[] currentArc;
    private final IndexedHeap heap;

    private int phases;

    private CapacitatedAssignment(int menteeCount, int[] freePlaces, int[] edgeMentee, int[] edgeMentor, int[] edgeScore) {
        this.menteeCount = menteeCount;
        this.mentorCount = freePlaces.length;
        this.nodeCount = menteeCount + mentorCount + 2;
        this.source = 0;
        this.sink = nodeCount - 1;
        int edgeCount = edgeMentee.length;
        int arcCount = 2 * (menteeCount + edgeCount + mentorCount);
        firstArc = new int[nodeCount + 1];
        head = new int[arcCount];
        partner = new int[arcCount];
        residual = new int[arcCount];
        cost = new int[arcCount];

        int[] degree = new int[nodeCount];
        degree[source] += menteeCount;
        for (int i = 0; i < menteeCount; i++) {
            degree[menteeNode(i)]++;
        }
        for (int e = 0; e < edgeCount; e++) {
            degree[menteeNode(edgeMentee[e])]++;
            degree[mentorNode(edgeMentor[e])]++;
        }
        for (int j = 0; j < mentorCount; j++) {
            degree[mentorNode(j)]++;
            degree[sink]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            firstArc[v + 1] = firstArc[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(firstArc, nodeCount);
        for (int i = 0; i < menteeCount; i++) {
            addArc(fill, source, menteeNode(i), 1, 0);
        }
        for (int e = 0; e < edgeCount; e++) {
            addArc(fill, menteeNode(edgeMentee[e]), mentorNode(edgeMentor[e]), 1, -edgeScore[e]);
        }
        for (int j = 0; j < mentorCount; j++) {
            addArc(fill, mentorNode(j), sink, freePlaces[j], 0);
        }

        potential = new long[nodeCount];
        distance = new long[nodeCount];
        level = new int[nodeCount];
        currentArc = new int[nodeCount];
        heap = new IndexedHeap(nodeCount);
        initialPotentials(edgeMentor, edgeScore);
    }

    /**
     * Solves one instance. Edges are given as parallel arrays; every score must be positive, every
     * mentee and mentor index in range. Returns the mentor index of each mentee, or -1 for none.
     */
    public static Result solve(int menteeCount, int[] freePlaces, int[] edgeMentee, int[] edgeMentor, int[] edgeScore,
                               MatchingObjective objective) {
        if (menteeCount < 0 || freePlaces == null || edgeMentee == null || edgeMentor == null || edgeScore == null
                || objective == null) {
            throw new IllegalArgumentException("menteeCount must be >= 0 and every array and the objective given");
        }
        if (edgeMentee.length != edgeMentor.length || edgeMentee.length != edgeScore.length) {
            throw new IllegalArgumentException("edge arrays must have the same length");
        }
        for (int free : freePlaces) {
            if (free < 0) {
                throw new IllegalArgumentException("free places must be >= 0");
            }
        }
        for (int e = 0; e < edgeMentee.length; e++) {
            if (edgeMentee[e] < 0 || edgeMentee[e] >= menteeCount || edgeMentor[e] < 0
                    || edgeMentor[e] >= freePlaces.length) {
                throw new IllegalArgumentException("edge " + e + " names a mentee or mentor out of range");
            }
            if (edgeScore[e] <= 0 || edgeScore[e] > MatchingWeights.MAX_PAIR_SCORE) {
                throw new IllegalArgumentException("edge " + e + " has a score outside 1.." + MatchingWeights.MAX_PAIR_SCORE);
            }
        }
        CapacitatedAssignment flow = new CapacitatedAssignment(menteeCount, freePlaces, edgeMentee, edgeMentor, edgeScore);
        flow.run(objective);
        return flow.result();
    }

    /** The solved assignment: {@code mentorOf[i]} is mentee i's mentor index or -1. */
    public record Result(int[] mentorOf, int matchedCount, long totalScore, int phases) {
    }

    private int menteeNode(int mentee) {
        return 1 + mentee;
    }

    private int mentorNode(int mentor) {
        return 1 + menteeCount + mentor;
    }

    private void addArc(int[] fill, int from, int to, int capacity, int arcCost) {
        int forward = fill[from]++;
        int backward = fill[to]++;
        head[forward] = to;
        head[backward] = from;
        partner[forward] = backward;
        partner[backward] = forward;
        residual[forward] = capacity;
        residual[backward] = 0;
        cost[forward] = arcCost;
        cost[backward] = -arcCost;
    }

    /**
     * Potentials that make every initial residual arc's reduced cost non-negative (only forward arcs
     * have capacity at the start): mentors sit at minus their best incoming score, the sink below all
     * mentors. Dijkstra is then valid from the first phase.
     */
    private void initialPotentials(int[] edgeMentor, int[] edgeScore) {
        long lowest = 0;
        for (int e = 0; e < edgeMentor.length; e++) {
            int node = mentorNode(edgeMentor[e]);
            potential[node] = Math.min(potential[node], -edgeScore[e]);
        }
        for (int j = 0; j < mentorCount; j++) {
            lowest = Math.min(lowest, potential[mentorNode(j)]);
        }
        potential[sink] = lowest;
    }

    private long reducedCost(int from, int arc) {
        return cost[arc] + potential[from] - potential[head[arc]];
    }

    private void run(MatchingObjective objective) {
        while (shortestPaths()) {
            phases++;
            // Real length of the shortest source-sink path; the source's potential stays 0.
            long pathCost = potential[sink] - potential[source];
            if (objective == MatchingObjective.HIGHEST_SCORE && pathCost > 0) {
                return;
            }
            blockingFlows();
        }
    }

    /**
     * Dijkstra from the source on reduced costs, stopped when the sink is settled; then every
     * potential rises by min(distance, distance to sink), which keeps all reduced costs non-negative
     * and makes every arc on a shortest path have reduced cost zero. False when the sink is unreachable.
     */
    private boolean shortestPaths() {
        Arrays.fill(distance, UNREACHED);
        heap.clear();
        distance[source] = 0;
        heap.push(source, 0);
        long sinkDistance = UNREACHED;
        while (!heap.isEmpty()) {
            int node = heap.pop();
            long nodeDistance = distance[node];
            if (node == sink) {
                sinkDistance = nodeDistance;
                break;
            }
            for (int arc = firstArc[node], end = firstArc[node + 1]; arc < end; arc++) {
                if (residual[arc] == 0) {
                    continue;
                }
                int next = head[arc];
                long candidate = nodeDistance + reducedCost(node, arc);
                if (candidate < distance[next]) {
                    distance[next] = candidate;
                    heap.pushOrDecrease(next, candidate);
                }
            }
        }
        if (sinkDistance == UNREACHED) {
            return false;
        }
        for (int v = 0; v < nodeCount; v++) {
            potential[v] += Math.min(distance[v], sinkDistance);
        }
        return true;
    }

    /** Dinic on the admissible arcs (residual capacity, reduced cost zero) until the sink is cut off. */
    private void blockingFlows() {
        while (admissibleLevels()) {
            System.arraycopy(firstArc, 0, currentArc, 0, nodeCount);
            while (augmentAlongAdmissiblePath()) {
                // each call pushes one unit (mentee arcs have capacity 1)
            }
        }
    }

    private boolean admissibleLevels() {
        Arrays.fill(level, NONE);
        int[] queue = heap.scratch();
        int readAt = 0;
        int writeAt = 0;
        queue[writeAt++] = source;
        level[source] = 0;
        while (readAt < writeAt) {
            int node = queue[readAt++];
            for (int arc = firstArc[node], end = firstArc[node + 1]; arc < end; arc++) {
                int next = head[arc];
                if (residual[arc] > 0 && level[next] == NONE && reducedCost(node, arc) == 0) {
                    level[next] = level[node] + 1;
                    queue[writeAt++] = next;
                }
            }
        }
        return level[sink] != NONE;
    }

    /** One unit along an admissible, level-increasing path, found by an iterative DFS. */
    private boolean augmentAlongAdmissiblePath() {
        int[] pathArcs = heap.scratch();
        int depth = 0;
        int node = source;
        while (true) {
            if (node == sink) {
                for (int k = 0; k < depth; k++) {
                    int arc = pathArcs[k];
                    residual[arc]--;
                    residual[partner[arc]]++;
                }
                return true;
            }
            int end = firstArc[node + 1];
            int arc = currentArc[node];
            while (arc < end) {
                int next = head[arc];
                if (residual[arc] > 0 && level[next] == level[node] + 1 && reducedCost(node, arc) == 0) {
                    break;
                }
                arc++;
            }
            currentArc[node] = arc;
            if (arc < end) {
                pathArcs[depth++] = arc;
                node = head[arc];
            } else {
                // Dead end: never visit it again in this level graph; retreat one step.
                level[node] = NONE;
                if (depth == 0) {
                    return false;
                }
                int back = pathArcs[--depth];
                node = head[partner[back]];
                currentArc[node]++;
            }
        }
    }

    private Result result() {
        int[] mentorOf = new int[menteeCount];
        Arrays.fill(mentorOf, NONE);
        int matched = 0;
        long total = 0;
        int firstMentorNode = mentorNode(0);
        for (int i = 0; i < menteeCount; i++) {
            int node = menteeNode(i);
            for (int arc = firstArc[node], end = firstArc[node + 1]; arc < end; arc++) {
                int next = head[arc];
                // A used forward mentee → mentor arc has no residual capacity left.
                if (next >= firstMentorNode && next < sink && cost[arc] < 0 && residual[arc] == 0) {
                    mentorOf[i] = next - firstMentorNode;
                    matched++;
                    total -= cost[arc];
                    break;
                }
            }
        }
        return new Result(mentorOf, matched, total, phases);
    }

    /** A binary min-heap of node ids keyed by long distances, with decrease-key. */
    private static final class IndexedHeap {
        private final int[] nodes;
        private final long[] keys;
        private final int[] position;
        private final int[] scratch;
        private int size;

        IndexedHeap(int capacity) {
            nodes = new int[capacity];
            keys = new long[capacity];
            position = new int[capacity];
            scratch = new int[capacity + 1];
            Arrays.fill(position, NONE);
        }

        /** A node-sized int array the BFS and DFS borrow (never used while the heap is in use). */
        int[] scratch() {
            return scratch;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                position[nodes[k]] = NONE;
            }
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node, long key) {
            pushOrDecrease(node, key);
        }

        void pushOrDecrease(int node, long key) {
            int at = position[node];
            if (at == NONE) {
                at = size++;
            }
            siftUp(at, node, key);
        }

        int pop() {
            int top = nodes[0];
            position[top] = NONE;
            size--;
            if (size > 0) {
                siftDown(nodes[size], keys[size]);
            }
            return top;
        }

        private void siftUp(int at, int node, long key) {
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                place(at, nodes[parent], keys[parent]);
                at = parent;
            }
            place(at, node, key);
        }

        private void siftDown(int node, long key) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                place(at, nodes[child], keys[child]);
                at = child;
            }
            place(at, node, key);
        }

        private void place(int at, int node, long key) {
            nodes[at] = node;
            keys[at] = key;
            position[node] = at;
        }
    }
}
