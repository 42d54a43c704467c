package org.rapport.recognition.category;

import net.java.ao.ActiveObjectsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.platform.Constraints;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapport.recognition.category.CategoryDraftBuilder.aCategory;
import static org.rapport.recognition.category.CategoryDraftBuilder.named;

@Tag("database")
class CategoryStoreTest {
    private static final Instant CREATED = Instant.parse("2025-03-14T09:30:00Z");
    private static final Instant LATER = Instant.parse("2025-03-15T17:45:12.345Z");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private CategoryStore store;
    private Transactions transactions;

    @BeforeAll
    static void schema() {
        db.migrate(CategoryEntity.class);
    }

    @BeforeEach
    void setUp() {
        store = new CategoryStore(db.activeObjects());
        transactions = new Transactions(db.activeObjects());
    }

    @Test
    void insert_returnsRecordOfEveryField() {
        CategoryDraft draft = aCategory().name("Launch").description("Shipped it.\nTo everyone.")
                .icon(CategoryIcon.FLAG).colour(CategoryColour.GREY).kind(CategoryKind.MILESTONE).build();

        Category inserted = store.insert(draft, 4, CREATED);

        assertThat(inserted.id()).isPositive();
        assertThat(inserted).isEqualTo(new Category(inserted.id(), "Launch", "Shipped it.\nTo everyone.",
                CategoryIcon.FLAG, CategoryColour.GREY, CategoryKind.MILESTONE, 4, false, CREATED));
        assertThat(store.find(inserted.id())).contains(inserted);
    }

    @Test
    void insert_longestValidTextRoundTrips() {
        String name = "\u00C9quipe " + "n".repeat(53);
        String description = "Line one.\r\n\t" + "d".repeat(488);
        CategoryDraft draft = aCategory().name(name).description(description).build();

        Category inserted = store.insert(draft, 0, CREATED);

        assertThat(store.find(inserted.id())).get()
                .satisfies(found -> assertThat(found.name()).isEqualTo(name))
                .satisfies(found -> assertThat(found.description()).isEqualTo(description));
    }

    @Test
    void insert_nameOfSixtyCharactersOutsideTheBasicPlane_roundTrips() {
        // The draft counts characters (code points); a name of 60 emoji is valid and must be storable.
        String sixtyRockets = "\uD83D\uDE80".repeat(CategoryDraft.NAME_MAX);

        Category inserted = store.insert(named(sixtyRockets), 0, CREATED);

        assertThat(store.find(inserted.id())).get().extracting(Category::name).isEqualTo(sixtyRockets);
    }

    @Test
    void insert_emptyDescription_readsBackEmpty() {
        Category inserted = store.insert(aCategory().description("").build(), 0, CREATED);

        assertThat(store.find(inserted.id())).get().extracting(Category::description).isEqualTo("");
    }

