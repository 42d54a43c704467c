package org.rapport.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.category.Category;
import org.rapport.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/** Comments: for whoever may see the recognition, 1-1000 characters, authors (and admins) delete. */
@Tag("database")
class CommentServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private CommentService comments;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        comments = new CommentService(world.service, new CommentStore(world.ao), new Transactions(world.ao),
                world.permissions, new SystemClock(world.clock));
        teamwork = world.category("Teamwork");
    }

    private Recognition given(boolean privately) {
        RecognitionDraftBuilder draft = aRecognition().to(BOB.userKey()).category(teamwork.id());
        return world.service.give(ALICE, (privately ? draft.privately() : draft).build(), null);
    }

    @Test
    void add_keepsTextAndLineBreaks_andListsOldestFirst() {
        Recognition r = given(false);

        comments.add(CAROL, r.id(), "  First!\nWell deserved.  ");
        comments.add(ERIN, r.id(), "<script>alert(1)</script>");

        assertThat(comments.list(BOB, r.id(), null, 50)).extracting(Comment::authorKey, Comment::body)
                .containsExactly(tuple(CAROL.userKey(), "First!\nWell deserved."),
                        tuple(ERIN.userKey(), "<script>alert(1)</script>"));
    }

    @Test
    void add_refusesEmptyAndTooLongText_namingTheField() {
        Recognition r = given(false);

        for (String text : new String[]{null, "  ", "x".repeat(1001)}) {
            assertThatThrownBy(() -> comments.add(CAROL, r.id(), text))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("text"));
        }
        assertThat(world.ao.count(CommentEntity.class)).isZero();
    }

    @Test
    void privateRecognition_commentsAreNotFoundForOthers() {
        Recognition secret = given(true);
        comments.add(BOB, secret.id(), "Thank you!");

        assertThatThrownBy(() -> comments.list(ERIN, secret.id(), null, 50)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.add(ERIN, secret.id(), "Hi")).isInstanceOf(NotFoundException.class);
        assertThat(comments.list(ALICE, secret.id(), null, 50)).hasSize(1);
    }

    @Test
    void delete_byAuthorOrAdmin_notByOthers() {
        Recognition r = given(false);
        Comment carols = comments.add(CAROL, r.id(), "Nice");
        Comment erins = comments.add(ERIN, r.id(), "Agreed");

        assertThatThrownBy(() -> comments.delete(BOB, r.id(), carols.id())).isInstanceOf(ForbiddenException.class);
        comments.delete(CAROL, r.id(), carols.id());
        comments.delete(ADMIN, r.id(), erins.id());

        assertThat(comments.list(BOB, r.id(), null, 50)).isEmpty();
        assertThatThrownBy(() -> comments.delete(CAROL, r.id(), carols.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingTheRecognition_removesItsComments() {
        Recognition r = given(false);
        comments.add(CAROL, r.id(), "Nice");

        world.service.delete(ALICE, r.id());

        assertThat(world.ao.count(CommentEntity.class)).isZero();
    }
}
