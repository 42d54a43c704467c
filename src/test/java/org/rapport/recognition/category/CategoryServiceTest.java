package org.rapport.recognition.category;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.testing.TestActors;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.recognition.category.CategoryDraftBuilder.aCategory;
import static org.rapport.recognition.category.CategoryDraftBuilder.named;
import static org.rapport.testing.TestActors.ADMIN;
import static org.rapport.testing.TestActors.MEMBER;

@Tag("database")
class CategoryServiceTest {
    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private CategoryStore store;
    private CategoryService service;

    @BeforeAll
    static void schema() {
        db.migrate(CategoryEntity.class);
    }

    @BeforeEach
    void setUp() {
        store = new CategoryStore(db.activeObjects());
        service = serviceWithClock(new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private CategoryService serviceWithClock(SystemClock clock) {
        return new CategoryService(store, new Transactions(db.activeObjects()), TestActors.permissions(), clock);
    }

    // --- create

    @Test
    void create_returnsCategoryWithNextSortOrder() {
        Category first = service.create(ADMIN, named("Teamwork"));
        Category second = service.create(ADMIN, aCategory().name("Launch").kind(CategoryKind.MILESTONE).build());

        assertThat(first.sortOrder()).isZero();
        assertThat(second).isEqualTo(new Category(second.id(), "Launch", "Made the team stronger.",
                CategoryIcon.PEOPLE, CategoryColour.BLUE, CategoryKind.MILESTONE, 1, false, NOW));
        assertThat(service.list(MEMBER, false)).containsExactly(first, second);
    }

    @Test
    void create_comesAfterArchivedCategoriesToo() {
        Category archived = service.create(ADMIN, named("Innovation"));
        service.archive(ADMIN, archived.id());

        assertThat(service.create(ADMIN, named("Teamwork")).sortOrder()).isEqualTo(1);
    }

    @Test
    void create_rejectsDuplicateNameIgnoringCaseAndSpace() {
        service.create(ADMIN, named("Teamwork"));

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> service.create(ADMIN, named("  TEAMWORK  ")));

        assertThat(conflict.error()).isEqualTo(FieldError.of("name", "rapport.category.error.name.taken"));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void create_rejectsNameOfAnArchivedCategory() {
        service.archive(ADMIN, service.create(ADMIN, named("Teamwork")).id());

        assertThatThrownBy(() -> service.create(ADMIN, named("teamwork"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void create_byNonAdmin_forbidden_andNothingWritten() {
        assertThatThrownBy(() -> service.create(MEMBER, named("Teamwork"))).isInstanceOf(ForbiddenException.class);

        assertThat(store.count()).isZero();
    }

    @Test
    void create_byNobody_notSignedIn_andNothingWritten() {
        assertThatThrownBy(() -> service.create(null, named("Teamwork"))).isInstanceOf(NotSignedInException.class);

        assertThat(store.count()).isZero();
    }

    /**
     * The race tests run at READ COMMITTED, the isolation of Jira's and Confluence's transactions
     * (which the AO plugin joins) and, for that reason, of the standalone host's.
     */
    @Test
    void concurrentCreatesOfSameName_exactlyOneSucceeds_otherConflict() throws Exception {
        CategoryService racing = serviceWithClock(clockWhereBothCallsMeet());

        List<Outcome> outcomes = runTogether(
                () -> racing.create(ADMIN, named("Teamwork")),
                () -> racing.create(ADMIN, named(" teamwork ")));

        assertThat(outcomes).filteredOn(o -> o.created() != null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
                .satisfies(o -> assertThat(o.failure())
                        .isInstanceOfSatisfying(ConflictException.class, conflict -> assertThat(conflict.error())
                                .isEqualTo(FieldError.of("name", "rapport.category.error.name.taken"))));
        assertThat(store.list(true)).singleElement()
                .isEqualTo(outcomes.stream().map(Outcome::created).filter(c -> c != null).findFirst().orElseThrow());
    }

    @Test
    void concurrentCreatesOfDifferentNames_bothSucceed() throws Exception {
        CategoryService racing = serviceWithClock(clockWhereBothCallsMeet());

        List<Outcome> outcomes = runTogether(
                () -> racing.create(ADMIN, named("Teamwork")),
                () -> racing.create(ADMIN, named("Innovation")));

        assertThat(outcomes).extracting(Outcome::failure).containsOnlyNulls();
        assertThat(store.list(true)).extracting(Category::name).containsExactlyInAnyOrder("Teamwork", "Innovation");
    }

    /**
     * A clock at which two concurrent creates wait for each other. The service reads the clock
     * after its name check and before its insert, so both calls have checked before either inserts,
     * and only the database can settle what follows.
     */
    private static SystemClock clockWhereBothCallsMeet() {
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        return new SystemClock(Clock.fixed(NOW, ZoneOffset.UTC)) {
            @Override
            public Instant now() {
                try {
                    bothChecked.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other create never reached its insert", e);
                }
                return super.now();
            }
        };
    }

    // --- update

    @Test
    void update_changesTheCategoryAndStampsIt() {
        Category original = service.create(ADMIN, named("Teamwork"));
        SystemClock later = new SystemClock(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        Category updated = serviceWithClock(later).update(ADMIN, original.id(),
                aCategory().name("Collaboration").colour(CategoryColour.PURPLE).build());

        assertThat(updated.name()).isEqualTo("Collaboration");
        assertThat(updated.colour()).isEqualTo(CategoryColour.PURPLE);
        assertThat(updated.sortOrder()).isEqualTo(original.sortOrder());
        assertThat(updated.updatedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(service.get(MEMBER, original.id())).isEqualTo(updated);
    }

    @Test
    void update_allowsKeepingOwnName() {
        Category original = service.create(ADMIN, named("Teamwork"));

        Category updated = service.update(ADMIN, original.id(),
                aCategory().name("TEAMWORK").description("Now with a new description.").build());

        assertThat(updated.name()).isEqualTo("TEAMWORK");
        assertThat(updated.description()).isEqualTo("Now with a new description.");
    }

    @Test
    void update_toAnotherCategorysName_conflict_andNothingChanged() {
        service.create(ADMIN, named("Teamwork"));
        Category innovation = service.create(ADMIN, named("Innovation"));

        ConflictException conflict = catchThrowableOfType(ConflictException.class,
                () -> service.update(ADMIN, innovation.id(), named("teamwork ")));

        assertThat(conflict.error().field()).isEqualTo("name");
        assertThat(service.get(ADMIN, innovation.id())).isEqualTo(innovation);
    }

    @Test
    void update_unknownId_notFound() {
        Category existing = service.create(ADMIN, named("Teamwork"));

        assertThatThrownBy(() -> service.update(ADMIN, existing.id() + 1000, named("Innovation")))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.list(ADMIN, true)).containsExactly(existing);
    }

    @Test
    void update_byNonAdmin_forbidden_andNothingChanged() {
        Category existing = service.create(ADMIN, named("Teamwork"));

        assertThatThrownBy(() -> service.update(MEMBER, existing.id(), named("Hijacked")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.get(MEMBER, existing.id())).isEqualTo(existing);
    }

    // --- list and get

    @Test
    void list_hidesArchivedUnlessAdminAsks() {
        Category active = service.create(ADMIN, named("Teamwork"));
        Category archived = service.archive(ADMIN, service.create(ADMIN, named("Innovation")).id());

        assertThat(service.list(MEMBER, false)).containsExactly(active);
        assertThat(service.list(ADMIN, false)).containsExactly(active);
        assertThat(service.list(ADMIN, true)).containsExactly(active, archived);
    }

    @Test
    void list_archivedByNonAdmin_forbidden() {
        assertThatThrownBy(() -> service.list(MEMBER, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(null, true)).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void get_activeCategory_forAnyone() {
        Category teamwork = service.create(ADMIN, named("Teamwork"));

        assertThat(service.get(MEMBER, teamwork.id())).isEqualTo(teamwork);
    }

    @Test
    void get_archivedIsNotFoundForNonAdmin() {
        Category archived = service.archive(ADMIN, service.create(ADMIN, named("Teamwork")).id());

        assertThatThrownBy(() -> service.get(MEMBER, archived.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.get(ADMIN, archived.id())).isEqualTo(archived);
    }

    @Test
    void get_unknownId_notFound() {
        assertThatThrownBy(() -> service.get(ADMIN, 4242)).isInstanceOf(NotFoundException.class);
    }

    // --- archive and restore

    @Test
    void archive_thenRestore() {
        Category teamwork = service.create(ADMIN, named("Teamwork"));

        Category archived = service.archive(ADMIN, teamwork.id());
        assertThat(archived.archived()).isTrue();
        assertThat(service.list(MEMBER, false)).isEmpty();

        Category restored = service.restore(ADMIN, teamwork.id());
        assertThat(restored.archived()).isFalse();
        assertThat(restored).isEqualTo(teamwork);
        assertThat(service.list(MEMBER, false)).containsExactly(restored);
    }

    @Test
    void archive_unknownId_notFound() {
        assertThatThrownBy(() -> service.archive(ADMIN, 4242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.restore(ADMIN, 4242)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void archive_byNonAdmin_forbidden_andStillActive() {
        Category teamwork = service.create(ADMIN, named("Teamwork"));

        assertThatThrownBy(() -> service.archive(MEMBER, teamwork.id())).isInstanceOf(ForbiddenException.class);
        assertThat(service.list(MEMBER, false)).containsExactly(teamwork);
    }

    @Test
    void restore_byNonAdmin_forbidden() {
        Category archived = service.archive(ADMIN, service.create(ADMIN, named("Teamwork")).id());

        assertThatThrownBy(() -> service.restore(MEMBER, archived.id())).isInstanceOf(ForbiddenException.class);
        assertThat(service.list(MEMBER, false)).isEmpty();
    }

    // --- reorder

    @Test
    void reorder_putsCategoriesInGivenOrder() {
        Category a = service.create(ADMIN, named("A"));
        Category b = service.create(ADMIN, named("B"));
        Category archived = service.archive(ADMIN, service.create(ADMIN, named("Archived")).id());

        List<Category> reordered = service.reorder(ADMIN, List.of(archived.id(), b.id(), a.id()));

        assertThat(reordered).extracting(Category::name).containsExactly("Archived", "B", "A");
        assertThat(reordered).extracting(Category::sortOrder).containsExactly(0, 1, 2);
        assertThat(service.list(MEMBER, false)).extracting(Category::name).containsExactly("B", "A");
    }

    @Test
    void reorder_withStaleList_conflict_andOrderUnchanged() {
        Category a = service.create(ADMIN, named("A"));
        Category b = service.create(ADMIN, named("B"));
        Category addedMeanwhile = service.create(ADMIN, named("C"));
        List<Category> before = service.list(ADMIN, true);

        ConflictException missingOne = catchThrowableOfType(ConflictException.class,
                () -> service.reorder(ADMIN, List.of(b.id(), a.id())));
        ConflictException unknownOne = catchThrowableOfType(ConflictException.class,
                () -> service.reorder(ADMIN, List.of(addedMeanwhile.id(), b.id(), a.id(), addedMeanwhile.id() + 1000)));

        assertThat(List.of(missingOne.error(), unknownOne.error()))
                .containsOnly(FieldError.of("ids", "rapport.category.error.order.stale"));
        assertThat(service.list(ADMIN, true)).isEqualTo(before);
    }

    @Test
    void reorder_duplicateIds_invalid() {
        Category a = service.create(ADMIN, named("A"));
        Category b = service.create(ADMIN, named("B"));
        List<Category> before = service.list(ADMIN, true);

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> service.reorder(ADMIN, List.of(a.id(), b.id(), a.id())));

        assertThat(invalid.errors()).containsExactly(FieldError.of("ids", "rapport.category.error.order.duplicate"));
        assertThat(service.list(ADMIN, true)).isEqualTo(before);
    }

    @Test
    void reorder_emptyOrNullEntry_invalid() {
        service.create(ADMIN, named("A"));

        assertThatThrownBy(() -> service.reorder(ADMIN, List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.reorder(ADMIN, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.reorder(ADMIN, Arrays.asList(1L, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reorder_byNonAdmin_forbidden_andOrderUnchanged() {
        Category a = service.create(ADMIN, named("A"));
        Category b = service.create(ADMIN, named("B"));

        assertThatThrownBy(() -> service.reorder(MEMBER, List.of(b.id(), a.id()))).isInstanceOf(ForbiddenException.class);
        assertThat(service.list(MEMBER, false)).containsExactly(a, b);
    }

    /** What one of several simultaneous calls ended with: the category it created, or its exception. */
    private record Outcome(Category created, Throwable failure) {
    }

    private static List<Outcome> runTogether(Callable<Category> first, Callable<Category> second)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Category>> futures = threads.invokeAll(List.of(first, second), 30, TimeUnit.SECONDS);
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Category> future : futures) {
                assertThat(future.isCancelled()).as("finished within 30 seconds").isFalse();
                try {
                    outcomes.add(new Outcome(future.get(), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(null, e.getCause()));
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
