package org.rapport.platform;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.recognition.category.CategoryStore;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.testing.TestDatabase;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.category.CategoryDraftBuilder.named;

/** The transaction boundary on a real database; categories serve as any table would. */
@Tag("database")
class TransactionsTest {
    private static final Instant NOW = Instant.parse("2025-03-14T09:30:00Z");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private Transactions transactions;
    private CategoryStore store;

    @BeforeAll
    static void schema() {
        db.migrate(CategoryEntity.class);
    }

    @BeforeEach
    void setUp() {
        transactions = new Transactions(db.activeObjects());
        store = new CategoryStore(db.activeObjects());
    }

    @Test
    void write_commitsAllItsWork_andReturnsItsResult() {
        String result = transactions.write(() -> {
            store.insert(named("Teamwork"), 0, NOW);
            store.insert(named("Innovation"), 1, NOW);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void write_thatThrows_rollsBackEverything_andRethrowsTheSameException() {
        IllegalStateException failure = new IllegalStateException("failed after two inserts");

        assertThatThrownBy(() -> transactions.write(() -> {
            store.insert(named("Teamwork"), 0, NOW);
            store.insert(named("Innovation"), 1, NOW);
            throw failure;
        })).isSameAs(failure);

        assertThat(store.count()).isZero();
    }

    @Test
    void nestedWrite_joinsTheOuterOne_andRollsBackWithIt() {
        assertThatThrownBy(() -> transactions.write(() -> {
            transactions.write(() -> store.insert(named("Teamwork"), 0, NOW));
            throw new IllegalStateException("outer failed after the inner write returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.count()).isZero();
    }

    @Test
    void write_seesItsOwnUncommittedWork() {
        int seen = transactions.write(() -> {
            store.insert(named("Teamwork"), 0, NOW);
            return store.list(true).size();
        });

        assertThat(seen).isEqualTo(1);
    }
}
