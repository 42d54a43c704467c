package org.rapport.bench;

import com.atlassian.jira.user.ApplicationUser;
import net.java.ao.DatabaseProvider;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.recognition.Direction;
import org.rapport.recognition.FeedCursor;
import org.rapport.recognition.FeedPage;
import org.rapport.recognition.FeedQuery;
import org.rapport.recognition.LeaderboardPeriod;
import org.rapport.recognition.LeaderboardQuery;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionDraft;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.category.Category;
import org.rapport.standalone.db.DatabaseSettings;
import org.rapport.standalone.db.HostDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A load harness over data from {@link RecognitionDataGenerator}: the real services on one pooled
 * AO EntityManager, as the host runs them. Each read runs single-threaded for a warm-up and then a
 * measured period, recording every call's time (exact percentiles from the sorted samples), and
 * the same result fetched with minimal hand-written SQL ({@link RawFloor}) is measured the same way,
 * interleaved in rounds so both see the same machine noise. Giving runs with several threads
 * (distinct givers, so the weekly allowance never blocks) and reports recognitions per second.
 *
 * <p>The clock starts where the generated data ends, so "this week" and "this quarter" have data.
 */
public final class RecognitionBenchmark {
    private static final int SAMPLES = 2_000;
    private static final int ROUNDS = 4;

    /** Teams of eight the team feed is read for. */
    private static final int TEAMS = 500;
    private final BenchServices services;
    private final RawFloor floor;
    private final HelpFloor helpFloor;
    private final DatabaseProvider provider;
    private final int users;
    private final List<Long> categoryIds;
    private final Instant end;
    private final Duration warmup;
    private final Duration measure;
    private final List<String> report = new ArrayList<>();
    /** Givers take turns through all users, starting where the last run stopped, so no one exhausts the weekly allowance. */
    private final AtomicInteger nextGiver;

