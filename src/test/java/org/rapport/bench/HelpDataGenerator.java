package org.rapport.bench;

import org.rapport.help.HelpEntry;
import org.rapport.help.HelpKind;
import org.rapport.help.HelpKindStore;
import org.rapport.help.HelpStatus;
import org.rapport.help.HelpTallies;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.tally.Tally;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.skills.SkillTag;
import org.rapport.skills.ao.SkillTagEntity;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.DatabaseSettings;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.users.UserStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a database with help-ledger data at scale, written past the services with COPY
 * (PostgreSQL) or batched INSERTs (H2) but holding what {@code HelpService} would have written:
 * entries with their skill rows (tags of the skills vocabulary), kinds from the seeded kinds,
 * decision counters ({@code HD|id}) for entries the helped person decided later, and every help
 * counter computed by {@link HelpTallies} itself plus the distinct-colleague counter ({@code HB})
 * moved exactly when the service moves it (a pair counter going from 0 to 1), so counters equal a
 * recount. Also an org chart (department per fifty teams of eight), which the ledger's breadth reads.
 *
 * <p>Deterministic for a seed. Helpers follow a Zipf law (exponent 0.8: a few people help a lot),
 * the helped a milder one (0.5); days of help uniform over the two years before {@code end} (the
 * 90-day rule limits logging, not history); 95 % confirmed (70 % of them logged by the helped
 * person, the rest logged by the helper and confirmed later), 3 % pending (logged in the last 30
 * days), 2 % declined; 0-3 skills from a vocabulary of 200 (Zipf), 20 % linked to an issue.
 * Users are written as {@link RecognitionDataGenerator} writes them unless the host already has
 * users (then those are reused, so help data can join recognition data in one database).
 *
 * <pre>
 * ./rapport bench-help-data --url jdbc:postgresql://127.0.0.1:55439/rapport_bench --user postgres --password x --scale 1
 * </pre>
 */
public final class HelpDataGenerator {
    static final int SKILLS = 200;

    /** How much to generate. */
    public record Plan(int users, int entries, long seed, Instant end) {
        public Plan {
            if (users < 10 || entries < 1) {
                throw new IllegalArgumentException("at least 10 users and 1 entry: " + users + ", " + entries);
            }
        }

        /** The scale (50k users, 1M help entries) times {@code factor}. */
        public static Plan scaled(double factor, long seed, Instant end) {
            return new Plan((int) Math.max(10, 50_000 * factor), (int) Math.max(1, 1_000_000 * factor), seed, end);
        }
    }

    /** What was written, for the log and the docs. */
    public record Result(long users, long entries, long confirmed, long pending, long declined, long skills, long tallies,
                         Duration took) {
    }

    private static final String[] WORDS = ("unblocked review pairing debugging deploy pipeline query index migration "
            + "onboarding docs tests flaky build config access outage incident design feedback walkthrough estimate "
            + "kubernetes certificate dashboard alert report spreadsheet contract customer call").split(" ");
    private static final String[] SKILL_STEMS = ("java sql kubernetes docker terraform react css python go rust "
            + "jira confluence testing security networking linux excel finance legal design writing "
            + "onboarding hiring negotiation presentations mentoring").split(" ");

    private final HostDatabase db;
    private final Plan plan;
    private final Random random;
    private final String prefix;

    private HelpDataGenerator(HostDatabase db, Plan plan) {
        this.db = db;
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.prefix = db.tablePrefix();
    }

    /** Creates the schema as the host does, then fills it. */
    public static Result generate(HostDatabase db, Plan plan) throws SQLException {
        HostActiveObjects ao = new HostActiveObjects(db.entityManager());
        BenchSchema.create(db, ao);
        return new HelpDataGenerator(db, plan).run(ao);
    }

    static String skillName(int rank) {
        return SKILL_STEMS[rank % SKILL_STEMS.length] + (rank < SKILL_STEMS.length ? "" : "-" + (rank / SKILL_STEMS.length));
    }

