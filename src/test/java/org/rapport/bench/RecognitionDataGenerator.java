package org.rapport.bench;

import org.rapport.notification.Notification;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.recognition.AllowanceWeek;
import org.rapport.recognition.LeaderboardPeriod;
import org.rapport.recognition.ReactionKind;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionTallies;
import org.rapport.tally.Tally;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.DatabaseSettings;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.users.Passwords;
import org.rapport.standalone.users.UserStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Seeds a database with recognition data at scale, written past the services with COPY
 * (PostgreSQL) or batched INSERTs (H2) but holding exactly what the services would have written:
 * recognitions with their allowance slots and idempotency keys, recipient rows carrying the
 * recognition's creation time, public state and category, one notification per recipient,
 * reactions with unique keys, comments, and every counter ({@code TALLY}) computed by
 * {@link RecognitionTallies} itself while generating, so counters equal a recount.
 *
 * <p>Deterministic for a seed. People: {@code users} host users {@code user00000...}, each with a
 * manager (teams of eight); recipients follow a Zipf law (exponent 0.8: a few people receive a lot),
 * givers a milder one (0.6) within the default weekly allowance; 1-3 recipients (70/20/10 %), 10 %
 * private, creation times uniform over the two years before {@code end}, categories weighted
 * towards the values. The tables must be empty; the schema is created as the host creates it.
 *
 * <p>Every row is written through the entity's column constants; a column another feature adds
 * (with a default) needs nothing here, and one without a default needs one more value in its row.
 *
 * <pre>
 * ./rapport bench-data --url jdbc:postgresql://127.0.0.1:55439/rapport_bench --user postgres --password x --scale 1
 * </pre>
 */
public final class RecognitionDataGenerator {
    static final String AO_NAMESPACE = "org.rapport";
    /** The host setting that records where generated time ends; the benchmark's clock starts there. */
    static final String END_SETTING = "rapport.bench.end";
    static final int WEEKLY_ALLOWANCE = 10;
    static final String PASSWORD = "bench-password";

    /** How much to generate. */
    public record Plan(int users, int recognitions, int reactions, int comments, long seed, Instant end) {
        public Plan {
            if (users < 10 || recognitions < 1 || reactions < 0 || comments < 0) {
                throw new IllegalArgumentException("at least 10 users and 1 recognition: " + users + ", " + recognitions);
            }
        }

        /** The scale (50k users, 1M recognitions, 2M reactions, 50k comments) times {@code factor}. */
        public static Plan scaled(double factor, long seed, Instant end) {
            return new Plan((int) Math.max(10, 50_000 * factor), (int) Math.max(1, 1_000_000 * factor),
                    (int) (2_000_000 * factor), (int) (50_000 * factor), seed, end);
        }
    }

    /** What was written, for the log and the docs. */
    public record Result(long users, long recognitions, long recipients, long reactions, long comments, long notifications,
                         long tallies, Duration took) {
    }

    private static final String[] WORDS = ("thanks for helping the team with release review incident support customer "
            + "migration onboarding docs tests pairing debugging late night weekend quick fix design feedback mentoring "
            + "demo launch dashboard performance security patch on call rotation great work patient clear explanation "
            + "above and beyond always ready to help made a difference really appreciated").split(" ");
    private static final String[] FIRST = ("Ada Ben Cleo Dan Eva Finn Gus Hana Ivan Jo Kai Lena Mo Nia Otto Pia Quinn "
            + "Rosa Sam Tara Uma Vic Wren Xia Yusuf Zoe").split(" ");
    private static final String[] LAST = ("Adams Berg Costa Dubois Engel Fischer Garcia Huber Ito Jensen Kovac Lind "
            + "Moreau Novak Olsen Petrov Quist Rossi Silva Tanaka Ulrich Varga Weber Young Zimmer").split(" ");

    private final HostDatabase db;
    private final Plan plan;
    private final Random random;
    private final String prefix;

