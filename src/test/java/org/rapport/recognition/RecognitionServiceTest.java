package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tally;
import org.rapport.tally.Tallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.LimitExceededException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.recognition.RecognitionService.Allowance;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.recognition.category.Category;
import org.rapport.testing.Race;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

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
import static org.rapport.recognition.RecognitionFixture.GHOST;
import static org.rapport.recognition.RecognitionFixture.NEXT_MONDAY;
import static org.rapport.recognition.RecognitionFixture.NOW;

/** Giving, the weekly allowance, idempotency, the edit window and who may read a recognition. */
@Tag("database")
class RecognitionServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private RecognitionService service;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        service = world.service;
        teamwork = world.category("Teamwork");
    }

    /** A valid draft from Alice's point of view: to Bob, in Teamwork. */
    private RecognitionDraftBuilder thanks() {
        return aRecognition().to(BOB.userKey()).category(teamwork.id());
    }

    // --- give

    @Test
    void give_storesEveryField_andGetReadsItBack() {
        Recognition given = service.give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey())
                .message("Thanks!\nYou two saved the demo.").link("RAP-12").build(), null);

        assertThat(given).isEqualTo(new Recognition(given.id(), ALICE.userKey(), List.of(BOB.userKey(), CAROL.userKey()),
                teamwork.id(), "Thanks!\nYou two saved the demo.", "RAP-12", Visibility.PUBLIC, false, NOW, NOW));
        assertThat(service.get(DAVE, given.id())).isEqualTo(given);
    }

    @Test
    void give_usesTheSameNumberOfStatements_forOneRecipientAsForThree() {
        // Giving is the hottest write: recipients, counters and notifications are written with
        // one multi-row INSERT each, so a give costs a fixed number of statements (docs/benchmarks.md).
        service.give(ALICE, thanks().message("warm-up").build(), null);
        int one;
        try (SqlCounter sql = db.countStatements()) {
            service.give(ALICE, thanks().message("one").build(), null);
            one = sql.count();
        }
        int three;
        try (SqlCounter sql = db.countStatements()) {
            service.give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey(), DAVE.userKey()).message("three").build(), null);
            three = sql.count();
        }
        assertThat(three).isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(16);
    }

    @Test
    void give_keepsAnAddressLinkAndPrivateVisibility() {
        Recognition given = service.give(ALICE, thanks().privately().link("https://confluence.example.com/x?a=1#b").build(), null);

        assertThat(given.link()).isEqualTo("https://confluence.example.com/x?a=1#b");
        assertThat(service.get(BOB, given.id()).visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void give_rejectsSelfRecognition() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().to(BOB.userKey(), ALICE.userKey()).build(), null));

        assertThat(invalid.errors()).containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.self"));
        assertThat(world.recognitionRows()).isEmpty();
    }

    @Test
    void give_rejectsUnknownRecipient() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().to(BOB.userKey(), GHOST).build(), null));

        assertThat(invalid.errors()).containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
        assertThat(world.recognitionRows()).isEmpty();
        assertThat(world.recipientRowCount()).isZero();
    }

    @Test
    void give_withoutCategory_whenCategoriesAreRequired_isInvalid() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().withoutCategory().build(), null));

        assertThat(invalid.errors()).containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category.required"));
        assertThat(world.recognitionRows()).isEmpty();
    }

    @Test
    void give_withoutCategory_whenSettingsMakeItOptional_isFine() {
        world.rules(10, false);

        Recognition given = service.give(ALICE, thanks().withoutCategory().build(), null);

        assertThat(given.categoryId()).isZero();
        assertThat(service.get(BOB, given.id())).isEqualTo(given);
    }

    @Test
    void give_inArchivedCategory_isRefused() {
        world.categories.archive(ADMIN, teamwork.id());

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().build(), null));

        assertThat(invalid.errors()).containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category"));
        assertThat(world.recognitionRows()).isEmpty();
    }

    @Test
    void give_inArchivedCategory_isRefusedEvenWhenCategoriesAreOptional() {
        world.rules(10, false);
        world.categories.archive(ADMIN, teamwork.id());

        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void give_inUnknownCategory_isRefused() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().category(teamwork.id() + 1000).build(), null));

        assertThat(invalid.errors()).containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category"));
    }

    @Test
    void give_notSignedIn_isRefused() {
        assertThatThrownBy(() -> service.give(null, thanks().build(), null)).isInstanceOf(NotSignedInException.class);
        assertThat(world.recognitionRows()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "with space", "tab\there", "\u00E9t\u00E9"})
    void give_withMalformedIdempotencyKey_isInvalid(String key) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.give(ALICE, thanks().build(), key));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("Idempotency-Key");
        assertThat(world.recognitionRows()).isEmpty();
    }

    @Test
    void give_idempotencyKeyOfHundredCharacters_isAccepted_andOfHundredOne_isInvalid() {
        assertThat(service.give(ALICE, thanks().build(), "k".repeat(100)).id()).isPositive();
        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), "k".repeat(101))).isInstanceOf(InvalidInputException.class);
    }

    /**
     * The link rule promises at most 450 characters because the column holds 450. A link the
     * draft accepts must therefore be stored, or be refused as a field error: never fail in SQL.
     */
    @Test
    void give_withNonAsciiLinkTheDraftAccepts_isStoredOrRefused_neverAnSqlFailure() {
        String raw = "https://example.com/" + "\u00FC".repeat(400);

        Throwable failure = catchThrowable(() -> service.give(ALICE, thanks().link(raw).build(), null));

        if (failure != null) {
            assertThat(failure).isInstanceOf(InvalidInputException.class);
            assertThat(((InvalidInputException) failure).errors()).extracting(FieldError::field).containsExactly("link");
        }
    }

    // --- weekly allowance

    @Test
    void give_beyondTheDefaultAllowance_isLimitExceeded() {
        for (int i = 0; i < 10; i++) {
            service.give(ALICE, thanks().build(), null);
        }

        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(LimitExceededException.class);
        assertThat(world.recognitionRows()).hasSize(10);
    }

    @Test
    void give_limitPlusOneInAWeek_isLimitExceeded_untilNextMondayUtc() {
        world.weeklyAllowance(3);
        for (int i = 0; i < 3; i++) {
            service.give(ALICE, thanks().build(), null);
        }

        LimitExceededException exceeded = catchThrowableOfType(LimitExceededException.class,
                () -> service.give(ALICE, thanks().build(), null));

        assertThat(exceeded.resetsAt()).isEqualTo(NEXT_MONDAY);
        assertThat(exceeded.error()).isEqualTo(FieldError.of("", "rapport.recognition.error.allowance", 3, "2025-03-17 00:00 UTC"));
        assertThat(world.recognitionRows()).hasSize(3);
        assertThat(service.allowance(ALICE)).isEqualTo(new Allowance(3, 3, NEXT_MONDAY));
    }

    @Test
    void give_lastSecondOfSundayIsStillThisWeek_mondayMidnightUtcRenewsTheAllowance() {
        world.weeklyAllowance(2);
        service.give(ALICE, thanks().build(), null);
        service.give(ALICE, thanks().build(), null);

        world.clock.set(NEXT_MONDAY.minusSeconds(1));
        assertThat(catchThrowableOfType(LimitExceededException.class, () -> service.give(ALICE, thanks().build(), null))
                .resetsAt()).isEqualTo(NEXT_MONDAY);

        world.clock.set(NEXT_MONDAY);
        service.give(ALICE, thanks().build(), null);
        service.give(ALICE, thanks().build(), null);
        assertThat(catchThrowableOfType(LimitExceededException.class, () -> service.give(ALICE, thanks().build(), null))
                .resetsAt()).isEqualTo(NEXT_MONDAY.plus(Duration.ofDays(7)));
        assertThat(world.recognitionRows()).hasSize(4);
    }

    @Test
    void allowance_reportsWhatIsLeft() {
        world.weeklyAllowance(4);
        service.give(ALICE, thanks().build(), null);

        Allowance allowance = service.allowance(ALICE);

        assertThat(allowance).isEqualTo(new Allowance(4, 1, NEXT_MONDAY));
        assertThat(allowance.remaining()).isEqualTo(3);
        assertThat(service.allowance(BOB).remaining()).isEqualTo(4);
    }

    @Test
    void give_allowanceIsPerGiver() {
        world.weeklyAllowance(1);
        service.give(ALICE, thanks().build(), null);

        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(LimitExceededException.class);
        assertThat(service.give(BOB, thanks().to(ALICE.userKey()).build(), null).giverKey()).isEqualTo(BOB.userKey());
    }

    @Test
    void give_withAllowanceZero_isUnlimited() {
        world.weeklyAllowance(0);

        for (int i = 0; i < 25; i++) {
            service.give(ALICE, thanks().build(), null);
        }

        assertThat(world.recognitionRows()).hasSize(25);
        Allowance allowance = service.allowance(ALICE);
        assertThat(allowance.limit()).isZero();
        assertThat(allowance.used()).isEqualTo(25);
        assertThat(allowance.remaining()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void give_afterAllowanceLoweredMidWeek_countsWhatWasAlreadyGiven() {
        world.weeklyAllowance(0);
        for (int i = 0; i < 3; i++) {
            service.give(ALICE, thanks().build(), null);
        }

        world.weeklyAllowance(3);
        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(LimitExceededException.class);

        world.weeklyAllowance(4);
        service.give(ALICE, thanks().build(), null);
        assertThat(world.recognitionRows()).hasSize(4);
    }

    @Test
    void give_refusedAtASpentAllowance_readsABoundedNumberOfRows_whateverWasGivenThisWeek() {
        // 150 gives while unlimited, then a limit of 3: the refusal must not read the giver's whole
        // week (it read every row of it: 172 ms per refusal after 60,000 gives).
        world.weeklyAllowance(0);
        for (int i = 0; i < 150; i++) {
            service.give(ALICE, thanks().build(), null);
        }
        world.weeklyAllowance(3);

        List<String> reads;
        try (SqlCounter sql = db.countStatements()) {
            assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(LimitExceededException.class);
            reads = sql.statements().stream()
                    .filter(statement -> statement.toUpperCase(java.util.Locale.ROOT).startsWith("SELECT"))
                    .filter(statement -> statement.toUpperCase(java.util.Locale.ROOT).contains("RECOGNITION\"")
                            || statement.toUpperCase(java.util.Locale.ROOT).contains("RECOGNITION "))
                    .toList();
        }

        assertThat(reads).as("the refusal reads recognitions").isNotEmpty();
        assertThat(reads).as("every read of the giver's recognitions stops after the allowance's size")
                .allSatisfy(statement -> assertThat(statement.toUpperCase(java.util.Locale.ROOT)).containsAnyOf("LIMIT 3", "ALLOWANCE_SLOT IN"));
        assertThat(service.allowance(ALICE)).as("used is counted up to the limit").isEqualTo(new Allowance(3, 3, NEXT_MONDAY));
    }

    @Test
    void delete_withinTheWindow_freesItsAllowanceSlot() {
        world.weeklyAllowance(2);
        Recognition first = service.give(ALICE, thanks().build(), null);
        service.give(ALICE, thanks().build(), null);

        service.delete(ALICE, first.id());

        assertThat(service.allowance(ALICE).used()).isEqualTo(1);
        service.give(ALICE, thanks().build(), null);
        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), null)).isInstanceOf(LimitExceededException.class);
        assertThat(world.recognitionRows()).hasSize(2);
    }

    @Test
    void give_eightThreadsRacingTwentyGives_neverExceedTheAllowance() throws InterruptedException {
        world.weeklyAllowance(5);
        List<Callable<Recognition>> gives = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String message = "Race " + i;
            gives.add(() -> service.give(ALICE, thanks().message(message).build(), null));
        }

        List<Race.Outcome<Recognition>> outcomes = Race.run(8, gives);

        assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(5);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::failure))
                .hasSize(15)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(LimitExceededException.class));
        List<RecognitionEntity> rows = world.recognitionRows();
        assertThat(rows).extracting(RecognitionEntity::getAllowanceSlot).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 5).mapToObj(n -> ALICE.userKey() + "|2025-W11|" + n).toList());
        assertThat(rows).extracting(RecognitionEntity::getID).containsExactlyInAnyOrderElementsOf(
                outcomes.stream().filter(Race.Outcome::succeeded).map(o -> (int) o.value().id()).toList());
        assertThat(world.recipientRowCount()).isEqualTo(5);
        assertThat(givenThisWeekAndEver(ALICE)).containsOnly(5);
    }

    // --- idempotency

    @Test
    void give_hundredConcurrentRequestsWithOneKey_createOneRecognition() throws InterruptedException {
        List<Callable<Recognition>> requests = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            requests.add(() -> service.give(ALICE, thanks().build(), "request-42"));
        }

        List<Race.Outcome<Recognition>> outcomes = Race.run(100, requests);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).as("failure").isNull());
        List<RecognitionEntity> rows = world.recognitionRows();
        assertThat(rows).hasSize(1);
        assertThat(outcomes).extracting(o -> o.value().id()).containsOnly((long) rows.get(0).getID());
        assertThat(world.recipientRowCount()).isEqualTo(1);
        assertThat(service.allowance(ALICE).used()).isEqualTo(1);
        assertThat(givenThisWeekAndEver(ALICE)).containsOnly(1);
    }

    @Test
    void give_retriedAfterTheFirstFinished_returnsTheFirst() {
        Recognition first = service.give(ALICE, thanks().build(), "request-1");
        world.clock.advance(Duration.ofMinutes(1));

        Recognition retried = service.give(ALICE, thanks().message("Typed again").build(), "request-1");

        assertThat(retried).isEqualTo(first);
        assertThat(world.recognitionRows()).hasSize(1);
    }

    @Test
    void give_retriedAfterTheAllowanceIsUsedUp_stillReturnsTheFirst() {
        world.weeklyAllowance(1);
        Recognition first = service.give(ALICE, thanks().build(), "request-1");

        assertThat(service.give(ALICE, thanks().build(), "request-1")).isEqualTo(first);
        assertThatThrownBy(() -> service.give(ALICE, thanks().build(), "request-2")).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void give_sameKeyByTwoGivers_createsTwoRecognitions() {
        Recognition alices = service.give(ALICE, thanks().build(), "request-1");
        Recognition bobs = service.give(BOB, thanks().to(ALICE.userKey()).build(), "request-1");

        assertThat(bobs.id()).isNotEqualTo(alices.id());
        assertThat(bobs.giverKey()).isEqualTo(BOB.userKey());
        assertThat(world.recognitionRows()).hasSize(2);
    }

    @Test
    void give_withoutKey_twice_createsTwoRecognitions() {
        service.give(ALICE, thanks().build(), null);
        service.give(ALICE, thanks().build(), null);

        assertThat(world.recognitionRows()).hasSize(2);
    }

    @Test
    void give_keyIsTrimmed() {
        Recognition first = service.give(ALICE, thanks().build(), "request-1");

        assertThat(service.give(ALICE, thanks().build(), "  request-1 ")).isEqualTo(first);
    }

    // --- edit and delete

    @Test
    void edit_byGiverWithinTheWindow_changesMessageAndCategory() {
        Recognition given = service.give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).build(), null);
        Category innovation = world.category("Innovation");
        world.clock.advance(Duration.ofMinutes(15).minusSeconds(1));

        Recognition edited = service.edit(ALICE, given.id(), new RecognitionEdit("Better words.", innovation.id()));

        assertThat(edited).isEqualTo(new Recognition(given.id(), ALICE.userKey(), given.recipientKeys(), innovation.id(),
                "Better words.", null, Visibility.PUBLIC, false, NOW, NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertThat(service.get(BOB, given.id())).isEqualTo(edited);
    }

    @Test
    void edit_atFifteenMinutes_isAConflict_andNothingChanges() {
        Recognition given = service.give(ALICE, thanks().build(), null);
        world.clock.advance(Duration.ofMinutes(15));

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> service.edit(ALICE, given.id(), new RecognitionEdit("Too late.", teamwork.id())));

        assertThat(conflict.error()).isEqualTo(FieldError.of("", "rapport.recognition.error.edit.window", 15L));
        assertThat(service.get(ALICE, given.id())).isEqualTo(given);
    }

    @Test
    void delete_byGiverWithinTheWindow_removesIt() {
        Recognition given = service.give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).build(), null);
        world.clock.advance(Duration.ofMinutes(14));

        service.delete(ALICE, given.id());

        assertThatThrownBy(() -> service.get(ADMIN, given.id())).isInstanceOf(NotFoundException.class);
        assertThat(world.recognitionRows()).isEmpty();
        assertThat(world.recipientRowCount()).isZero();
        assertThat(givenThisWeekAndEver(ALICE)).containsOnly(0);
    }

    @Test
    void delete_afterTheWindow_isAConflict_andItStays() {
        Recognition given = service.give(ALICE, thanks().build(), null);
        world.clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> service.delete(ALICE, given.id())).isInstanceOf(ConflictException.class);
        assertThat(service.get(BOB, given.id())).isEqualTo(given);
    }

    @Test
    void edit_andDelete_bySomeoneWhoCanSeeIt_areForbidden() {
        Recognition given = service.give(ALICE, thanks().build(), null);

        for (var other : List.of(BOB, DAVE, ADMIN)) {
            assertThatThrownBy(() -> service.edit(other, given.id(), new RecognitionEdit("Mine now.", teamwork.id())))
                    .as("edit by %s", other).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> service.delete(other, given.id()))
                    .as("delete by %s", other).isInstanceOf(ForbiddenException.class);
        }
        assertThat(service.get(ALICE, given.id())).isEqualTo(given);
    }

    @Test
    void edit_andDelete_ofPrivateBySomeoneWhoCannotSeeIt_areNotFound() {
        Recognition given = service.give(ALICE, thanks().privately().build(), null);

        assertThatThrownBy(() -> service.edit(DAVE, given.id(), new RecognitionEdit("Mine now.", teamwork.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(DAVE, given.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(BOB, given.id())).isInstanceOf(ForbiddenException.class);
        assertThat(world.recognitionRows()).hasSize(1);
    }

    @Test
    void edit_unknownId_isNotFound() {
        assertThatThrownBy(() -> service.edit(ALICE, 4242, new RecognitionEdit("Hello.", teamwork.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(ALICE, 4242)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void edit_withoutCategory_whenRequired_isInvalid_andIntoArchivedCategory_isRefused() {
        Recognition given = service.give(ALICE, thanks().build(), null);
        Category archived = world.categories.archive(ADMIN, world.category("Old").id());

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.edit(ALICE, given.id(), new RecognitionEdit("Hello.", null))).errors())
                .containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category.required"));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> service.edit(ALICE, given.id(), new RecognitionEdit("Hello.", archived.id()))).errors())
                .containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category"));
        assertThat(service.get(ALICE, given.id())).isEqualTo(given);
    }

    @Test
    void editableUntil_isTheEndOfTheWindow_forTheGiverOnly() {
        Recognition given = service.give(ALICE, thanks().build(), null);

        assertThat(service.editableUntil(ALICE, given)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(service.editableUntil(BOB, given)).isNull();
        assertThat(service.editableUntil(null, given)).isNull();
        world.clock.advance(Duration.ofMinutes(15));
        assertThat(service.editableUntil(ALICE, given)).isNull();
    }

    // --- who may read one

    @Test
    void get_private_isVisibleToGiverEachRecipientAndAdmins_andNotFoundForOthers() {
        Recognition given = service.give(ALICE, thanks().to(BOB.userKey(), CAROL.userKey()).privately().build(), null);

        for (var viewer : List.of(ALICE, BOB, CAROL, ADMIN)) {
            assertThat(service.get(viewer, given.id())).as("seen by %s", viewer).isEqualTo(given);
        }
        assertThatThrownBy(() -> service.get(DAVE, given.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(null, given.id())).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void get_public_isVisibleToAnyoneSignedIn() {
        Recognition given = service.give(ALICE, thanks().build(), null);

        assertThat(service.get(DAVE, given.id())).isEqualTo(given);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 4242, Integer.MAX_VALUE + 1L, Long.MAX_VALUE})
    void get_unknownId_isNotFound(long id) {
        service.give(ALICE, thanks().build(), null);

        assertThatThrownBy(() -> service.get(ADMIN, id)).isInstanceOf(NotFoundException.class);
    }

    /** The giver's public "given" counters of this week and of all time, which each give moves. */
    private List<Integer> givenThisWeekAndEver(Actor giver) {
        List<Tally.Key> keys = List.of(
                new Tally.Key(Direction.GIVEN.board(LeaderboardPeriod.WEEK.key(NOW), 0), giver.userKey()),
                new Tally.Key(Direction.GIVEN.board(LeaderboardPeriod.ALL.key(NOW), 0), giver.userKey()));
        Map<Tally.Key, Integer> counts = new Tallies(new TallyStore(world.ao)).counts(keys);
        return keys.stream().map(k -> counts.getOrDefault(k, 0)).toList();
    }
}
