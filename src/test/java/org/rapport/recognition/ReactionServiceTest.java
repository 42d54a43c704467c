package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tally;
import org.rapport.tally.Tallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.RapportSettings;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Transactions;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.category.Category;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/** Reactions: once per person and kind, toggled, visible only where the recognition is, counted exactly. */
@Tag("database")
class ReactionServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private ReactionService reactions;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), new Tallies(new TallyStore(world.ao)),
                new Transactions(world.ao));
        teamwork = world.category("Teamwork");
        world.settings.update(RecognitionFixture.ADMIN, new RapportSettings(0, true));
    }

    private Recognition publicOne() {
        return world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).build(), null);
    }

    @Test
    void toggle_addsThenRemoves_andCountsEachPersonOnce() {
        Recognition r = publicOne();

        assertThat(reactions.toggle(BOB, r.id(), ReactionKind.APPLAUSE).counts()).containsEntry(ReactionKind.APPLAUSE, 1);
        ReactionService.Summary two = reactions.toggle(CAROL, r.id(), ReactionKind.APPLAUSE);
        assertThat(two.counts()).containsEntry(ReactionKind.APPLAUSE, 2);
        assertThat(two.mine()).containsExactly(ReactionKind.APPLAUSE);

        ReactionService.Summary undone = reactions.toggle(BOB, r.id(), ReactionKind.APPLAUSE);
        assertThat(undone.counts()).containsEntry(ReactionKind.APPLAUSE, 1).containsEntry(ReactionKind.HEART, 0);
        assertThat(undone.mine()).isEmpty();
    }

    @Test
    void privateRecognition_cannotBeReactedToOrReadByOthers() {
        Recognition secret = world.service.give(ALICE, aRecognition().to(BOB.userKey()).category(teamwork.id()).privately().build(), null);

        assertThatThrownBy(() -> reactions.toggle(ERIN, secret.id(), ReactionKind.HEART)).isInstanceOf(NotFoundException.class);
        assertThat(reactions.summaries(ERIN, List.of(secret.id()))).isEmpty();
        assertThat(reactions.toggle(BOB, secret.id(), ReactionKind.HEART).counts()).containsEntry(ReactionKind.HEART, 1);
    }

    @Test
    void concurrentReactionsFromManyPeople_areCountedExactly() throws Exception {
        Recognition r = publicOne();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (var person : List.of(BOB, CAROL, DAVE, ERIN)) {
                for (ReactionKind kind : ReactionKind.values()) {
                    done.add(pool.submit(() -> reactions.toggle(person, r.id(), kind)));
                }
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ReactionService.Summary summary = reactions.summaries(ALICE, List.of(r.id())).get(0);
        for (ReactionKind kind : ReactionKind.values()) {
            assertThat(summary.counts()).containsEntry(kind, 4);
        }
    }

    @Test
    void summaries_forAPage_costFourStatements_andRefuseTooManyIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Recognition r = publicOne();
            reactions.toggle(CAROL, r.id(), ReactionKind.IDEA);
            ids.add(r.id());
        }

        try (SqlCounter sql = db.countStatements()) {
            List<ReactionService.Summary> page = reactions.summaries(BOB, ids);

            assertThat(page).hasSize(20).allSatisfy(s -> assertThat(s.counts()).containsEntry(ReactionKind.IDEA, 1));
            assertThat(sql.statements()).hasSizeLessThanOrEqualTo(4);
        }
        assertThatThrownBy(() -> reactions.summaries(BOB, LongStream.rangeClosed(1, 51).boxed().toList()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deletingTheRecognition_removesItsReactionsAndCounts() {
        Recognition r = publicOne();
        reactions.toggle(BOB, r.id(), ReactionKind.PARTY);

        world.service.delete(ALICE, r.id());

        assertThat(world.ao.count(ReactionEntity.class)).isZero();
        assertThat(new Tallies(new TallyStore(world.ao)).counts(List.of(new Tally.Key(ReactionKind.board(r.id()), "PARTY")))).isEmpty();
    }
}
