package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryKind;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;
import static org.rapport.recognition.category.CategoryDraftBuilder.aCategory;

/** The feed and the received/given lists: who sees what, filters, cursor pages and their SQL cost. */
@Tag("database")
class RecognitionFeedTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private RecognitionService service;
    private Category teamwork;
    private Category launch;

    /** The three lists a page can come from; each lists every recognition Alice gives Bob. */
    enum FeedKind {
        PUBLIC, RECEIVED_BY_BOB, GIVEN_BY_ALICE;

        FeedQuery query(Long categoryId, FeedCursor cursor, int limit) {
            return switch (this) {
                case PUBLIC -> new FeedQuery(null, null, categoryId, false, cursor, limit);
                case RECEIVED_BY_BOB -> new FeedQuery(BOB.userKey(), null, categoryId, false, cursor, limit);
                case GIVEN_BY_ALICE -> new FeedQuery(null, ALICE.userKey(), categoryId, false, cursor, limit);
            };
        }
    }

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        service = world.service;
        teamwork = world.category("Teamwork");
        launch = world.milestone("Launch");
    }

    // --- who sees what

    @Test
    void publicFeed_isNewestFirst_andNeverShowsPrivateOnes_notEvenToThoseInvolved() {
        Recognition older = give(ALICE, thanks().to(BOB.userKey()));
        give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).privately());
        Recognition newer = give(CAROL, thanks().to(DAVE.userKey()));

        for (Actor viewer : List.of(ALICE, BOB, CAROL, DAVE, ERIN, ADMIN)) {
            assertThat(ids(viewer, everyone())).as("public feed seen by %s", viewer).containsExactly(newer.id(), older.id());
        }
    }

    @Test
    void receivedBy_showsPrivateOnesOnlyToThePersonThemselfAndAdmins() {
        Recognition open = give(ALICE, thanks().to(BOB.userKey()));
        Recognition secret = give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).privately());
        FeedQuery bobsReceived = new FeedQuery(BOB.userKey(), null, null, false, null, 20);

        assertThat(ids(BOB, bobsReceived)).containsExactly(secret.id(), open.id());
        assertThat(ids(ADMIN, bobsReceived)).containsExactly(secret.id(), open.id());
        for (Actor viewer : List.of(ALICE, CAROL, DAVE)) {
            assertThat(ids(viewer, bobsReceived)).as("Bob's received list seen by %s", viewer).containsExactly(open.id());
        }
    }

    @Test
    void givenBy_showsPrivateOnesOnlyToThePersonThemselfAndAdmins() {
        Recognition open = give(ALICE, thanks().to(BOB.userKey()));
        Recognition secret = give(ALICE, thanks().to(BOB.userKey()).privately());
        FeedQuery alicesGiven = new FeedQuery(null, ALICE.userKey(), null, false, null, 20);

        assertThat(ids(ALICE, alicesGiven)).containsExactly(secret.id(), open.id());
        assertThat(ids(ADMIN, alicesGiven)).containsExactly(secret.id(), open.id());
        for (Actor viewer : List.of(BOB, DAVE)) {
            assertThat(ids(viewer, alicesGiven)).as("Alice's given list seen by %s", viewer).containsExactly(open.id());
        }
    }

    @Test
    void receivedBy_showsTheRecognitionWithAllItsRecipients() {
        Recognition both = give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()));

        FeedPage carols = service.feed(DAVE, new FeedQuery(CAROL.userKey(), null, null, false, null, 20));

        assertThat(carols.items()).containsExactly(both);
        assertThat(carols.next()).isNull();
    }

    @Test
    void feed_notSignedIn_isRefused() {
        assertThatThrownBy(() -> service.feed(null, everyone())).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void feed_withNothingToShow_isAnEmptyLastPage() {
        assertThat(service.feed(ALICE, everyone())).isEqualTo(new FeedPage(List.of(), null));
        assertThat(service.feed(ALICE, new FeedQuery("nobody-key", null, null, false, null, 20)))
                .isEqualTo(new FeedPage(List.of(), null));
    }

    // --- filters

    @Test
    void categoryFilter_appliesToEveryList() {
        Recognition inTeamwork = give(ALICE, thanks().to(BOB.userKey()).category(teamwork.id()));
        give(ALICE, thanks().to(BOB.userKey()).category(launch.id()));

        for (FeedKind kind : FeedKind.values()) {
            assertThat(ids(ERIN, kind.query(teamwork.id(), null, 20))).as(kind.name()).containsExactly(inTeamwork.id());
        }
    }

    /** Category ids are 32-bit in the database; a larger id is refused, never wrapped onto another category. */
    @Test
    void categoryFilter_withAnIdBeyondThe32BitRange_isRefused_notWrappedOntoAnotherCategory() {
        give(ALICE, thanks().to(BOB.userKey()).category(teamwork.id()));
        long wrapsToTeamwork = teamwork.id() + (1L << 32);

        for (FeedKind kind : FeedKind.values()) {
            assertThatThrownBy(() -> kind.query(wrapsToTeamwork, null, 20)).as(kind.name())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category")));
        }
    }

    @Test
    void milestonesOnly_showsMilestoneCategoriesIncludingArchivedOnes_inEveryList() {
        Category anniversary = world.milestone("Anniversary");
        Recognition launched = give(ALICE, thanks().to(BOB.userKey()).category(launch.id()));
        Recognition tenYears = give(ALICE, thanks().to(BOB.userKey()).category(anniversary.id()));
        give(ALICE, thanks().to(BOB.userKey()).category(teamwork.id()));
        world.categories.archive(ADMIN, anniversary.id());

        assertThat(ids(ERIN, new FeedQuery(null, null, null, true, null, 20))).containsExactly(tenYears.id(), launched.id());
        assertThat(ids(ERIN, new FeedQuery(BOB.userKey(), null, null, true, null, 20))).containsExactly(tenYears.id(), launched.id());
        assertThat(ids(ERIN, new FeedQuery(null, ALICE.userKey(), null, true, null, 20))).containsExactly(tenYears.id(), launched.id());
    }

    @Test
    void milestonesOnly_withACategory_showsThatMilestoneOnly_andNothingForAValueCategory() {
        Category anniversary = world.milestone("Anniversary");
        Recognition launched = give(ALICE, thanks().to(BOB.userKey()).category(launch.id()));
        give(ALICE, thanks().to(BOB.userKey()).category(anniversary.id()));
        give(ALICE, thanks().to(BOB.userKey()).category(teamwork.id()));

        assertThat(ids(ERIN, new FeedQuery(null, null, launch.id(), true, null, 20))).containsExactly(launched.id());
        assertThat(service.feed(ERIN, new FeedQuery(BOB.userKey(), null, teamwork.id(), true, null, 20)))
                .isEqualTo(new FeedPage(List.of(), null));
    }

    @Test
    void milestonesOnly_afterTheOnlyMilestoneBecameAValue_isEmpty() {
        give(ALICE, thanks().to(BOB.userKey()).category(launch.id()));
        world.categories.update(ADMIN, launch.id(), aCategory().name("Launch").kind(CategoryKind.VALUE).build());

        assertThat(service.feed(ERIN, new FeedQuery(null, null, null, true, null, 20))).isEqualTo(new FeedPage(List.of(), null));
    }

    @Test
    void edit_movesTheRecognitionToItsNewCategory_inEveryList() {
        Recognition given = give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).category(teamwork.id()));

        service.edit(ALICE, given.id(), new RecognitionEdit("Turns out it was a launch.", launch.id()));

        for (FeedKind kind : FeedKind.values()) {
            assertThat(ids(ERIN, kind.query(teamwork.id(), null, 20))).as(kind.name()).isEmpty();
            assertThat(ids(ERIN, kind.query(launch.id(), null, 20))).as(kind.name()).containsExactly(given.id());
        }
        assertThat(ids(ERIN, new FeedQuery(CAROL.userKey(), null, null, true, null, 20))).containsExactly(given.id());
    }

    @Test
    void feedQuery_refusesBothPeopleAtOnce_andLimitsOutsideOneToFifty() {
        assertThat(errorsOf(() -> new FeedQuery(BOB.userKey(), ALICE.userKey(), null, false, null, 20)))
                .containsExactly(FieldError.of("givenBy", "rapport.recognition.error.feed.both"));
        assertThat(errorsOf(() -> new FeedQuery(null, null, null, false, null, 0)))
                .containsExactly(FieldError.of("limit", "rapport.error.range", 1, 50));
        assertThat(errorsOf(() -> FeedQuery.parse(null, null, null, null, null, "51")))
                .containsExactly(FieldError.of("limit", "rapport.error.range", 1, 50));
        assertThat(errorsOf(() -> FeedQuery.parse(null, null, "x", null, null, null)))
                .containsExactly(FieldError.of("categoryId", "rapport.error.wrong.type"));
    }

    /**
     * A cursor is client input: any token that decodes must be served or refused as a field error,
     * never fail in SQL (a 500). These times decode to instants far outside what SQL timestamps hold.
     */
    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, Long.MIN_VALUE, 253_402_300_800_000L, -62_135_596_800_001L})
    void feed_cursorFarOutsideTheCalendar_isServedOrAFieldError_neverAnSqlFailure(long epochMillis) {
        give(ALICE, thanks().to(BOB.userKey()));
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((epochMillis + ":1").getBytes(StandardCharsets.US_ASCII));

        for (FeedKind kind : FeedKind.values()) {
            Throwable failure = catchThrowable(() -> service.feed(ERIN,
                    FeedQuery.parse(kind == FeedKind.RECEIVED_BY_BOB ? BOB.userKey() : null,
                            kind == FeedKind.GIVEN_BY_ALICE ? ALICE.userKey() : null, null, null, token, null)));
            if (failure != null) {
                assertThat(failure).as(kind.name()).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) failure).errors()).extracting(FieldError::field).containsExactly("cursor");
            }
        }
    }

    // --- cursor pages

    /** Each list, once with a flag off and once on. */
    static Stream<Arguments> everyListWithAFlag() {
        List<Arguments> cases = new ArrayList<>();
        for (FeedKind kind : FeedKind.values()) {
            cases.add(Arguments.of(kind, false));
            cases.add(Arguments.of(kind, true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, all at one instant: {1}")
    @MethodSource("everyListWithAFlag")
    void pagesOfTwenty_coverFortyFiveRecognitionsExactlyOnce_newestFirst_unshiftedByNewOnes(FeedKind kind, boolean oneInstant) {
        world.weeklyAllowance(0);
        List<Long> newestFirst = giveFortyFiveWithPrivateOnesBetween(oneInstant);

        FeedPage first = service.feed(ERIN, kind.query(null, null, 20));
        // Given after the first page was read: later, or at the very same instant (with higher ids).
        world.clock.advance(oneInstant ? Duration.ZERO : Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            give(ALICE, thanks().to(BOB.userKey()).message("Meanwhile " + i));
        }
        FeedPage second = service.feed(ERIN, kind.query(null, first.next(), 20));
        FeedPage third = service.feed(ERIN, kind.query(null, second.next(), 20));

        assertThat(first.items()).hasSize(20);
        assertThat(second.items()).hasSize(20);
        assertThat(third.items()).hasSize(5);
        assertThat(third.next()).isNull();
        List<Long> seen = new ArrayList<>();
        Stream.of(first, second, third).forEach(page -> page.items().forEach(r -> seen.add(r.id())));
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        // The cursor is opaque to clients: the same pages come back through its encoded form.
        assertThat(ids(ERIN, kind.query(null, FeedCursor.decode(first.next().encode()), 20)))
                .isEqualTo(second.items().stream().map(Recognition::id).toList());
    }

    @ParameterizedTest
    @EnumSource(FeedKind.class)
    void exactlyTwoFullPages_theSecondHasNoNextCursor(FeedKind kind) {
        world.weeklyAllowance(0);
        for (int i = 0; i < 40; i++) {
            give(ALICE, thanks().to(BOB.userKey()));
            world.clock.advance(Duration.ofSeconds(1));
        }

        FeedPage first = service.feed(ERIN, kind.query(null, null, 20));
        FeedPage second = service.feed(ERIN, kind.query(null, first.next(), 20));

        assertThat(first.next()).isNotNull();
        assertThat(second.items()).hasSize(20);
        assertThat(second.next()).isNull();
    }

    /**
     * Forty-five public recognitions from Alice to Bob (every third also to Carol), ten private
     * ones between them that Erin, the reader, may not see; returns the public ones newest first.
     */
    private List<Long> giveFortyFiveWithPrivateOnesBetween(boolean oneInstant) {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            RecognitionDraftBuilder draft = i % 3 == 0 ? thanks().to(BOB.userKey(), CAROL.userKey()) : thanks().to(BOB.userKey());
            created.add(give(ALICE, draft.message("Public " + i)).id());
            if (i % 5 == 2) {
                give(ALICE, thanks().to(BOB.userKey()).privately().message("Private " + i));
            }
            if (!oneInstant) {
                world.clock.advance(Duration.ofSeconds(1));
            }
        }
        Collections.reverse(created);
        return created;
    }

    // --- SQL cost of a page

    @ParameterizedTest(name = "{0}, category filter: {1}")
    @MethodSource("everyListWithAFlag")
    void onePage_costsAtMostThreeStatements_whateverTheDataSize(FeedKind kind, boolean byCategory) {
        world.weeklyAllowance(0);
        Long category = byCategory ? teamwork.id() : null;
        giveWithTwoRecipients(20);
        int[] small = statementsForFirstAndSecondPage(kind, category);

        giveWithTwoRecipients(180);
        int[] large = statementsForFirstAndSecondPage(kind, category);

        assertThat(large).as("statements of the first and second page, 200 rows vs 20").containsExactly(small);
    }

    private void giveWithTwoRecipients(int count) {
        for (int i = 0; i < count; i++) {
            Category category = i % 2 == 0 ? teamwork : launch;
            give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).category(category.id()));
            world.clock.advance(Duration.ofSeconds(1));
        }
    }

    /** Statements run by the first page and by the page after it. */
    private int[] statementsForFirstAndSecondPage(FeedKind kind, Long categoryId) {
        int[] counts = new int[2];
        FeedPage first;
        try (SqlCounter sql = db.countStatements()) {
            first = service.feed(ERIN, kind.query(categoryId, null, 20));
            counts[0] = sql.count();
            assertThat(sql.statements()).as("statements of one page").hasSizeBetween(1, 3);
        }
        assertThat(first.items()).hasSizeGreaterThan(0);
        try (SqlCounter sql = db.countStatements()) {
            service.feed(ERIN, kind.query(categoryId, first.next(), 20));
            counts[1] = sql.count();
            assertThat(sql.statements()).as("statements of the next page").hasSizeBetween(1, 3);
        }
        return counts;
    }

    // --- helpers

    /** A valid draft in Teamwork; tests name the recipients and anything else they are about. */
    private RecognitionDraftBuilder thanks() {
        return aRecognition().category(teamwork.id());
    }

    private Recognition give(Actor giver, RecognitionDraftBuilder draft) {
        return service.give(giver, draft.build(), null);
    }

    private List<Long> ids(Actor viewer, FeedQuery query) {
        return service.feed(viewer, query).items().stream().map(Recognition::id).toList();
    }

    private static FeedQuery everyone() {
        return new FeedQuery(null, null, null, false, null, 20);
    }

    private static List<FieldError> errorsOf(Runnable action) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, action::run);
        assertThat(invalid).as("InvalidInputException").isNotNull();
        return invalid.errors();
    }
}
