package org.rapport.bench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.help.HelpDraft;
import org.rapport.help.HelpEntry;
import org.rapport.help.HelpLedger;
import org.rapport.help.HelpStatus;
import org.rapport.help.HelpTallies;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.platform.Actor;
import org.rapport.tally.Tally;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.skills.SkillTag;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help generator's data at small scale is what the help service would have written: every
 * help counter equals a recount of the entries, and the ledger reads its numbers from them.
 */
@Tag("database")
class HelpDataGeneratorTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Instant END = Instant.parse("2026-11-18T15:00:00Z");
    private static final HelpDataGenerator.Plan PLAN = new HelpDataGenerator.Plan(400, 6_000, 11, END);

    private HelpDataGenerator.Result result;
    private BenchServices services;
    private List<HelpEntry> entries;

    @BeforeEach
    void generate() throws SQLException {
        HostDatabase host = db.hostDatabase();
        // TestDatabase empties Rapport's tables before each test; the host's own tables are emptied here.
        try (Connection c = host.connection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS RAPPORT_HOST_USER");
            st.execute("DROP TABLE IF EXISTS RAPPORT_HOST_SETTING");
        }
        result = HelpDataGenerator.generate(host, PLAN);
        services = new BenchServices(host, Clock.fixed(END, ZoneOffset.UTC));
        Map<Integer, List<SkillTag>> skills = new HashMap<>();
        for (HelpSkillEntity row : db.activeObjects().find(HelpSkillEntity.class)) {
            skills.computeIfAbsent(row.getEntryId(), k -> new ArrayList<>()).add(new SkillTag(row.getSkillName()));
        }
        entries = new ArrayList<>();
        for (HelpEntryEntity e : db.activeObjects().find(HelpEntryEntity.class, net.java.ao.Query.select(HelpEntryEntity.ALL_COLUMNS).order(HelpEntryEntity.ID + " ASC"))) {
            entries.add(new HelpEntry(e.getID(), e.getHelperKey(), e.getHelpedKey(), e.getLoggedByKey(), HelpStatus.valueOf(e.getStatus()),
                    e.getSummary(), "", e.getKindId(), skills.getOrDefault(e.getID(), List.of()), null, e.getMinutes(),
                    LocalDate.parse(e.getHelpedOn()), e.getCreatedAt().toInstant(), e.getDecidedAt() == null ? null : e.getDecidedAt().toInstant(),
                    e.getHelperDept(), e.getHelpedDept()));
        }
    }

    @Test
    void generate_writesThePlannedAmountsAndKeepsTheRulesOfLogging() {
        assertThat(result.users()).isEqualTo(400);
        assertThat(entries).hasSize(6_000);
        assertThat(result.confirmed() + result.pending() + result.declined()).isEqualTo(6_000);
        assertThat(result.declined()).isBetween(60L, 200L);
        assertThat(result.pending()).isPositive();
        assertThat(result.skills()).isEqualTo(db.activeObjects().count(HelpSkillEntity.class)).isBetween(7_000L, 11_000L);
        LocalDate last = LocalDate.ofInstant(END, ZoneOffset.UTC);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.helperKey()).isNotEqualTo(e.helpedKey());
            assertThat(e.helpedOn()).isBeforeOrEqualTo(last).isAfter(last.minusDays(731));
            assertThat(e.createdAt()).isBeforeOrEqualTo(END);
            assertThat(e.skills()).hasSizeLessThanOrEqualTo(HelpDraft.SKILLS_MAX).doesNotHaveDuplicates();
            assertThat(e.loggedByKey()).isIn(e.helperKey(), e.helpedKey());
            if (e.status() == HelpStatus.PENDING) {
                assertThat(e.loggedByKey()).isEqualTo(e.helperKey());
                assertThat(e.decidedAt()).isNull();
            } else {
                assertThat(e.decidedAt()).isNotNull().isAfterOrEqualTo(e.createdAt());
            }
        });
        assertThat(entries).isSortedAccordingTo(Comparator.comparing(HelpEntry::helpedOn));
    }

    @Test
    void generate_helpCountersEqualARecountOfTheEntries() {
        Map<String, Integer> recount = new HashMap<>();
        Map<String, Set<String>> colleagues = new HashMap<>();
        Map<String, Set<String>> departments = new HashMap<>();
        for (HelpEntry e : entries) {
            HelpTallies.of(e, 1).forEach((key, delta) -> recount.merge(key.text(), delta, Integer::sum));
            if (e.confirmed()) {
                colleagues.computeIfAbsent(e.helperKey(), k -> new HashSet<>()).add(e.helpedKey());
                colleagues.computeIfAbsent(e.helpedKey(), k -> new HashSet<>()).add(e.helperKey());
                assertThat(e.helperDepartment()).isEqualTo(department(e.helperKey()));
                assertThat(e.helpedDepartment()).isEqualTo(department(e.helpedKey()));
                departments.computeIfAbsent(e.helperKey(), k -> new HashSet<>()).add(e.helpedDepartment());
                departments.computeIfAbsent(e.helpedKey(), k -> new HashSet<>()).add(e.helperDepartment());
            } else {
                assertThat(e.helperDepartment()).isNull();
                assertThat(e.helpedDepartment()).isNull();
            }
            if (e.status() != HelpStatus.PENDING && !e.loggedByKey().equals(e.helpedKey())) {
                recount.put(HelpTallies.decision(e.id()).text(), 1);
            }
        }
        colleagues.forEach((person, others) -> recount.put(HelpTallies.colleagues(person).text(), others.size()));
        departments.forEach((person, in) -> recount.put(HelpTallies.departments(person).text(), in.size()));
        Map<String, Integer> stored = new HashMap<>();
        for (TallyEntity row : db.activeObjects().find(TallyEntity.class)) {
            assertThat(row.getTallyKey()).isEqualTo(row.getBoard() + "|" + row.getSubject());
            stored.put(row.getTallyKey(), row.getTally());
        }
        assertThat(stored).hasSize((int) result.tallies()).isEqualTo(recount);
    }

    @Test
    void ledger_readsTheGeneratedCountersOfABusyHelper() {
        Map<String, Long> given = entries.stream().filter(HelpEntry::confirmed)
                .collect(Collectors.groupingBy(HelpEntry::helperKey, Collectors.counting()));
        String busiest = given.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<HelpEntry> mine = entries.stream().filter(HelpEntry::confirmed).filter(e -> e.involves(busiest)).toList();
        Set<String> others = mine.stream().map(e -> e.helperKey().equals(busiest) ? e.helpedKey() : e.helperKey()).collect(Collectors.toSet());
        Set<String> departments = others.stream().map(HelpDataGeneratorTest::department).collect(Collectors.toSet());
        Map<String, Long> skills = mine.stream().filter(e -> e.helperKey().equals(busiest)).flatMap(e -> e.skills().stream())
                .collect(Collectors.groupingBy(SkillTag::name, Collectors.counting()));

        HelpLedger ledger = services.help.ledger(new Actor(RecognitionDataGenerator.userKey(0).equals(busiest) ? "user00001" : "user00000"), busiest);

        assertThat((long) ledger.given()).isEqualTo(given.get(busiest));
        assertThat((long) ledger.received()).isEqualTo(mine.stream().filter(e -> e.helpedKey().equals(busiest)).count());
        assertThat(ledger.colleagues()).isEqualTo(others.size());
        assertThat(ledger.departments()).isEqualTo(departments.size());
        assertThat(ledger.topSkills()).hasSize(5).allSatisfy(s -> assertThat((long) s.count()).isEqualTo(skills.get(s.skill())));
        assertThat((long) ledger.topSkills().get(0).count()).isEqualTo(skills.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(ledger.months()).hasSize(12).allSatisfy(m -> assertThat((long) m.given()).isEqualTo(mine.stream()
                .filter(e -> e.helperKey().equals(busiest) && YearMonth.from(e.helpedOn()).toString().equals(m.month())).count()));
        assertThat(ledger.pending()).isEmpty();
    }

    @Test
    void ownLedger_showsThePendingEntriesAndLoggingContinuesAfterTheGeneratedIds() {
        HelpEntry pending = entries.stream().filter(e -> e.status() == HelpStatus.PENDING).findFirst().orElseThrow();
        String person = pending.helpedKey();
        List<Long> waiting = entries.stream().filter(e -> e.status() == HelpStatus.PENDING && e.helpedKey().equals(person))
                .sorted(Comparator.comparing(HelpEntry::helpedOn).thenComparing(HelpEntry::id).reversed()).map(HelpEntry::id).toList();

        HelpLedger own = services.help.ledger(new Actor(person), person);
        assertThat(own.pending()).extracting(HelpEntry::id).isEqualTo(waiting);

        int before = own.received();
        String helper = pending.helperKey();
        HelpEntry logged = services.help.log(new Actor(person), new HelpDraft(helper, person, "Benchmark follow-up", "", "unblocked-me",
                List.of(new SkillTag("java")), null, null, LocalDate.ofInstant(END, ZoneOffset.UTC)));
        assertThat(logged.id()).isEqualTo(6_001);
        assertThat(services.help.ledger(new Actor(person), person).received()).isEqualTo(before + 1);
        Tally.Key pair = HelpTallies.pair(person, helper);
        assertThat(services.tallies.counts(List.of(pair)).get(pair))
                .isEqualTo((int) entries.stream().filter(HelpEntry::confirmed).filter(e -> e.involves(person) && e.involves(helper)).count() + 1);
    }

    /** The generator's org chart: fifty teams of eight make a department. */
    private static String department(String userKey) {
        return "Department " + (Integer.parseInt(userKey.substring(4)) / 8 / 50);
    }
}
