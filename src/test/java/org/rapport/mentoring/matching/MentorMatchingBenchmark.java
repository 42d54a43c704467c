package org.rapport.mentoring.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The programme-matching benchmark of issue 5 (docs/benchmarks.md, "Mentor matching"): 10,000 waiting
 * mentees, 2,000 mentors with capacities 1..5, top-K candidates per mentee, seeded. Run one solver per
 * JVM so each has its own heap:
 *
 * <pre>
 * mvn -B -ntp -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/test.cp) \
 *     org.rapport.mentoring.matching.MentorMatchingBenchmark engine 20
 * java -Xmx512m -cp ... org.rapport.mentoring.matching.MentorMatchingBenchmark jgrapht 20
 * </pre>
 *
 * Arguments: solver ({@code engine} | {@code jgrapht}), K (candidates per mentee), optional runs
 * (default 3; the first run is cold). Peak heap is the sum of the heap pools' peak usage since the
 * start of the measured run (garbage included, so an upper bound of the live data).
 */
public final class MentorMatchingBenchmark {
    static final int MENTEES = 10_000;
    static final int MENTORS = 2_000;
    static final int SKILLS = 150;
    static final int DEPARTMENTS = 20;
    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/Helsinki"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Singapore"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Sydney"), ZoneId.of("America/New_York"),
            ZoneId.of("America/Chicago"), ZoneId.of("America/Denver"), ZoneId.of("America/Los_Angeles"));
    static final Instant AT = Instant.parse("2026-11-22T12:00:00Z");

    private MentorMatchingBenchmark() {
    }

    public static void main(String[] args) {
        String solver = args.length > 0 ? args[0] : "engine";
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Instance instance = Instance.generate(42);
        MatchingOptions options = new MatchingOptions(k, MatchingObjective.MOST_MATCHED_THEN_SCORE);
        System.out.printf("solver=%s K=%d mentees=%d mentors=%d places=%d maxHeap=%dMB%n", solver, k, MENTEES, MENTORS,
                instance.places(), Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeaks();
            if (solver.equals("engine")) {
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                ProgrammeMatch match = new ProgrammeMatching(new MatchScoring(MatchingWeights.DEFAULTS,
                        instance.evidence(), AT)).preview(instance.mentees(), instance.mentors(), options);
                long total = System.nanoTime() - start;
                long cpu = cpuNanos() - cpuStart;
                FairnessFigures f = match.fairness();
                System.out.printf("run %d: preview (candidates + solve + reasons) %d ms wall, %d ms CPU, peak heap %d MB, edges %d,"
                                + " matched %d (%.3f), total score %d, cross-department %.3f, utilisation min %.2f max %.2f"
                                + " sd %.3f%n", run, total / 1_000_000, cpu / 1_000_000, peakHeapMb(), match.candidateEdges(), f.matched(),
                        f.matchedShare(), match.totalScore(), f.crossDepartmentShare(), f.minUtilisation(),
                        f.maxUtilisation(), f.utilisationStdDev());
                // The solver alone on the same edges, for the side-by-side with JGraphT.
                Edges edges = instance.edges(k);
                long solveStart = System.nanoTime();
                long solveCpu = cpuNanos();
                CapacitatedAssignment.Result solved = CapacitatedAssignment.solve(edges.menteeCount(), edges.freePlaces(),
                        edges.candidates().mentee(), edges.candidates().mentor(), edges.candidates().score(),
                        options.objective());
                System.out.printf("run %d: solver only %d ms wall, %d ms CPU, phases %d, matched %d, total score %d%n", run,
                        (System.nanoTime() - solveStart) / 1_000_000, (cpuNanos() - solveCpu) / 1_000_000, solved.phases(), solved.matchedCount(),
                        solved.totalScore());
            } else {
                Edges edges = instance.edges(k);
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                JGraphTBaseline.Outcome outcome = JGraphTBaseline.solve(edges.menteeCount(), edges.freePlaces(),
                        edges.candidates().mentee(), edges.candidates().mentor(), edges.candidates().score(),
                        options.objective());
                System.out.printf("run %d: JGraphT (graph build + solve) %d ms wall, %d ms CPU, peak heap %d MB, matched %d,"
                                + " total score %d%n", run, (System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpuStart) / 1_000_000,
                        peakHeapMb(), outcome.matched(), outcome.totalScore());
            }
        }
    }

    /** CPU time of this thread: what the run costs when other processes share the cores. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    record Edges(int menteeCount, int[] freePlaces, ProgrammeMatching.CandidateEdges candidates) {
    }

    /** A seeded organisation: skills with a popular head, departments, time zones, help evidence. */
    record Instance(List<MenteeRequest> mentees, List<MentorCandidate> mentors, HelpEvidence evidence) {
        static Instance generate(long seed) {
            Random random = new Random(seed);
            List<MentorCandidate> mentors = new ArrayList<>();
            Map<String, Map<String, Integer>> help = new HashMap<>();
            for (int j = 0; j < MENTORS; j++) {
                String key = "mentor-" + j;
                Set<String> skills = skills(random, 3 + random.nextInt(6));
                for (String skill : skills) {
                    if (random.nextInt(3) == 0) {
                        help.computeIfAbsent(key, x -> new HashMap<>()).put(skill, 1 + random.nextInt(8));
                    }
                }
                int capacity = 1 + random.nextInt(5);
                mentors.add(new MentorCandidate(key, skills, "dept-" + random.nextInt(DEPARTMENTS),
                        ZONES.get(random.nextInt(ZONES.size())), capacity, random.nextInt(10) == 0 ? 1 : 0,
                        random.nextInt(20) == 0));
            }
            List<MenteeRequest> mentees = new ArrayList<>();
            for (int i = 0; i < MENTEES; i++) {
                Set<String> chain = new HashSet<>();
                for (int c = 0; c < 3; c++) {
                    chain.add("mentor-" + random.nextInt(MENTORS));
                }
                mentees.add(new MenteeRequest("mentee-" + i, skills(random, 1 + random.nextInt(3)),
                        "dept-" + random.nextInt(DEPARTMENTS), ZONES.get(random.nextInt(ZONES.size())),
                        random.nextBoolean(), random.nextInt(4) != 0, chain));
            }
            return new Instance(mentees, mentors, HelpEvidence.snapshot(help));
        }

        /** Skill popularity falls off (square of a uniform variable): a few skills are wanted a lot. */
        private static Set<String> skills(Random random, int count) {
            Set<String> skills = new HashSet<>();
            while (skills.size() < count) {
                double u = random.nextDouble();
                skills.add("skill-" + (int) (u * u * SKILLS));
            }
            return skills;
        }

        int places() {
            return mentors.stream().filter(MentorCandidate::available).mapToInt(MentorCandidate::freePlaces).sum();
        }

        Edges edges(int k) {
            ProgrammeMatching matching = new ProgrammeMatching(new MatchScoring(MatchingWeights.DEFAULTS, evidence, AT));
            List<MenteeRequest> sortedMentees = ProgrammeMatching.sortedUnique(mentees, MenteeRequest::userKey, "mentees");
            List<MentorCandidate> sortedMentors = ProgrammeMatching.sortedUnique(mentors, MentorCandidate::userKey, "mentors");
            int[] free = sortedMentors.stream().mapToInt(m -> m.available() ? m.freePlaces() : 0).toArray();
            return new Edges(sortedMentees.size(), free, matching.candidateEdges(sortedMentees, sortedMentors, k));
        }
    }
}
