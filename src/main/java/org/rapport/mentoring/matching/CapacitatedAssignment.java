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
 * Memory: 12 bytes per candidate edge plus about 40 bytes per mentee and mentor.
 *
 * <p>Ties between equally good optima are broken by the order of the input (mentees, mentors and
 * edges), so the same input always gives the same assignment.
 */
final class CapacitatedAssignment {
    private static final int NONE = -1;
    private static final long UNREACHED = Long.MAX_VALUE / 4;

    private final int menteeCount;
    private final int mentorCount;
    private final int nodeCount;
    private final int source;
    private final int sink;

    // The residual network is kept implicit, which halves the arcs every scan visits: a mentee's arcs
    // are its candidate edges (minus the one it is matched by); a mentor's arcs are its "slots", one
    // per free place, each either empty (an arc to the sink) or holding the edge of the mentee that
    // fills it (the reverse arc back to that mentee). Edges are grouped by mentee: edges of mentee i
    // are firstEdge[i] .. firstEdge[i + 1] - 1 in the order given.
    private final int[] firstEdge;
    private final int[] edgeMentor;
    private final int[] edgeScore;
    private final int[] edgeMentee;
    private final int[] firstSlot;
    private final int[] slotEdge;
    private final int[] matchedEdge;

    private final long[] potential;
    private final long[] distance;
    private final int[] level;
    private final int[] currentArc;
    private final int[] stack;
    private final IndexedHeap heap;

    private int phases;