    private String[] userKeys;
    private ZipfSampler recipientRanks;
    private ZipfSampler giverRanks;
    private int[] recipientOrder;
    private int[] giverOrder;
    private long[] categoryIds;
    private double[] categoryWeights;

    private RecognitionDataGenerator(HostDatabase db, Plan plan) {
        this.db = db;
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.prefix = db.tablePrefix();
    }

    /** Creates the schema as the host does, then fills it. */
    public static Result generate(HostDatabase db, Plan plan) throws SQLException {
        HostActiveObjects ao = new HostActiveObjects(db.entityManager());
        BenchSchema.create(db, ao);
        return new RecognitionDataGenerator(db, plan).run(ao);
    }

    private Result run(HostActiveObjects ao) throws SQLException {
        long started = System.nanoTime();
        try (Connection check = connect(); Statement st = check.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + TableWriter.quote(TableWriter.tableName(prefix, RecognitionEntity.class)))) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The recognition table is not empty: generate into a fresh database");
            }
        }
        List<Category> categories = new CategoryStore(ao).list(false);
        categoryIds = categories.stream().mapToLong(Category::id).toArray();
        categoryWeights = categories.stream().mapToDouble(c -> c.milestone() ? 1 : 4).toArray();

        long users = writeUsers();
        recipientRanks = new ZipfSampler(plan.users(), 0.8);
        giverRanks = new ZipfSampler(plan.users(), 0.6);
        recipientOrder = shuffledIndexes(plan.users());
        giverOrder = shuffledIndexes(plan.users());

        Counts counts = writeRecognitions();
        new UserStore(db).putSetting(END_SETTING, plan.end().toString());
        finish();
        return new Result(users, counts.recognitions, counts.recipients, counts.reactions, counts.comments, counts.notifications,
                counts.tallies, Duration.ofNanos(System.nanoTime() - started));
    }

    private long writeUsers() throws SQLException {
        userKeys = new String[plan.users()];
        for (int i = 0; i < userKeys.length; i++) {
            userKeys[i] = userKey(i);
        }
        return writeUsers(connect(), plan.users(), random);
    }

    /** Host users {@code user00000...} with a manager each (teams of eight); also used by {@link HelpDataGenerator}. */
    static long writeUsers(Connection connection, int count, Random random) throws SQLException {
        // One PBKDF2 hash for all: 210,000 iterations each would take minutes for 50k people.
        String hash = Passwords.hash(PASSWORD);
        try (TableWriter users = TableWriter.forHostTable(connection, "RAPPORT_HOST_USER",
                List.of("USER_KEY", "USERNAME", "DISPLAY_NAME", "EMAIL", "PASSWORD_HASH", "MANAGER_KEY", "IS_ADMIN", "IS_ACTIVE"))) {
            for (int i = 0; i < count; i++) {
                String key = userKey(i);
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
                users.row(key, key, name, key + "@example.com", hash, i == 0 ? null : userKey(i / 8), i == 0, true);
            }
            return users.rows();
        }
    }

    static String userKey(int index) {
        return String.format(Locale.ROOT, "user%05d", index);
    }

    private static final class Counts {
        long recognitions;
        long recipients;
        long reactions;
        long comments;
        long notifications;
        long tallies;
    }

    private Counts writeRecognitions() throws SQLException {
        Counts counts = new Counts();
        Instant start = plan.end().minus(Duration.ofDays(730));
        long span = plan.end().toEpochMilli() - start.toEpochMilli();
        long[] times = new long[plan.recognitions()];
        for (int i = 0; i < times.length; i++) {
            times[i] = start.toEpochMilli() + (long) (random.nextDouble() * span);
        }
        // Chronological ids, as the service would assign them; counters of finished periods can then be written early.
        Arrays.sort(times);
        double reactionsPerRecognition = (double) plan.reactions() / plan.recognitions();
        double commentChance = (double) plan.comments() / plan.recognitions();

        Map<String, Integer> slotsThisWeek = new HashMap<>();
        String week = null;
        Map<String, Map<Tally.Key, Integer>> openPeriods = new HashMap<>();

        try (TableWriter recognitions = TableWriter.forEntity(connect(), prefix, RecognitionEntity.class, List.of(
                RecognitionEntity.ID, RecognitionEntity.GIVER_KEY, RecognitionEntity.CATEGORY_ID, RecognitionEntity.MESSAGE,
                RecognitionEntity.LINK_TARGET, RecognitionEntity.VISIBILITY, RecognitionEntity.SHOWN_PUBLICLY, RecognitionEntity.HIDDEN,
                RecognitionEntity.CREATED_AT, RecognitionEntity.UPDATED_AT, RecognitionEntity.ALLOWANCE_SLOT,
                RecognitionEntity.IDEMPOTENCY_KEY));
             TableWriter recipients = TableWriter.forEntity(connect(), prefix, RecipientEntity.class, List.of(
                     RecipientEntity.RECOGNITION_ID, RecipientEntity.RECIPIENT_KEY, RecipientEntity.CREATED_AT,
                     RecipientEntity.SHOWN_PUBLICLY, RecipientEntity.CATEGORY_ID, RecipientEntity.HIDDEN));
             TableWriter notifications = TableWriter.forEntity(connect(), prefix, NotificationEntity.class, List.of(
                     NotificationEntity.RECIPIENT_KEY, NotificationEntity.KIND, NotificationEntity.RECOGNITION_ID,
                     NotificationEntity.ACTOR_KEY, NotificationEntity.CREATED_AT, NotificationEntity.SEEN, NotificationEntity.HIDDEN));
             TableWriter reactions = TableWriter.forEntity(connect(), prefix, ReactionEntity.class, List.of(
                     ReactionEntity.RECOGNITION_ID, ReactionEntity.REACTOR_KEY, ReactionEntity.KIND, ReactionEntity.REACTION_KEY));
             TableWriter comments = TableWriter.forEntity(connect(), prefix, CommentEntity.class, List.of(
                     CommentEntity.RECOGNITION_ID, CommentEntity.AUTHOR_KEY, CommentEntity.COMMENT_TEXT, CommentEntity.CREATED_AT));
             TableWriter tallies = TableWriter.forEntity(connect(), prefix, TallyEntity.class, List.of(
                     TallyEntity.TALLY_KEY, TallyEntity.BOARD, TallyEntity.SUBJECT, TallyEntity.TALLY))) {
            for (int i = 0; i < times.length; i++) {
                int id = i + 1;
                Instant created = Instant.ofEpochMilli(times[i]);
                String thisWeek = AllowanceWeek.of(created).key();
                if (!thisWeek.equals(week)) {
                    week = thisWeek;
                    slotsThisWeek.clear();
                }
                int giver = pickGiver(slotsThisWeek, thisWeek);
                String giverKey = userKeys[giver];
                int slot = slotsThisWeek.merge(giverKey, 1, Integer::sum);
                List<String> to = pickRecipients(giver);
                long categoryId = pickCategory();
                Visibility visibility = random.nextDouble() < 0.10 ? Visibility.PRIVATE : Visibility.PUBLIC;
                boolean shownPublicly = visibility == Visibility.PUBLIC;
                Date at = Date.from(created);
                recognitions.row(id, giverKey, (int) categoryId, message(), random.nextDouble() < 0.15
                                ? "https://jira.example.com/browse/RAP-" + (1 + random.nextInt(20_000)) : null,
                        visibility.name(), shownPublicly, Boolean.FALSE, at, at,
                        giverKey + "|" + thisWeek + "|" + slot, "auto|" + new UUID(random.nextLong(), random.nextLong()));
                for (String recipient : to) {
                    recipients.row(id, recipient, at, shownPublicly, (int) categoryId, Boolean.FALSE);
                    boolean seen = created.isBefore(plan.end().minus(Duration.ofDays(30))) || random.nextBoolean();
                    notifications.row(recipient, Notification.RECOGNISED, id, giverKey, at, seen, Boolean.FALSE);
                }
                counts.recognitions++;
                counts.recipients += to.size();
                counts.notifications += to.size();

                Recognition recognition = new Recognition(id, giverKey, to, categoryId, "", null, visibility, false, created, created);
                RecognitionTallies.of(recognition, 1).forEach((key, delta) ->
                        openPeriods.computeIfAbsent(periodOf(key), p -> new HashMap<>()).merge(key, delta, Integer::sum));
                counts.reactions += writeReactions(recognition, reactionsPerRecognition, reactions, tallies, counts);
                if (random.nextDouble() < commentChance) {
                    counts.comments += writeComments(recognition, comments);
                }
                if (i + 1 == times.length || !Instant.ofEpochMilli(times[i + 1]).truncatedTo(ChronoUnit.DAYS).equals(created.truncatedTo(ChronoUnit.DAYS))) {
                    counts.tallies += flushFinishedPeriods(openPeriods, i + 1 == times.length ? null : Instant.ofEpochMilli(times[i + 1]), tallies);
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d recognitions%n", i + 1);
                }
            }
        }
        return counts;
    }

    /** The period part of a board ({@code R|W2026-47|3} -> {@code W2026-47}). */
    private static String periodOf(Tally.Key key) {
        String board = key.board();
        int first = board.indexOf('|');
        return board.substring(first + 1, board.indexOf('|', first + 1));
    }

    /** Writes the counters of every period that does not contain {@code next} (all of them when null). */
    private static long flushFinishedPeriods(Map<String, Map<Tally.Key, Integer>> open, Instant next, TableWriter tallies) throws SQLException {
        Set<String> current = new HashSet<>();
        if (next != null) {
            for (LeaderboardPeriod period : LeaderboardPeriod.values()) {
                current.add(period.key(next));
            }
        }
        long written = 0;
        for (Iterator<Map.Entry<String, Map<Tally.Key, Integer>>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Map<Tally.Key, Integer>> period = it.next();
            if (current.contains(period.getKey())) {
                continue;
            }
            for (Map.Entry<Tally.Key, Integer> counter : period.getValue().entrySet()) {
                if (counter.getValue() > 0) {
                    Tally.Key key = counter.getKey();
                    tallies.row(key.text(), key.board(), key.subject(), counter.getValue());
                    written++;
                }
            }
            it.remove();
        }
        return written;
    }

    /** A Zipf-popular giver who still has allowance this week; after ten tries anyone with allowance. */
    private int pickGiver(Map<String, Integer> slotsThisWeek, String week) {
        for (int attempt = 0; ; attempt++) {
            int giver = attempt < 10 ? giverOrder[giverRanks.next(random)] : random.nextInt(plan.users());
            if (slotsThisWeek.getOrDefault(userKeys[giver], 0) < WEEKLY_ALLOWANCE) {
                return giver;
            }
        }
    }

    private List<String> pickRecipients(int giver) {
        double r = random.nextDouble();
        int n = r < 0.70 ? 1 : r < 0.90 ? 2 : 3;
        List<String> keys = new ArrayList<>(n);
        while (keys.size() < n) {
            int person = recipientOrder[recipientRanks.next(random)];
            if (person != giver && !keys.contains(userKeys[person])) {
                keys.add(userKeys[person]);
            }
        }
        return keys;
    }

    private long pickCategory() {
        double total = Arrays.stream(categoryWeights).sum();
        double r = random.nextDouble() * total;
        for (int i = 0; i < categoryIds.length; i++) {
            r -= categoryWeights[i];
            if (r < 0) {
                return categoryIds[i];
            }
        }
        return categoryIds[categoryIds.length - 1];
    }

    private String message() {
        int words = 6 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /**
     * Reactions from people who may see the recognition (anyone for public ones, those involved
     * for private ones), each (person, kind) once, with the recognition's reaction counters.
     */
    private int writeReactions(Recognition recognition, double mean, TableWriter reactions, TableWriter tallies, Counts counts) throws SQLException {
        // Geometric with the wanted mean: most recognitions get a few, some many.
        int n = (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(mean / (1 + mean)));
        List<String> involved = new ArrayList<>(recognition.recipientKeys());
        involved.add(recognition.giverKey());
        boolean publicOne = recognition.visibility() == Visibility.PUBLIC;
        int possible = publicOne ? Integer.MAX_VALUE : involved.size() * ReactionKind.values().length;
        n = Math.min(n, possible);
        Set<String> done = new HashSet<>();
        Map<ReactionKind, Integer> perKind = new HashMap<>();
        while (done.size() < n) {
            String reactor = publicOne ? userKeys[giverOrder[giverRanks.next(random)]] : involved.get(random.nextInt(involved.size()));
            ReactionKind kind = ReactionKind.values()[random.nextDouble() < 0.55 ? 0 : random.nextInt(ReactionKind.values().length)];
            String reactionKey = recognition.id() + "|" + reactor + "|" + kind.name();
            if (done.add(reactionKey)) {
                reactions.row((int) recognition.id(), reactor, kind.name(), reactionKey);
                perKind.merge(kind, 1, Integer::sum);
            }
        }
        String board = ReactionKind.board(recognition.id());
        for (Map.Entry<ReactionKind, Integer> kind : perKind.entrySet()) {
            Tally.Key key = new Tally.Key(board, kind.getKey().name());
            tallies.row(key.text(), key.board(), key.subject(), kind.getValue());
            counts.tallies++;
        }
        return n;
    }

    private int writeComments(Recognition recognition, TableWriter comments) throws SQLException {
        int n = 1 + random.nextInt(3);
        List<String> involved = new ArrayList<>(recognition.recipientKeys());
        involved.add(recognition.giverKey());
        Instant at = recognition.createdAt();
        for (int c = 0; c < n; c++) {
            String author = recognition.visibility() == Visibility.PUBLIC && random.nextBoolean()
                    ? userKeys[random.nextInt(plan.users())] : involved.get(random.nextInt(involved.size()));
            at = at.plusSeconds(60 + random.nextInt(3 * 3600));
            Instant when = at.isBefore(plan.end()) ? at : plan.end();
            comments.row((int) recognition.id(), author, message(), Date.from(when));
        }
        return n;
    }

    /** Moves the recognition id sequence past the ids given explicitly, and refreshes statistics. */
    private void finish() throws SQLException {
        String table = TableWriter.quote(TableWriter.tableName(prefix, RecognitionEntity.class));
        String id = TableWriter.quote(RecognitionEntity.ID);
        long next = plan.recognitions() + 1L;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            if (db.settings().isPostgres()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', '" + RecognitionEntity.ID + "'), " + next + ", false)");
                st.execute("ANALYZE");
            } else {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN " + id + " RESTART WITH " + next);
                st.execute("ANALYZE");
            }
        }
    }

    private Connection connect() throws SQLException {
        DatabaseSettings s = db.settings();
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }

    private int[] shuffledIndexes(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Ranks 0..n-1 with P(rank k) proportional to 1/(k+1)^exponent, by binary search on the cumulative weights. */
    static final class ZipfSampler {
        private final double[] cumulative;

        ZipfSampler(int n, double exponent) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, exponent);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int next(Random random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }

    /**
     * {@code --url JDBC --user U --password P [--scale 1.0] [--seed 42] [--end 2026-11-22T00:00:00Z]}.
     * Without {@code --url}, an embedded H2 file database in {@code --data DIR} (as {@code ./rapport run --data DIR}).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        DatabaseSettings settings = BenchOptions.database(options);
        Plan plan = Plan.scaled(Double.parseDouble(options.getOrDefault("scale", "1")), Long.parseLong(options.getOrDefault("seed", "42")),
                Instant.parse(options.getOrDefault("end", Instant.now().truncatedTo(ChronoUnit.HOURS).toString())));
        System.out.printf(Locale.ROOT, "Generating %s into %s%n", plan, settings.url());
        try (HostDatabase db = HostDatabase.open(settings, AO_NAMESPACE)) {
            Result result = generate(db, plan);
            System.out.printf(Locale.ROOT, "Done: %s%n", result);
        }
    }
}
