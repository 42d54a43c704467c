package org.rapport.recognition.category.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryDraft;
import org.rapport.recognition.category.CategoryKind;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.testing.TestDatabase;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.rapport.recognition.category.CategoryDraftBuilder.named;

@Tag("database")
class DefaultCategoriesTest {
    private static final ModelVersion NEW_INSTALL = ModelVersion.valueOf("0");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private final DefaultCategories task = new DefaultCategories();
    private CategoryStore store;

    @BeforeAll
    static void schema() {
        db.migrate(CategoryEntity.class);
    }

    @BeforeEach
    void setUp() {
        store = new CategoryStore(db.activeObjects());
    }

    @Test
    void modelVersion_isOne() {
        assertThat(task.getModelVersion()).isEqualTo(ModelVersion.valueOf("1"));
    }

    @Test
    void upgrade_onNewInstall_seedsSevenActiveCategoriesInOrder() {
        task.upgrade(NEW_INSTALL, db.activeObjects());

        List<Category> seeded = store.list(false);
        assertThat(seeded).extracting(Category::name).containsExactly("Teamwork", "Customer focus", "Innovation",
                "Above and beyond", "Work anniversary", "Certification", "Launch");
        assertThat(seeded).extracting(Category::sortOrder).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(seeded).filteredOn(Category::milestone).extracting(Category::name)
                .containsExactly("Work anniversary", "Certification", "Launch");
        assertThat(seeded).noneMatch(Category::archived);
    }

    @Test
    void upgrade_seedsWhatAnAdminCouldHaveEntered() {
        task.upgrade(NEW_INSTALL, db.activeObjects());

        for (Category seed : store.list(true)) {
            assertThatCode(() -> CategoryDraft.parse(seed.name(), seed.description(), seed.icon().id(),
                    seed.colour().id(), seed.kind().name())).as(seed.name()).doesNotThrowAnyException();
            // The unique index compares normalized names: the seed must be found as an admin's entry would be.
            assertThat(store.findByName("  " + seed.name().toUpperCase() + " ")).contains(seed);
        }
    }

    @Test
    void upgrade_runTwice_seedsOnce() {
        task.upgrade(NEW_INSTALL, db.activeObjects());
        task.upgrade(NEW_INSTALL, db.activeObjects());

        assertThat(store.count()).isEqualTo(7);
    }

    @Test
    void upgrade_whenCategoriesExist_seedsNothing() {
        Category own = store.insert(named("Kindness"), 0, Instant.parse("2025-01-01T00:00:00Z"));

        task.upgrade(NEW_INSTALL, db.activeObjects());

        assertThat(store.list(true)).containsExactly(own);
    }

    @Test
    void upgrade_whenOnlyArchivedCategoriesExist_seedsNothing() {
        Category own = store.insert(named("Kindness"), 0, Instant.parse("2025-01-01T00:00:00Z"));
        store.setArchived(own.id(), true, Instant.parse("2025-01-02T00:00:00Z"));

        task.upgrade(NEW_INSTALL, db.activeObjects());

        assertThat(store.list(true)).extracting(Category::name).containsExactly("Kindness");
        assertThat(store.list(true)).extracting(Category::kind).containsExactly(CategoryKind.VALUE);
    }
}