    private Result run(HostActiveObjects ao) throws SQLException {
        long started = System.nanoTime();
        if (count(TableWriter.quote(TableWriter.tableName(prefix, HelpEntryEntity.class))) > 0) {
            throw new IllegalStateException("The help entry table is not empty: generate into a fresh database");
        }
        long[] kindIds = new HelpKindStore(ao).all().stream().filter(k -> !k.archived()).mapToLong(HelpKind::id).toArray();
        if (kindIds.length == 0) {
            throw new IllegalStateException("No kinds of help: the schema's upgrade task should have seeded them");
        }
        long users = count("RAPPORT_HOST_USER");
        if (users == 0) {
            users = RecognitionDataGenerator.writeUsers(connect(), plan.users(), random);
        } else if (users < plan.users()) {
            throw new IllegalStateException("The host has " + users + " users, fewer than the plan's " + plan.users());
        }
        if (count(TableWriter.quote(TableWriter.tableName(prefix, OrgPersonEntity.class))) == 0) {
            writeOrgChart();
        }
        writeVocabulary();

        Counts counts = writeEntries(kindIds);
        UserStore settings = new UserStore(db);
        if (settings.setting(RecognitionDataGenerator.END_SETTING).isEmpty()) {
            settings.putSetting(RecognitionDataGenerator.END_SETTING, plan.end().toString());
        }
        finish();
        return new Result(users, counts.entries, counts.confirmed, counts.pending, counts.declined, counts.skills, counts.tallies,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private long count(String table) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Teams of eight as in the host's user table; fifty teams make a department. */
    private void writeOrgChart() throws SQLException {
        try (TableWriter org = TableWriter.forEntity(connect(), prefix, OrgPersonEntity.class, List.of(
                OrgPersonEntity.USER_KEY, OrgPersonEntity.MANAGER_KEY, OrgPersonEntity.DEPARTMENT))) {
            for (int i = 0; i < plan.users(); i++) {
                org.row(RecognitionDataGenerator.userKey(i), i == 0 ? null : RecognitionDataGenerator.userKey(i / 8),
                        department(i));
            }
        }
    }

    private static String department(int user) {
        return "Department " + (user / 8 / 50);
    }

    private void writeVocabulary() throws SQLException {
        try (TableWriter tags = TableWriter.forEntity(connect(), prefix, SkillTagEntity.class, List.of(
                SkillTagEntity.TAG_NAME, SkillTagEntity.CANONICAL_NAME))) {
            for (int k = 0; k < SKILLS; k++) {
                String name = new SkillTag(skillName(k)).name();
                tags.row(name, name);
            }
        }
    }

    private static final class Counts {
        long entries;
        long confirmed;
        long pending;
        long declined;
        long skills;
        long tallies;
    }

    private Counts writeEntries(long[] kindIds) throws SQLException {
        Counts counts = new Counts();
        LocalDate last = LocalDate.ofInstant(plan.end(), ZoneOffset.UTC);
        int days = 730;
        RecognitionDataGenerator.ZipfSampler helpers = new RecognitionDataGenerator.ZipfSampler(plan.users(), 0.8);
        RecognitionDataGenerator.ZipfSampler helped = new RecognitionDataGenerator.ZipfSampler(plan.users(), 0.5);
        RecognitionDataGenerator.ZipfSampler skillRanks = new RecognitionDataGenerator.ZipfSampler(SKILLS, 1.0);
        int[] helperOrder = shuffled(plan.users());
        int[] helpedOrder = shuffled(plan.users());
        // Days in order, so ids follow time as when people log help day by day.
        int[] dayOffsets = new int[plan.entries()];
        for (int i = 0; i < dayOffsets.length; i++) {
            dayOffsets[i] = random.nextInt(days);
        }
        java.util.Arrays.sort(dayOffsets);
        Map<Tally.Key, Integer> tallies = new HashMap<>();

        try (TableWriter entries = TableWriter.forEntity(connect(), prefix, HelpEntryEntity.class, List.of(
                HelpEntryEntity.ID, HelpEntryEntity.HELPER_KEY, HelpEntryEntity.HELPED_KEY, HelpEntryEntity.LOGGED_BY_KEY,
                HelpEntryEntity.STATUS, HelpEntryEntity.SUMMARY, HelpEntryEntity.DETAILS, HelpEntryEntity.KIND_ID,
                HelpEntryEntity.LINK_TARGET, HelpEntryEntity.MINUTES, HelpEntryEntity.HELPED_ON, HelpEntryEntity.CREATED_AT,
                HelpEntryEntity.DECIDED_AT, HelpEntryEntity.HELPER_DEPT, HelpEntryEntity.HELPED_DEPT));
             TableWriter skills = TableWriter.forEntity(connect(), prefix, HelpSkillEntity.class, List.of(
                     HelpSkillEntity.ENTRY_ID, HelpSkillEntity.SKILL_NAME))) {
            for (int i = 0; i < dayOffsets.length; i++) {
                int id = i + 1;
                LocalDate day = last.minusDays(days - 1 - dayOffsets[i]);
                int helper = helperOrder[helpers.next(random)];
                int person = helpedOrder[helped.next(random)];
                while (person == helper) {
                    person = helpedOrder[helped.next(random)];
                }
                String helperKey = RecognitionDataGenerator.userKey(helper);
                String helpedKey = RecognitionDataGenerator.userKey(person);
                double roll = random.nextDouble();
                boolean recent = !day.isBefore(last.minusDays(30));
                HelpStatus status = roll < 0.02 ? HelpStatus.DECLINED
                        : roll < 0.05 && recent ? HelpStatus.PENDING : HelpStatus.CONFIRMED;
                boolean byHelped = status == HelpStatus.CONFIRMED && random.nextDouble() < 0.7;
                Instant created = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(8 * 3600 + random.nextInt(10 * 3600));
                if (created.isAfter(plan.end())) {
                    created = plan.end().minusSeconds(random.nextInt(3600));
                }
                Instant decided = switch (status) {
                    case PENDING -> null;
                    case CONFIRMED -> byHelped ? created : min(created.plusSeconds(600 + random.nextInt(3 * 86_400)), plan.end());
                    case DECLINED -> min(created.plusSeconds(600 + random.nextInt(3 * 86_400)), plan.end());
                };
                List<SkillTag> tags = new ArrayList<>();
                int n = random.nextInt(4);
                while (tags.size() < n) {
                    SkillTag tag = new SkillTag(skillName(skillRanks.next(random)));
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
                String link = random.nextDouble() < 0.2 ? "RAP-" + (1 + random.nextInt(20_000)) : null;
                int minutes = random.nextBoolean() ? 0 : 15 * (1 + random.nextInt(8));
                String summary = summary();
                // Departments as of the confirmation (the org chart does not change while generating).
                String helperDept = status == HelpStatus.CONFIRMED ? department(helper) : null;
                String helpedDept = status == HelpStatus.CONFIRMED ? department(person) : null;
                entries.row(id, helperKey, helpedKey, byHelped ? helpedKey : helperKey, status.name(), summary,
                        random.nextDouble() < 0.3 ? summary + " — " + summary() : null, (int) kindIds[random.nextInt(kindIds.length)],
                        link, minutes, day.toString(), Date.from(created), decided == null ? null : Date.from(decided),
                        helperDept, helpedDept);
                for (SkillTag tag : tags) {
                    skills.row(id, tag.name());
                }
                counts.entries++;
                counts.skills += tags.size();
                switch (status) {
                    case CONFIRMED -> counts.confirmed++;
                    case PENDING -> counts.pending++;
                    case DECLINED -> counts.declined++;
                }
                if (!byHelped && status != HelpStatus.PENDING) {
                    tallies.merge(HelpTallies.decision(id), 1, Integer::sum);
                }
                HelpEntry entry = new HelpEntry(id, helperKey, helpedKey, byHelped ? helpedKey : helperKey, status, summary, "",
                        kindIds[0], tags, null, minutes, day, created, decided, helperDept, helpedDept);
                count(entry, tallies);
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d help entries%n", i + 1);
                }
            }
        }
        try (TableWriter rows = TableWriter.forEntity(connect(), prefix, TallyEntity.class, List.of(
                TallyEntity.TALLY_KEY, TallyEntity.BOARD, TallyEntity.SUBJECT, TallyEntity.TALLY))) {
            for (Map.Entry<Tally.Key, Integer> t : tallies.entrySet()) {
                if (t.getValue() != 0) {
                    rows.row(t.getKey().text(), t.getKey().board(), t.getKey().subject(), t.getValue());
                    counts.tallies++;
                }
            }
        }
        return counts;
    }

    /**
     * As {@code HelpService.count(entry, +1)}: the entry's counters, and breadth when a pair's or a
     * department's counter appears (generated people all have a department).
     */
    private static void count(HelpEntry entry, Map<Tally.Key, Integer> tallies) {
        Map<Tally.Key, Integer> deltas = HelpTallies.of(entry, 1);
        if (deltas.isEmpty()) {
            return;
        }
        if (tallies.getOrDefault(HelpTallies.pair(entry.helperKey(), entry.helpedKey()), 0) == 0) {
            deltas.merge(HelpTallies.colleagues(entry.helperKey()), 1, Integer::sum);
        }
        if (tallies.getOrDefault(HelpTallies.pair(entry.helpedKey(), entry.helperKey()), 0) == 0) {
            deltas.merge(HelpTallies.colleagues(entry.helpedKey()), 1, Integer::sum);
        }
        if (tallies.getOrDefault(HelpTallies.department(entry.helperKey(), entry.helpedDepartment()), 0) == 0) {
            deltas.merge(HelpTallies.departments(entry.helperKey()), 1, Integer::sum);
        }
        if (tallies.getOrDefault(HelpTallies.department(entry.helpedKey(), entry.helperDepartment()), 0) == 0) {
            deltas.merge(HelpTallies.departments(entry.helpedKey()), 1, Integer::sum);
        }
        deltas.forEach((key, delta) -> tallies.merge(key, delta, Integer::sum));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String summary() {
        StringBuilder s = new StringBuilder("Helped with");
        int n = 2 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private int[] shuffled(int n) {
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

    /** Moves the help entry id sequence past the ids given explicitly, and refreshes statistics. */
    private void finish() throws SQLException {
        String table = TableWriter.quote(TableWriter.tableName(prefix, HelpEntryEntity.class));
        long next = plan.entries() + 1L;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            if (db.settings().isPostgres()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', '" + HelpEntryEntity.ID + "'), " + next + ", false)");
            } else {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN " + TableWriter.quote(HelpEntryEntity.ID) + " RESTART WITH " + next);
            }
            st.execute("ANALYZE");
        }
    }

    private Connection connect() throws SQLException {
        DatabaseSettings s = db.settings();
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }

    /**
     * {@code --url JDBC --user U --password P [--scale 1.0] [--seed 42] [--end 2026-11-22T00:00:00Z]}.
     * Without {@code --url}, an embedded H2 file database in {@code --data DIR}.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args);
        DatabaseSettings settings = BenchOptions.database(options);
        Plan plan = Plan.scaled(Double.parseDouble(options.getOrDefault("scale", "1")), Long.parseLong(options.getOrDefault("seed", "42")),
                Instant.parse(options.getOrDefault("end", Instant.now().truncatedTo(ChronoUnit.HOURS).toString())));
        System.out.printf(Locale.ROOT, "Generating %s into %s%n", plan, settings.url());
        try (HostDatabase db = HostDatabase.open(settings, RecognitionDataGenerator.AO_NAMESPACE)) {
            Result result = generate(db, plan);
            System.out.printf(Locale.ROOT, "Done: %s%n", result);
        }
    }
}