    private CapacitatedAssignment(int menteeCount, int[] freePlaces, int[] menteeOf, int[] mentorOf, int[] scoreOf) {
        this.menteeCount = menteeCount;
        this.mentorCount = freePlaces.length;
        this.nodeCount = menteeCount + mentorCount + 2;
        this.source = 0;
        this.sink = nodeCount - 1;
        int edgeCount = menteeOf.length;
        firstEdge = new int[menteeCount + 1];
        for (int e = 0; e < edgeCount; e++) {
            firstEdge[menteeOf[e] + 1]++;
        }
        for (int i = 0; i < menteeCount; i++) {
            firstEdge[i + 1] += firstEdge[i];
        }
        edgeMentor = new int[edgeCount];
        edgeScore = new int[edgeCount];
        edgeMentee = new int[edgeCount];
        int[] fill = Arrays.copyOf(firstEdge, menteeCount);
        for (int e = 0; e < edgeCount; e++) {
            int at = fill[menteeOf[e]]++;
            edgeMentee[at] = menteeOf[e];
            edgeMentor[at] = mentorOf[e];
            edgeScore[at] = scoreOf[e];
        }
        firstSlot = new int[mentorCount + 1];
        for (int j = 0; j < mentorCount; j++) {
            firstSlot[j + 1] = firstSlot[j] + freePlaces[j];
        }
        slotEdge = new int[firstSlot[mentorCount]];
        Arrays.fill(slotEdge, NONE);
        matchedEdge = new int[menteeCount];
        Arrays.fill(matchedEdge, NONE);

        potential = new long[nodeCount];
        distance = new long[nodeCount];
        level = new int[nodeCount];
        currentArc = new int[nodeCount];
        stack = new int[nodeCount + 1];
        heap = new IndexedHeap(nodeCount);
        initialPotentials();
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
            if (free < 0 || free > MentorCandidate.CAPACITY_MAX) {
                throw new IllegalArgumentException("free places must be 0.." + MentorCandidate.CAPACITY_MAX);
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

    /**
     * Potentials that make every initial residual arc's reduced cost non-negative (only forward arcs
     * have capacity at the start): mentors sit at minus their best incoming score, the sink below all
     * mentors. Dijkstra is then valid from the first phase.
     */
    private void initialPotentials() {
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

    // Reduced costs of the four kinds of residual arc (cost + potential(tail) - potential(head)).

    private long sourceToMentee(int mentee) {
        return potential[source] - potential[menteeNode(mentee)];
    }

    private long menteeToMentor(int edge) {
        return -edgeScore[edge] + potential[menteeNode(edgeMentee[edge])] - potential[mentorNode(edgeMentor[edge])];
    }

    private long mentorToMentee(int edge) {
        return edgeScore[edge] + potential[mentorNode(edgeMentor[edge])] - potential[menteeNode(edgeMentee[edge])];
    }

    private long mentorToSink(int mentor) {
        return potential[mentorNode(mentor)] - potential[sink];
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
            long at = distance[node];
            if (node == sink) {
                sinkDistance = at;
                break;
            }
            if (node == source) {
                for (int i = 0; i < menteeCount; i++) {
                    if (matchedEdge[i] == NONE) {
                        relax(menteeNode(i), at + sourceToMentee(i));
                    }
                }
            } else if (node <= menteeCount) {
                int mentee = node - 1;
                for (int e = firstEdge[mentee], end = firstEdge[mentee + 1]; e < end; e++) {
                    if (e != matchedEdge[mentee]) {
                        relax(mentorNode(edgeMentor[e]), at + menteeToMentor(e));
                    }
                }
            } else {
                int mentor = node - 1 - menteeCount;
                boolean sinkRelaxed = false;
                for (int slot = firstSlot[mentor], end = firstSlot[mentor + 1]; slot < end; slot++) {
                    int edge = slotEdge[slot];
                    if (edge == NONE) {
                        if (!sinkRelaxed) {
                            relax(sink, at + mentorToSink(mentor));
                            sinkRelaxed = true;
                        }
                    } else {
                        relax(menteeNode(edgeMentee[edge]), at + mentorToMentee(edge));
                    }
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

    private void relax(int node, long candidate) {
        if (candidate < distance[node]) {
            distance[node] = candidate;
            heap.pushOrDecrease(node, candidate);
        }
    }

    /** Dinic on the admissible arcs (residual capacity, reduced cost zero) until the sink is cut off. */
    private void blockingFlows() {
        while (admissibleLevels()) {
            currentArc[source] = 0;
            for (int i = 0; i < menteeCount; i++) {
                currentArc[menteeNode(i)] = firstEdge[i];
            }
            for (int j = 0; j < mentorCount; j++) {
                currentArc[mentorNode(j)] = firstSlot[j];
            }
            while (augmentAlongAdmissiblePath()) {
                // each call moves one mentee onto a shortest augmenting path
            }
        }
    }

    /** BFS levels over admissible arcs; nodes at or beyond the sink's level are not expanded. */
    private boolean admissibleLevels() {
        Arrays.fill(level, NONE);
        int[] queue = stack;
        int readAt = 0;
        int writeAt = 0;
        queue[writeAt++] = source;
        level[source] = 0;
        while (readAt < writeAt) {
            int node = queue[readAt++];
            int next = level[node] + 1;
            if (level[sink] != NONE && next > level[sink]) {
                break;
            }
            if (node == source) {
                for (int i = 0; i < menteeCount; i++) {
                    int target = menteeNode(i);
                    if (matchedEdge[i] == NONE && level[target] == NONE && sourceToMentee(i) == 0) {
                        level[target] = next;
                        queue[writeAt++] = target;
                    }
                }
            } else if (node <= menteeCount) {
                int mentee = node - 1;
                for (int e = firstEdge[mentee], end = firstEdge[mentee + 1]; e < end; e++) {
                    int target = mentorNode(edgeMentor[e]);
                    if (e != matchedEdge[mentee] && level[target] == NONE && menteeToMentor(e) == 0) {
                        level[target] = next;
                        queue[writeAt++] = target;
                    }
                }
            } else {
                int mentor = node - 1 - menteeCount;
                for (int slot = firstSlot[mentor], end = firstSlot[mentor + 1]; slot < end; slot++) {
                    int edge = slotEdge[slot];
                    int target = edge == NONE ? sink : menteeNode(edgeMentee[edge]);
                    long reduced = edge == NONE ? mentorToSink(mentor) : mentorToMentee(edge);
                    if (level[target] == NONE && reduced == 0) {
                        level[target] = next;
                        if (target != sink) {
                            queue[writeAt++] = target;
                        }
                    }
                }
            }
        }
        return level[sink] != NONE;
    }

    /**
     * One mentee more along an admissible, level-increasing path, found by an iterative DFS whose
     * current-arc pointers persist for the whole level graph (Dinic). The path is read off the
     * pointers of the nodes on the stack: source → mentee (pointer = mentee), mentee → mentor
     * (pointer = edge), mentor → sink or a displaced mentee (pointer = slot).
     */
    private boolean augmentAlongAdmissiblePath() {
        int depth = 0;
        stack[0] = source;
        while (depth >= 0) {
            int node = stack[depth];
            int target = advance(node);
            if (target == sink) {
                augment(depth);
                return true;
            }
            if (target != NONE) {
                stack[++depth] = target;
                continue;
            }
            // Dead end: never visit it again in this level graph; retreat and skip the arc into it.
            level[node] = NONE;
            depth--;
            if (depth >= 0) {
                currentArc[stack[depth]]++;
            }
        }
        return false;
    }

    /** Moves the node's current-arc pointer to its next admissible arc and returns the arc's head, or NONE. */
    private int advance(int node) {
        int want = level[node] + 1;
        if (node == source) {
            for (int i = currentArc[node]; i < menteeCount; i++) {
                if (matchedEdge[i] == NONE && level[menteeNode(i)] == want && sourceToMentee(i) == 0) {
                    currentArc[node] = i;
                    return menteeNode(i);
                }
            }
            currentArc[node] = menteeCount;
            return NONE;
        }
        if (node <= menteeCount) {
            int mentee = node - 1;
            int end = firstEdge[mentee + 1];
            for (int e = currentArc[node]; e < end; e++) {
                int target = mentorNode(edgeMentor[e]);
                if (e != matchedEdge[mentee] && level[target] == want && menteeToMentor(e) == 0) {
                    currentArc[node] = e;
                    return target;
                }
            }
            currentArc[node] = end;
            return NONE;
        }
        int mentor = node - 1 - menteeCount;
        int end = firstSlot[mentor + 1];
        for (int slot = currentArc[node]; slot < end; slot++) {
            int edge = slotEdge[slot];
            int target = edge == NONE ? sink : menteeNode(edgeMentee[edge]);
            long reduced = edge == NONE ? mentorToSink(mentor) : mentorToMentee(edge);
            if (level[target] == want && reduced == 0) {
                currentArc[node] = slot;
                return target;
            }
        }
        currentArc[node] = end;
        return NONE;
    }

    /**
     * Flips the path on the stack: every mentee on it takes the edge its pointer names, every mentor's
     * chosen slot takes the edge the path entered it by (displacing that slot's mentee, who is the next
     * mentee on the path, or filling an empty place at the end).
     */
    private void augment(int depth) {
        for (int k = 1; k <= depth; k += 2) {
            int mentee = stack[k] - 1;
            int edge = currentArc[stack[k]];
            int mentorNodeId = stack[k + 1];
            matchedEdge[mentee] = edge;
            slotEdge[currentArc[mentorNodeId]] = edge;
        }
    }

    private Result result() {
        int[] mentorOf = new int[menteeCount];
        int matched = 0;
        long total = 0;
        for (int i = 0; i < menteeCount; i++) {
            int edge = matchedEdge[i];
            mentorOf[i] = edge == NONE ? NONE : edgeMentor[edge];
            if (edge != NONE) {
                matched++;
                total += edgeScore[edge];
            }
        }
        return new Result(mentorOf, matched, total, phases);
    }

    /** A binary min-heap of node ids keyed by long distances, with decrease-key. */
    private static final class IndexedHeap {
        private final int[] nodes;
        private final long[] keys;
        private final int[] position;
        private int size;

        IndexedHeap(int capacity) {
            nodes = new int[capacity];
            keys = new long[capacity];
            position = new int[capacity];
            Arrays.fill(position, NONE);
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