    private RecognitionBenchmark(HostDatabase db, Instant end, Duration warmup, Duration measure) throws SQLException {
        // Time runs on from where the data ends: reads see "this week" full, and gives get distinct
        // times as in production (a fixed clock gave thousands of gives one timestamp, which made
        // the first feed page sort them all).
        this.services = new BenchServices(db, Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), end)));
        this.floor = new RawFloor(db);
        this.helpFloor = new HelpFloor(db);
        this.provider = db.provider();
        this.users = services.users.count();
        this.categoryIds = services.categories.allForDisplay().stream().map(Category::id).toList();
        this.end = end;
        this.warmup = warmup;
        this.measure = measure;
        this.nextGiver = new AtomicInteger(floor.maxRecognitionId() % users);
    }

    /** One operation on the i-th prepared input; returns something derived from the result so it is not optimised away. */
    private interface Op {
        int run(int i) throws Exception;
    }

    record Stats(long count, double p50, double p95, double p99, double mean) {
        static Stats of(long[] nanos, int n) {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return new Stats(n, ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)),
                    ms((long) Arrays.stream(sorted).average().orElse(0)));
        }

        private static long percentile(long[] sorted, double q) {
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    /** A growable record of call durations. */
    private static final class Samples {
        long[] nanos = new long[1 << 14];
        int n;

        void add(long value) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = value;
        }
    }

    private static volatile int sink;

    /**
     * Warm-up, then {@link #ROUNDS} rounds alternating the service and the floor, each running for
     * a share of the measuring time. Inputs cycle through the prepared ones in the same order for both.
     */
    private void compare(String name, String target, Op service, Op rawSql, int inputs) throws Exception {
        statements(name, service, rawSql);
        runFor(service, warmup.dividedBy(2), inputs, null);
        if (rawSql != null) {
            runFor(rawSql, warmup.dividedBy(2), inputs, null);
        }
        Samples a = new Samples();
        Samples b = new Samples();
        Duration slice = measure.dividedBy(ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            runFor(service, slice, inputs, a);
            if (rawSql != null) {
                runFor(rawSql, slice, inputs, b);
            }
        }
        Stats s = Stats.of(a.nanos, a.n);
        if (rawSql == null) {
            line(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | – | – | %s |", name, s.count(), s.p50(), s.p95(), s.p99(), target));
            return;
        }
        Stats f = Stats.of(b.nanos, b.n);
        line(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f / %.2f / %.2f | %.1f× / %.1f× | %s |", name, s.count(),
                s.p50(), s.p95(), s.p99(), f.p50(), f.p95(), f.p99(), s.p50() / f.p50(), s.p95() / f.p95(), target));
    }

    private static int cursor;

    private static void runFor(Op op, Duration time, int inputs, Samples samples) throws Exception {
        long until = System.nanoTime() + time.toNanos();
        int acc = 0;
        while (System.nanoTime() < until) {
            int i = cursor++ % inputs;
            long t0 = System.nanoTime();
            acc += op.run(i);
            long t1 = System.nanoTime();
            if (samples != null) {
                samples.add(t1 - t0);
            }
        }
        sink += acc;
    }

    /** How many statements one call sends through AO (and the floor over its own JDBC), from a few calls. */
    private void statements(String name, Op service, Op rawSql) throws Exception {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        provider.addSqlListener(listener);
        try {
            for (int i = 0; i < 10; i++) {
                service.run(i);
            }
        } finally {
            provider.removeSqlListener(listener);
        }
        line(String.format(Locale.ROOT, "<!-- %s: %.1f AO statements per call; floor %s statements -->", name, count.get() / 10.0,
                rawSql == null ? "–" : String.valueOf(name.startsWith("help") ? helpFloor.statementsPerCall(name) : floor.statementsPerCall(name))));
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    private void reads() throws Exception {
        Random random = new Random(1);
        line("| operation | calls | p50 ms | p95 ms | p99 ms | raw JDBC p50 / p95 / p99 ms | ratio p50 / p95 | target |");
        line("|---|---|---|---|---|---|---|---|");

        // Profile panel: profiles drawn from people who received recognitions (popular ones more often), random viewers.
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            // Ids have gaps once "give" ran (a refused give still used a sequence value): draw again.
            Optional<Recognition> found = Optional.empty();
            while (found.isEmpty()) {
                found = services.store.find(1 + random.nextInt(maxRecognitionId()));
            }
            Recognition r = found.get();
            String viewer = RecognitionDataGenerator.userKey(random.nextInt(users));
            pairs.add(new String[]{r.recipientKeys().get(0), viewer});
        }
        ApplicationUser[] profiles = pairs.stream().map(p -> services.applicationUser(p[0])).toArray(ApplicationUser[]::new);
        ApplicationUser[] viewers = pairs.stream().map(p -> services.applicationUser(p[1])).toArray(ApplicationUser[]::new);
        // Context only first: it also warms the JIT and the database pages the rendered run then uses.
        compare("profile panel (context only)", "",
                i -> services.recognitionPanel.getContextMap(new java.util.HashMap<>(Map.of("profileUser", profiles[i], "currentUser", viewers[i]))).size(),
                null, SAMPLES);

        compare("profile panel (context + Velocity render)", "p95 ≤ 25 ms",
                i -> services.renderProfilePanel(profiles[i], viewers[i]).length(),
                i -> floor.panel(pairs.get(i)[0], pairs.get(i)[1], categoryIds, end), SAMPLES);

        // Feed: the public feed's first page; a page deep in the past (cursor at a random time); a person's received page.
        Actor[] feedViewers = new Actor[SAMPLES];
        FeedCursor[] cursors = new FeedCursor[SAMPLES];
        String[] people = new String[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            feedViewers[i] = new Actor(RecognitionDataGenerator.userKey(random.nextInt(users)));
            cursors[i] = new FeedCursor(end.minusSeconds((long) (random.nextDouble() * 720 * 86_400)), Integer.MAX_VALUE);
            people[i] = pairs.get(i)[0].equals(feedViewers[i].userKey()) ? pairs.get((i + 1) % SAMPLES)[0] : pairs.get(i)[0];
        }
        compare("feed: public, first page of 20", "p95 ≤ 25 ms",
                i -> services.recognitions.feed(feedViewers[i], new FeedQuery(null, null, null, false, null, 20)).items().size(),
                i -> floor.publicPage(null, 20).size(), SAMPLES);
        compare("feed: public, page of 20 at a random point in 2 years", "p95 ≤ 25 ms",
                i -> services.recognitions.feed(feedViewers[i], new FeedQuery(null, null, null, false, cursors[i], 20)).items().size(),
                i -> floor.publicPage(cursors[i], 20).size(), SAMPLES);
        compare("feed: received by a person, first page of 20", "p95 ≤ 25 ms",
                i -> services.recognitions.feed(feedViewers[i], new FeedQuery(people[i], null, null, false, null, 20)).items().size(),
                i -> floor.receivedPage(people[i], 20).size(), SAMPLES);

        // Filtered feeds: one category (any, drawn at random); milestones only (all milestone
        // categories, walked together); a manager's team of eight direct reports.
        List<Category> all = services.categories.allForDisplay();
        List<Long> milestones = all.stream().filter(Category::milestone).map(Category::id).toList();
        Long[] oneCategory = new Long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            oneCategory[i] = categoryIds.get(random.nextInt(categoryIds.size()));
        }
        compare("feed: one category, first page of 20", "p95 ≤ 25 ms",
                i -> services.recognitions.feed(feedViewers[i], new FeedQuery(null, null, oneCategory[i], false, null, 20)).items().size(),
                i -> floor.categoriesPage(List.of(oneCategory[i]), 20).size(), SAMPLES);
        if (!milestones.isEmpty()) {
            compare("feed: milestones only (" + milestones.size() + " categories), first page of 20", "p95 ≤ 25 ms",
                    i -> services.recognitions.feed(feedViewers[i], new FeedQuery(null, null, null, true, null, 20)).items().size(),
                    i -> floor.categoriesPage(milestones, 20).size(), SAMPLES);
        }
        List<Actor> managers = new ArrayList<>();
        List<List<String>> teams = new ArrayList<>();
        teams(managers, teams);
        compare("feed: my team (8 direct reports), first page of 20", "p95 ≤ 25 ms",
                i -> services.teamFeed.page(managers.get(i % managers.size()), new FeedQuery(null, null, null, false, null, 20)).items().size(),
                i -> floor.teamPage(teams.get(i % teams.size()), 20).size(), SAMPLES);

        // Leaderboards: either direction, any period, all categories or one, top 10.
        LeaderboardQuery[] boards = new LeaderboardQuery[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            boards[i] = new LeaderboardQuery(random.nextBoolean() ? Direction.RECEIVED : Direction.GIVEN,
                    LeaderboardPeriod.values()[random.nextInt(LeaderboardPeriod.values().length)],
                    random.nextInt(3) == 0 ? categoryIds.get(random.nextInt(categoryIds.size())) : 0, 10);
        }
        Actor reader = new Actor(RecognitionDataGenerator.userKey(1));
        compare("leaderboard (top 10, random board)", "p95 ≤ 5 ms",
                i -> services.leaderboards.board(reader, boards[i]).size(),
                i -> floor.leaderboard(boards[i].direction().board(boards[i].period().key(end), boards[i].categoryId()), 10).size(), SAMPLES);
    }

    /**
     * Managers for the team feed: the data sets have no org chart, so the first run writes one of
     * teams of eight (manager {@code 9k}, reports {@code 9k+1..9k+8}, up to {@value #TEAMS} teams)
     * through the org store; later runs find it and leave it.
     */
    private void teams(List<Actor> managers, List<List<String>> teams) {
        List<OrgPerson> rows = new ArrayList<>();
        for (int k = 0; k < TEAMS && 9 * k + 8 < users; k++) {
            String manager = RecognitionDataGenerator.userKey(9 * k);
            List<String> reports = new ArrayList<>();
            for (int r = 1; r <= 8; r++) {
                String report = RecognitionDataGenerator.userKey(9 * k + r);
                reports.add(report);
                rows.add(new OrgPerson(report, manager, null));
            }
            managers.add(new Actor(manager));
            teams.add(reports);
        }
        if (services.org.reportsOf(managers.get(managers.size() - 1).userKey(), 10).size() != 8) {
            services.org.saveAll(rows);
        }
    }

    /**
     * The help ledger (issue 4): a person's ledger summary as the ledger page's REST call reads it
     * ({@code HelpService.ledger}), for people drawn half from the 100 busiest helpers and half at
     * random, viewed by someone else and by themself (with pending entries), and the first page of
     * their confirmed help given (the list under the summary), each beside {@link HelpFloor}.
     */
    private void help() throws Exception {
        Random random = new Random(2);
        line("| operation | calls | p50 ms | p95 ms | p99 ms | raw JDBC p50 / p95 / p99 ms | ratio p50 / p95 | target |");
        line("|---|---|---|---|---|---|---|---|");
        List<String> popular = helpFloor.topHelpers(100);
        String[] people = new String[SAMPLES];
        Actor[] others = new Actor[SAMPLES];
        Actor[] selves = new Actor[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            people[i] = i % 2 == 0 && !popular.isEmpty() ? popular.get(random.nextInt(popular.size()))
                    : RecognitionDataGenerator.userKey(random.nextInt(users));
            String other = RecognitionDataGenerator.userKey(random.nextInt(users));
            others[i] = new Actor(other.equals(people[i]) ? RecognitionDataGenerator.userKey((random.nextInt(users - 1) + 1) % users) : other);
            selves[i] = new Actor(people[i]);
        }
        java.time.YearMonth now = java.time.YearMonth.from(services.help.today());
        compare("help ledger of a person (viewed by another)", "p95 ≤ 25 ms",
                i -> services.help.ledger(others[i], people[i]).given(),
                i -> helpFloor.ledger(people[i], false, now), SAMPLES);
        compare("help ledger, one's own (with pending)", "p95 ≤ 25 ms",
                i -> services.help.ledger(selves[i], people[i]).given(),
                i -> helpFloor.ledger(people[i], true, now), SAMPLES);
        compare("help list: confirmed given, first page of 20", "p95 ≤ 25 ms",
                i -> services.help.list(others[i], people[i], true, org.rapport.help.HelpStatus.CONFIRMED, null, 20).items().size(),
                i -> helpFloor.page(people[i], true, org.rapport.help.HelpStatus.CONFIRMED, 20), SAMPLES);
    }

    private int maxRecognitionId() {
        return floor.maxRecognitionId();
    }

    /** Several threads give for the measuring time after a warm-up; every giver gives once per pass over the users. */
    private void gives(int threads) throws Exception {
        RecognitionDataGenerator.ZipfSampler popularity = new RecognitionDataGenerator.ZipfSampler(users, 0.8);
        IntFunction<RecognitionDraft> draft = seed -> {
            Random r = new Random(seed);
            int giver = seed % users;
            int n = r.nextDouble() < 0.7 ? 1 : r.nextDouble() < 0.67 ? 2 : 3;
            List<String> to = new ArrayList<>();
            while (to.size() < n) {
                int person = popularity.next(r);
                String key = RecognitionDataGenerator.userKey(person);
                if (person != giver && !to.contains(key)) {
                    to.add(key);
                }
            }
            return new RecognitionDraft(to, categoryIds.get(r.nextInt(categoryIds.size())), "Thanks for keeping the benchmark honest.",
                    r.nextDouble() < 0.1 ? Visibility.PRIVATE : Visibility.PUBLIC, null);
        };
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        for (boolean measuring : new boolean[]{false, true}) {
            Duration time = measuring ? measure : warmup;
            Samples[] samples = new Samples[threads];
            AtomicLong given = new AtomicLong();
            CountDownLatch done = new CountDownLatch(threads);
            long started = System.nanoTime();
            long until = started + time.toNanos();
            for (int t = 0; t < threads; t++) {
                Samples mine = samples[t] = new Samples();
                Thread worker = new Thread(() -> {
                    try {
                        while (System.nanoTime() < until) {
                            int seed = nextGiver.getAndIncrement();
                            RecognitionDraft d = draft.apply(seed);
                            long t0 = System.nanoTime();
                            try {
                                services.recognitions.give(new Actor(RecognitionDataGenerator.userKey(seed % users)), d, null);
                                mine.add(System.nanoTime() - t0);
                                given.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "give-" + t);
                worker.start();
            }
            done.await();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (measuring) {
                Samples all = new Samples();
                for (Samples s : samples) {
                    for (int k = 0; k < s.n; k++) {
                        all.add(s.nanos[k]);
                    }
                }
                Stats s = Stats.of(all.nanos, all.n);
                line(String.format(Locale.ROOT, "| give, %d threads | %,d | %.2f | %.2f | %.2f | **%.0f recognitions/s** | | ≥ 500/s | failures: %s |",
                        threads, s.count(), s.p50(), s.p95(), s.p99(), given.get() / seconds, failures));
            }
        }
    }

    private void statementsPerGive() {
        AtomicInteger count = new AtomicInteger();
        Map<String, AtomicInteger> shapes = new java.util.TreeMap<>();
        DatabaseProvider.SqlListener listener = sql -> {
            count.incrementAndGet();
            String shape = sql.replaceAll("\\s+", " ");
            shapes.computeIfAbsent(shape.substring(0, Math.min(70, shape.length())), k -> new AtomicInteger()).incrementAndGet();
        };
        provider.addSqlListener(listener);
        try {
            for (int i = 0; i < 20; i++) {
                int giver = 2 + nextGiver.getAndIncrement() % (users - 2);
                services.recognitions.give(new Actor(RecognitionDataGenerator.userKey(giver)),
                        new RecognitionDraft(List.of(RecognitionDataGenerator.userKey(giver - 1), RecognitionDataGenerator.userKey(giver - 2)),
                                categoryIds.get(0), "Counting statements.", Visibility.PUBLIC, null), null);
            }
        } finally {
            provider.removeSqlListener(listener);
        }
        line(String.format(Locale.ROOT, "<!-- give with 2 recipients: %.1f AO statements per call -->", count.get() / 20.0));
        shapes.forEach((shape, n) -> line(String.format(Locale.ROOT, "<!--   %.1f x %s -->", n.get() / 20.0, shape.replace("--", "- -"))));
    }

    /**
     * {@code (--url JDBC --user U --password P | --data DIR) [--warmup 10] [--seconds 20] [--threads 4]
     * [--only reads|give|help] [--out FILE]}: the report's Markdown table goes to stdout and, with --out, is appended to FILE.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        DatabaseSettings settings = BenchOptions.database(options);
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        String only = options.getOrDefault("only", "all");
        try (HostDatabase db = HostDatabase.open(settings, RecognitionDataGenerator.AO_NAMESPACE)) {
            Instant end = Instant.parse(new org.rapport.standalone.users.UserStore(db).setting(RecognitionDataGenerator.END_SETTING)
                    .orElseThrow(() -> new IllegalStateException("No generated data here: run ./rapport bench-data first")));
            // As the host does on every plugin start: columns added since the data was generated appear.
            BenchSchema.create(db, new org.rapport.standalone.ao.HostActiveObjects(db.entityManager()));
            RecognitionBenchmark bench = new RecognitionBenchmark(db, end, warmup, measure);
            bench.line(String.format(Locale.ROOT, "<!-- %s, %,d users, %,d recognitions, clock at %s, warm-up %ss, measured %ss -->",
                    settings.url(), bench.users, bench.maxRecognitionId(), end, warmup.toSeconds(), measure.toSeconds()));
            if (only.equals("all") || only.equals("reads")) {
                bench.reads();
            }
            if (only.equals("help")) {
                bench.help();
            }
            if (only.equals("all") || only.equals("give")) {
                bench.statementsPerGive();
                for (String threads : options.getOrDefault("threads", "4").split(",")) {
                    bench.gives(Integer.parseInt(threads.strip()));
                }
            }
            if (options.containsKey("out")) {
                Files.write(Path.of(options.get("out")), bench.report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
