package org.rapport.bench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.org.OrgPerson;
import org.rapport.platform.Actor;
import org.rapport.recognition.Direction;
import org.rapport.recognition.FeedPage;
import org.rapport.recognition.FeedQuery;
import org.rapport.recognition.LeaderboardPeriod;
import org.rapport.recognition.LeaderboardQuery;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.ReactionKind;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionDraft;
import org.rapport.recognition.RecognitionTallies;
import org.rapport.tally.Tally;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.Category;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's data at small scale is what the services would have written: counters equal a
 * recount, and the services read feed pages, panels and leaderboards from it correctly.
 */
@Tag("database")
class RecognitionDataGeneratorTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Instant END = Instant.parse("2026-11-18T15:00:00Z");
    private static final RecognitionDataGenerator.Plan PLAN = new RecognitionDataGenerator.Plan(500, 5_000, 10_000, 250, 7, END);

    private RecognitionDataGenerator.Result result;
    private BenchServices services;

    @BeforeEach
    void generate() throws SQLException {
        HostDatabase host = db.hostDatabase();
        // TestDatabase empties Rapport's tables before each test; the host's own tables are emptied here.
        try (Connection c = host.connection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS RAPPORT_HOST_USER");
            st.execute("DROP TABLE IF EXISTS RAPPORT_HOST_SETTING");
        }
        result = RecognitionDataGenerator.generate(host, PLAN);
        services = new BenchServices(host, Clock.fixed(END, ZoneOffset.UTC));
    }

    @Test
    void generate_writesThePlannedAmounts() {
        assertThat(result.users()).isEqualTo(500);
        assertThat(db.activeObjects().count(RecognitionEntity.class)).isEqualTo(5_000);
        assertThat(db.activeObjects().count(RecipientEntity.class)).isEqualTo((int) result.recipients()).isBetween(6_000, 8_000);
        assertThat(db.activeObjects().count(ReactionEntity.class)).isEqualTo((int) result.reactions()).isBetween(8_000, 12_000);
        assertThat(result.comments()).isBetween(250L, 1_000L);
    }

    @Test
    void generate_countersEqualARecountOfRecognitionsAndReactions() {
        List<Recognition> all = services.store.findAll(LongStream.rangeClosed(1, 5_000).boxed().toList());
        assertThat(all).hasSize(5_000);
        Map<String, Integer> recount = new HashMap<>();
        for (Recognition r : all) {
            RecognitionTallies.of(r, 1).forEach((key, delta) -> recount.merge(key.text(), delta, Integer::sum));
        }
        for (ReactionEntity reaction : db.activeObjects().find(ReactionEntity.class)) {
            recount.merge(new Tally.Key(ReactionKind.board(reaction.getRecognitionId()), reaction.getKind()).text(), 1, Integer::sum);
        }
        Map<String, Integer> stored = new HashMap<>();
        for (TallyEntity row : db.activeObjects().find(TallyEntity.class)) {
            assertThat(row.getTallyKey()).isEqualTo(row.getBoard() + "|" + row.getSubject());
            stored.put(row.getTallyKey(), row.getTally());
        }
        assertThat(stored).hasSize((int) result.tallies()).isEqualTo(recount);
    }

    @Test
    void generate_keepsTheRulesOfGiving() {
        List<Recognition> all = services.store.findAll(LongStream.rangeClosed(1, 5_000).boxed().toList());
        assertThat(all).allSatisfy(r -> {
            assertThat(r.recipientKeys()).hasSizeBetween(1, 3).doesNotHaveDuplicates().doesNotContain(r.giverKey());
            assertThat(r.categoryId()).isPositive();
            assertThat(r.createdAt()).isBefore(END).isAfter(END.minusSeconds(731L * 86_400));
        });
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Recognition::createdAt));
        long privateOnes = all.stream().filter(r -> r.visibility() == Visibility.PRIVATE).count();
        assertThat(privateOnes).isBetween(400L, 600L);
        List<String> slots = new ArrayList<>();
        for (RecognitionEntity row : db.activeObjects().find(RecognitionEntity.class, net.java.ao.Query.select(
                RecognitionEntity.ID + ", " + RecognitionEntity.ALLOWANCE_SLOT))) {
            slots.add(row.getAllowanceSlot());
        }
        assertThat(slots).doesNotHaveDuplicates().allSatisfy(slot ->
                assertThat(Integer.parseInt(slot.substring(slot.lastIndexOf('|') + 1))).isBetween(1, RecognitionDataGenerator.WEEKLY_ALLOWANCE));
    }

    @Test
    void feed_readsThePublicPageNewestFirst() {
        Actor viewer = new Actor(RecognitionDataGenerator.userKey(3));
        FeedPage page = services.recognitions.feed(viewer, FeedQuery.parse(null, null, null, null, null, null));
        List<Recognition> newestPublic = services.store.findAll(LongStream.rangeClosed(4_900, 5_000).boxed().toList()).stream()
                .filter(r -> r.visibility() == Visibility.PUBLIC)
                .sorted(Comparator.comparing(Recognition::createdAt).thenComparing(Recognition::id).reversed())
                .limit(20).toList();
        assertThat(page.items()).hasSize(20).isEqualTo(newestPublic);
        assertThat(page.next()).isNotNull();
        FeedPage second = services.recognitions.feed(viewer, FeedQuery.parse(null, null, null, null, page.next().encode(), null));
        assertThat(second.items()).hasSize(20).allSatisfy(r -> assertThat(r.createdAt()).isBeforeOrEqualTo(page.items().get(19).createdAt()));
    }

    @Test
    void filteredFeeds_readTheSamePagesAsTheRawFloor() throws SQLException {
        RawFloor floor = new RawFloor(db.hostDatabase());
        Actor viewer = new Actor(RecognitionDataGenerator.userKey(3));
        List<Category> categories = services.categories.allForDisplay();
        long one = categories.get(0).id();
        List<Long> milestones = categories.stream().filter(Category::milestone).map(Category::id).toList();
        assertThat(milestones).as("the generator's categories include milestones").hasSizeGreaterThan(1);

        assertThat(ids(services.recognitions.feed(viewer, new FeedQuery(null, null, one, false, null, 20)).items()))
                .hasSize(20).isEqualTo(floorIds(floor.categoriesPage(List.of(one), 20)));
        assertThat(ids(services.recognitions.feed(viewer, new FeedQuery(null, null, null, true, null, 20)).items()))
                .hasSize(20).isEqualTo(floorIds(floor.categoriesPage(milestones, 20)));

        List<String> team = IntStream.rangeClosed(1, 8).mapToObj(RecognitionDataGenerator::userKey).toList();
        services.org.saveAll(team.stream().map(k -> new OrgPerson(k, RecognitionDataGenerator.userKey(0), null)).toList());
        List<Long> teamPage = ids(services.teamFeed.page(new Actor(RecognitionDataGenerator.userKey(0)),
                new FeedQuery(null, null, null, false, null, 20)).items());
        // The service's page may stop short where a recognition reached several reports; it never differs.
        assertThat(teamPage).hasSizeGreaterThan(10);
        assertThat(floorIds(floor.teamPage(team, 20))).hasSize(20).startsWith(teamPage.toArray(Long[]::new));
    }

    private static List<Long> ids(List<Recognition> recognitions) {
        return recognitions.stream().map(Recognition::id).toList();
    }

    private static List<Long> floorIds(List<Object[]> rows) {
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    @Test
    void leaderboardAndPanel_readTheGeneratedCounters() {
        List<Recognition> all = services.store.findAll(LongStream.rangeClosed(1, 5_000).boxed().toList());
        Map<String, Long> receivedAllTime = all.stream().filter(Recognition::shownPublicly)
                .flatMap(r -> r.recipientKeys().stream())
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        long most = receivedAllTime.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<LeaderboardService.Entry> board = services.leaderboards.board(new Actor(RecognitionDataGenerator.userKey(1)),
                new LeaderboardQuery(Direction.RECEIVED, LeaderboardPeriod.ALL, 0, 10));
        assertThat(board).hasSize(10);
        assertThat(board.get(0).count()).isEqualTo(most);
        assertThat(board).allSatisfy(e -> assertThat((long) e.count()).isEqualTo(receivedAllTime.get(e.personKey())));

        String top = board.get(0).personKey();
        String quarter = LeaderboardPeriod.QUARTER.key(END);
        long thisQuarter = all.stream().filter(Recognition::shownPublicly)
                .filter(r -> LeaderboardPeriod.QUARTER.key(r.createdAt()).equals(quarter))
                .filter(r -> r.recipientKeys().contains(top)).count();
        String html = services.renderProfilePanel(services.applicationUser(top), services.applicationUser(RecognitionDataGenerator.userKey(2)));
        assertThat(html).contains("id=\"rapport-profile-received\">" + thisQuarter + "<");
        Map<String, Object> context = services.recognitionPanel.getContextMap(new HashMap<>(Map.of(
                "profileUser", services.applicationUser(top), "currentUser", services.applicationUser(RecognitionDataGenerator.userKey(2)))));
        assertThat(context.get("receivedThisQuarter")).isEqualTo((int) thisQuarter);
        assertThat((List<?>) context.get("recent")).hasSize(5);
    }

    @Test
    void give_continuesAfterTheGeneratedIds() {
        String giver = RecognitionDataGenerator.userKey(11);
        long category = services.categories.allForDisplay().get(0).id();
        Recognition given = services.recognitions.give(new Actor(giver),
                new RecognitionDraft(List.of(RecognitionDataGenerator.userKey(12)), category, "Thanks for the benchmark", Visibility.PUBLIC, null), null);
        assertThat(given.id()).isEqualTo(5_001);
        assertThat(services.tallies.counts(List.of(new Tally.Key(Direction.GIVEN.board(LeaderboardPeriod.ALL.key(END), 0), giver))).values())
                .containsExactly((int) services.store.findAll(LongStream.rangeClosed(1, 5_001).boxed().toList()).stream()
                        .filter(r -> r.shownPublicly() && r.giverKey().equals(giver)).count());
    }
}