    @Test
    void insert_sameNameIgnoringCase_isRefusedByTheUniqueIndex() {
        store.insert(named("Teamwork"), 0, CREATED);

        Throwable refused = catchThrowable(() -> store.insert(named("  TEAMWORK "), 1, CREATED));

        assertThat(refused).isInstanceOf(ActiveObjectsException.class);
        assertThat(Constraints.isUniqueViolation(refused)).as("recognised as unique violation: %s", refused).isTrue();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void insert_insideFailedWrite_isRolledBack() {
        assertThatThrownBy(() -> transactions.write(() -> {
            store.insert(named("Teamwork"), 0, CREATED);
            throw new IllegalStateException("failed after the insert");
        })).isInstanceOf(IllegalStateException.class).hasMessage("failed after the insert");

        assertThat(store.count()).isZero();
        assertThat(store.findByName("Teamwork")).isEmpty();
    }

    @Test
    void update_insideFailedWrite_isRolledBack() {
        Category original = store.insert(named("Teamwork"), 0, CREATED);

        assertThatThrownBy(() -> transactions.write(() -> {
            store.update(original.id(), named("Collaboration"), LATER);
            store.setArchived(original.id(), true, LATER);
            throw new IllegalStateException("failed after the update");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.find(original.id())).contains(original);
    }

    @Test
    void find_unknownOrImpossibleId_isEmpty() {
        Category existing = store.insert(named("Teamwork"), 0, CREATED);

        assertThat(store.find(existing.id() + 1000)).isEmpty();
        assertThat(store.find(0)).isEmpty();
        assertThat(store.find(-1)).isEmpty();
        assertThat(store.find(Integer.MAX_VALUE + 1L)).isEmpty();
    }

    @Test
    void findByName_ignoresCaseAndSurroundingSpace() {
        Category teamwork = store.insert(named("Teamwork"), 0, CREATED);

        assertThat(store.findByName(" tEAMWORK\t")).contains(teamwork);
        assertThat(store.findByName("Team work")).isEmpty();
    }

    @Test
    void list_ordersBySortOrderThenId() {
        Category third = store.insert(named("Third"), 2, CREATED);
        Category firstTie = store.insert(named("First"), 0, CREATED);
        Category secondTie = store.insert(named("Second"), 0, CREATED);

        assertThat(store.list(true)).containsExactly(firstTie, secondTie, third);
    }

    @Test
    void list_hidesArchivedUnlessAsked() {
        Category active = store.insert(named("Teamwork"), 0, CREATED);
        Category archived = store.setArchived(store.insert(named("Innovation"), 1, CREATED).id(), true, LATER).orElseThrow();

        assertThat(store.list(false)).containsExactly(active);
        assertThat(store.list(true)).containsExactly(active, archived);
    }

    @Test
    void list_isOneSelectWhateverTheNumberOfRows() {
        IntStream.range(0, 30).forEach(i -> store.insert(named("Category " + i), i, CREATED));

        try (SqlCounter sql = db.countStatements()) {
            List<Category> all = store.list(true);

            assertThat(all).hasSize(30);
            assertThat(sql.statements()).hasSize(1);
            sql.reset();

            assertThat(store.list(false)).hasSize(30);
            assertThat(sql.statements()).hasSize(1);
        }
    }

    @Test
    void find_isOneSelect() {
        Category inserted = store.insert(named("Teamwork"), 0, CREATED);

        try (SqlCounter sql = db.countStatements()) {
            store.find(inserted.id());

            assertThat(sql.statements()).hasSize(1);
        }
    }

    @Test
    void nextSortOrder_isZeroWhenEmpty_thenOneAfterTheLast() {
        assertThat(store.nextSortOrder()).isZero();

        store.insert(named("Teamwork"), 7, CREATED);
        store.insert(named("Innovation"), 3, CREATED);

        assertThat(store.nextSortOrder()).isEqualTo(8);
    }

    @Test
    void update_changesEveryEditableFieldAndKeepsTheRest() {
        Category original = store.insert(named("Teamwork"), 5, CREATED);
        CategoryDraft edit = aCategory().name("Collaboration").description("Works across teams.")
                .icon(CategoryIcon.WORLD).colour(CategoryColour.GREEN).kind(CategoryKind.MILESTONE).build();

        Category updated = store.update(original.id(), edit, LATER).orElseThrow();

        assertThat(updated).isEqualTo(new Category(original.id(), "Collaboration", "Works across teams.",
                CategoryIcon.WORLD, CategoryColour.GREEN, CategoryKind.MILESTONE, 5, false, LATER));
        assertThat(store.find(original.id())).contains(updated);
        assertThat(store.findByName("collaboration")).contains(updated);
        assertThat(store.findByName("teamwork")).isEmpty();
    }

    @Test
    void update_unknownId_isEmptyAndWritesNothing() {
        Category existing = store.insert(named("Teamwork"), 0, CREATED);

        assertThat(store.update(existing.id() + 1000, named("Other"), LATER)).isEmpty();
        assertThat(store.list(true)).containsExactly(existing);
    }

    @Test
    void setArchived_thenBack_stampsEachChange() {
        Category category = store.insert(named("Teamwork"), 0, CREATED);

        Category archived = store.setArchived(category.id(), true, LATER).orElseThrow();
        Category restored = store.setArchived(category.id(), false, LATER.plusSeconds(60)).orElseThrow();

        assertThat(archived.archived()).isTrue();
        assertThat(archived.updatedAt()).isEqualTo(LATER);
        assertThat(restored.archived()).isFalse();
        assertThat(store.find(category.id())).contains(restored);
    }

    @Test
    void reorder_givesEachListedCategoryItsPosition_andIgnoresUnknownIds() {
        Category a = store.insert(named("A"), 0, CREATED);
        Category b = store.insert(named("B"), 1, CREATED);
        Category c = store.insert(named("C"), 2, CREATED);

        store.reorder(List.of(c.id(), c.id() + 1000, a.id(), b.id()), LATER);

        assertThat(store.list(true)).extracting(Category::name, Category::sortOrder, Category::updatedAt)
                .containsExactly(
                        tuple("C", 0, LATER),
                        tuple("A", 2, LATER),
                        tuple("B", 3, LATER));
    }
}
