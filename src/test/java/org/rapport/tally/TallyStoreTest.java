package org.rapport.tally;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.platform.Constraints;
import org.rapport.platform.Transactions;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Exact counters on a real database, including increments racing from several threads. */
@Tag("database")
class TallyStoreTest {
    private static final Tally.Key BOB = new Tally.Key("R|Q2026-4|0", "bob");
    private static final Tally.Key CAROL = new Tally.Key("R|Q2026-4|0", "carol");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private TallyStore tallies;
    private Transactions transactions;

    @BeforeAll
    static void schema() {
        db.migrate(TallyEntity.class);
    }

    @BeforeEach
    void setUp() {
        tallies = new TallyStore(db.activeObjects());
        transactions = new Transactions(db.activeObjects());
    }

    @Test
    void add_createsIncrementsAndRemovesCountersAtZero() {
        write(Map.of(BOB, 2, CAROL, 1));
        write(Map.of(BOB, 1, CAROL, -1));

        assertThat(tallies.counts(List.of(BOB, CAROL))).containsOnly(Map.entry(BOB, 3));
        assertThat(db.activeObjects().count(TallyEntity.class)).isEqualTo(1);
    }

    @Test
    void top_ranksBoardHighestFirst_tiesBySubjectDescending_andIgnoresOtherBoards() {
        write(Map.of(BOB, 2, CAROL, 2, new Tally.Key("R|Q2026-4|0", "alice"), 5, new Tally.Key("G|Q2026-4|0", "dave"), 9));

        // Ties from the last subject to the first: the order the board index gives when walked backwards.
        assertThat(tallies.top("R|Q2026-4|0", 10)).extracting(Tally::subject, Tally::count)
                .containsExactly(tuple("alice", 5), tuple("carol", 2), tuple("bob", 2));
        assertThat(tallies.top("R|Q2026-4|0", 1)).hasSize(1);
    }

    @Test
    void add_costsOneSelectOneDeleteAndOneBatchedInsert_whateverTheNumberOfCounters() {
        Tally.Key alice = new Tally.Key("R|Q2026-4|0", "alice");
        Tally.Key dave = new Tally.Key("G|Q2026-4|0", "dave");
        write(Map.of(BOB, 1, CAROL, 1));

        try (SqlCounter sql = db.countStatements()) {
            write(Map.of(BOB, 1, CAROL, 1, alice, 1, dave, 1));

            // Two existing counters replaced, two new ones: the successors go in one JDBC batch,
            // with ids from the column default, so PostgreSQL needs no sequence call per row either.
            assertThat(sql.statements()).as("select, delete, one insert for all successors").hasSize(3);
        }
        assertThat(tallies.counts(List.of(BOB, CAROL, alice, dave))).containsOnly(
                Map.entry(BOB, 2), Map.entry(CAROL, 2), Map.entry(alice, 1), Map.entry(dave, 1));
    }

    @Test
    void concurrentIncrements_fromEightThreads_loseNothing() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> retries = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                retries.add(pool.submit(() -> {
                    start.await();
                    int conflicts = 0;
                    for (int i = 0; i < perThread; i++) {
                        conflicts += incrementRetrying();
                    }
                    return conflicts;
                }));
            }
            start.countDown();
            int conflicts = 0;
            for (Future<Integer> f : retries) {
                conflicts += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(tallies.counts(List.of(BOB))).containsEntry(BOB, threads * perThread);
            assertThat(conflicts).as("the race was real: some writers had to retry").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void add_afterConflict_leavesNoHalfWrittenCounters() {
        write(Map.of(BOB, 1));

        assertThatThrownBy(() -> transactions.write(() -> {
            tallies.add(Map.of(BOB, 1, CAROL, 1));
            throw new IllegalStateException("the rest of the write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tallies.counts(List.of(BOB, CAROL))).containsOnly(Map.entry(BOB, 1));
    }

    /** One +1 in its own transaction, retried as the services retry it; returns how many retries it took. */
    private int incrementRetrying() {
        for (int attempt = 0; ; attempt++) {
            try {
                write(Map.of(BOB, 1));
                return attempt;
            } catch (RuntimeException e) {
                if (!(e instanceof TallyConflictException) && !Constraints.isUniqueViolation(e)) {
                    throw e;
                }
                if (attempt > 200) {
                    throw e;
                }
            }
        }
    }

    private void write(Map<Tally.Key, Integer> deltas) {
        transactions.write(() -> {
            tallies.add(deltas);
            return null;
        });
    }
}
