package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tallies;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.RapportSettings;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.privacy.ErasureMode;
import org.rapport.privacy.ErasureRequest;
import org.rapport.privacy.ErasureResult;
import java.time.Instant;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.rapport.mentoring.profile.ao.MentoringSkillEntity;
import org.rapport.mentoring.profile.ao.MentorProfileEntity;
import org.rapport.mentoring.profile.ao.MenteeProfileEntity;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.mentoring.checkin.ao.CheckInEntity;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;
import org.rapport.mentoring.profile.MentorProfileDraft;
import org.rapport.mentoring.profile.MenteeProfileDraft;
import org.rapport.privacy.PrivacyService;
import org.rapport.privacy.PrivacyWiring;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.ModerationStore;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;
import org.rapport.testing.TestDatabase;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;
import static org.rapport.recognition.RecognitionFixture.DAVE;
import static org.rapport.recognition.RecognitionFixture.ERIN;

/**
 * Privacy erasure on a real database: DELETE removes what a person gave and takes them off what
 * they received; ANONYMISE keeps the content under the anonymous marker; both remove their own
 * reactions, reports and notifications, keep counters equal to a recount, and change nothing
 * when run again.
 */
@Tag("database")
class PrivacyErasureTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RecognitionFixture world;
    private ModerationService moderation;
    private ReactionService reactions;
    private CommentService comments;
    private PrivacyService privacy;
    private Category teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(ReportEntity.class, HidingEntity.class, ModerationLogEntity.class, HelpEntryEntity.class, HelpSkillEntity.class,
                MentorProfileEntity.class, MenteeProfileEntity.class, MentoringSkillEntity.class,
                MentorshipEntity.class, MentorshipFeedbackEntity.class, CheckInEntity.class, MentorshipGoalEntity.class);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        Transactions transactions = new Transactions(world.ao);
        SystemClock clock = new SystemClock(world.clock);
        Tallies tallies = new Tallies(new TallyStore(world.ao));
        ModerationStore moderationStore = new ModerationStore(world.ao);
        moderation = new ModerationService(world.service, world.store, tallies, world.notifications, moderationStore,
                transactions, world.permissions, clock);
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), tallies, transactions);
        comments = new CommentService(world.service, new CommentStore(world.ao), transactions, world.permissions, clock);
        privacy = PrivacyWiring.privacy(world.ao, world.permissions, clock);
        teamwork = world.category("Teamwork");
        world.settings.update(ADMIN, new RapportSettings(0, true));
    }

    private Recognition give(Actor giver, String... to) {
        return world.service.give(giver, aRecognition().to(to).category(teamwork.id()).message("From " + giver.userKey()).build(), null);
    }

    /** Bob gives and receives, reacts, comments and reports; others do the same around him. */
    private Scene scene() {
        Recognition byBob = give(BOB, CAROL.userKey());
        Recognition toBobAlone = give(ALICE, BOB.userKey());
        Recognition toBobAndDave = give(CAROL, BOB.userKey(), DAVE.userKey());
        Recognition unrelated = give(DAVE, ERIN.userKey());
        Recognition hiddenByBob = give(BOB, ERIN.userKey());
        moderation.hide(ADMIN, hiddenByBob.id(), ModerationReason.required("off topic"));
        reactions.toggle(BOB, unrelated.id(), ReactionKind.HEART);
        reactions.toggle(ERIN, unrelated.id(), ReactionKind.HEART);
        reactions.toggle(ERIN, byBob.id(), ReactionKind.PARTY);
        comments.add(BOB, unrelated.id(), "Well done, Dave");
        comments.add(ERIN, byBob.id(), "Agreed");
        moderation.report(BOB, unrelated.id(), ModerationReason.required("Bob reports"));
        moderation.report(ERIN, toBobAlone.id(), ModerationReason.required("Erin reports"));
        world.clock.advance(Duration.ofDays(1));
        return new Scene(byBob, toBobAlone, toBobAndDave, unrelated, hiddenByBob);
    }

    private record Scene(Recognition byBob, Recognition toBobAlone, Recognition toBobAndDave, Recognition unrelated, Recognition hiddenByBob) {
    }

    private int rowsWith(Class<? extends net.java.ao.RawEntity<Integer>> type, String column, String key) {
        return world.ao.count(type, Query.select().where(column + " = ?", key));
    }

    private void assertNoRowNames(String key) {
        assertThat(rowsWith(RecognitionEntity.class, RecognitionEntity.GIVER_KEY, key)).isZero();
        assertThat(rowsWith(RecipientEntity.class, RecipientEntity.RECIPIENT_KEY, key)).isZero();
        assertThat(rowsWith(ReactionEntity.class, ReactionEntity.REACTOR_KEY, key)).isZero();
        assertThat(rowsWith(CommentEntity.class, CommentEntity.AUTHOR_KEY, key)).isZero();
        assertThat(rowsWith(ReportEntity.class, ReportEntity.REPORTER_KEY, key)).isZero();
        assertThat(rowsWith(NotificationEntity.class, NotificationEntity.RECIPIENT_KEY, key)).isZero();
        assertThat(rowsWith(NotificationEntity.class, NotificationEntity.ACTOR_KEY, key)).isZero();
        assertThat(rowsWith(TallyEntity.class, TallyEntity.SUBJECT, key)).isZero();
    }

    @Test
    void delete_removesWhatTheyGaveAndTakesThemOffWhatTheyReceived() {
        Scene s = scene();

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE));

        assertNoRowNames(BOB.userKey());
        assertThat(result.recognitionsDeleted()).as("two given, one left without recipients").isEqualTo(3);
        assertThat(result.recipientEntriesRemoved()).isEqualTo(2);
        assertThat(result.reactionsRemoved()).isEqualTo(1);
        assertThat(result.commentsRemoved()).isEqualTo(1);
        assertThat(result.reportsRemoved()).isEqualTo(1);
        assertThat(result.notificationsRemoved()).as("Bob's notice of Carol's recognition, and Dave's of Bob's comment").isEqualTo(2);
        assertThat(result.countersRemoved()).as("nothing left over: counters were exact").isZero();
        for (Recognition gone : List.of(s.byBob(), s.toBobAlone(), s.hiddenByBob())) {
            assertThatThrownBy(() -> world.service.get(ADMIN, gone.id())).isInstanceOf(NotFoundException.class);
        }
        assertThat(world.service.get(ADMIN, s.toBobAndDave().id()).recipientKeys())
                .containsExactly(DAVE.userKey());
        assertThat(reactions.summaries(ERIN, List.of(s.unrelated().id())).get(0).counts()).containsEntry(ReactionKind.HEART, 1);
        assertThat(comments.list(ERIN, s.unrelated().id(), null, 10)).isEmpty();
        assertThat(world.notifications.inbox(CAROL, null, 10)).as("Carol's notice of Bob's recognition").isEmpty();
        assertThat(world.ao.count(ReportEntity.class)).as("reports about deleted recognitions go too").isZero();
        assertThat(Recount.actual(world.ao)).isEqualTo(Recount.expected(world.ao));

        ErasureResult again = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE));
        assertThat(again).isEqualTo(new ErasureResult(BOB.userKey(), ErasureMode.DELETE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void anonymise_keepsTheContentUnderTheMarker_andRemovesTheirPersonalRows() {
        Scene s = scene();

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.ANONYMISE));

        assertNoRowNames(BOB.userKey());
        assertThat(result.recognitionsAnonymised()).isEqualTo(2);
        assertThat(result.recipientEntriesAnonymised()).isEqualTo(2);
        assertThat(result.commentsAnonymised()).isEqualTo(1);
        assertThat(result.notificationsAnonymised()).as("Carol's and Erin's notices of Bob's recognitions, Dave's of his comment")
                .isEqualTo(3);
        assertThat(result.reactionsRemoved()).isEqualTo(1);
        assertThat(result.reportsRemoved()).isEqualTo(1);
        Recognition kept = world.service.get(CAROL, s.byBob().id());
        assertThat(kept.giverKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(kept.message()).isEqualTo("From bob-key");
        assertThat(world.service.get(DAVE, s.toBobAndDave().id()).recipientKeys()).containsExactly(AnonymousPerson.KEY, DAVE.userKey());
        assertThat(comments.list(ERIN, s.unrelated().id(), null, 10)).extracting(Comment::authorKey).containsExactly(AnonymousPerson.KEY);
        assertThat(world.service.get(ADMIN, s.hiddenByBob().id()).hidden()).as("still hidden").isTrue();
        assertThat(Recount.actual(world.ao)).isEqualTo(Recount.expected(world.ao));
        assertThat(Recount.actual(world.ao).keySet()).noneMatch(k -> k.endsWith("|" + AnonymousPerson.KEY));

        // Giving again in the same week still works: the anonymised allowance slots no longer name Bob.
        assertThat(give(CAROL, DAVE.userKey()).giverKey()).isEqualTo(CAROL.userKey());
        assertThat(privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.ANONYMISE)).recognitionsAnonymised()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ErasureMode.class)
    void eitherMode_removesTheirMentoringProfiles_andLeavesOthers(ErasureMode mode) {
        MentoringStore profiles = new MentoringStore(world.ao);
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        profiles.saveMentor(BOB.userKey(), MentorProfileDraft.of(List.of("java"), 2, false, "Bob's bio", "Europe/Berlin"), now);
        profiles.saveMentee(BOB.userKey(), MenteeProfileDraft.of("Bob's goals", List.of("kubernetes"), true, false, "Europe/Berlin"), now);
        profiles.saveMentor(CAROL.userKey(), MentorProfileDraft.of(List.of("java"), 3, false, "Carol's bio", "UTC"), now);

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), mode));

        assertThat(result.mentoringProfilesRemoved()).isEqualTo(2);
        assertThat(profiles.mentor(BOB.userKey())).isEmpty();
        assertThat(profiles.mentee(BOB.userKey())).isEmpty();
        assertThat(profiles.mentor(CAROL.userKey())).hasValueSatisfying(p -> assertThat(p.bio()).isEqualTo("Carol's bio"));
        assertThat(world.ao.count(MentoringSkillEntity.class, MentoringSkillEntity.PERSON_KEY + " = ?", BOB.userKey())).isZero();
        assertThat(privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), mode)).mentoringProfilesRemoved()).isZero();
    }

    @Test
    void anErasedAdmin_isAnonymisedInTheModerationRecord() {
        Recognition r = give(ALICE, BOB.userKey());
        moderation.hide(ADMIN, r.id(), ModerationReason.required("reason"));

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(ADMIN.userKey(), ErasureMode.DELETE));

        assertThat(result.moderationEntriesAnonymised()).isEqualTo(2);
        // Erasure removes data, not rights: the host account (still an admin here) may read the record.
        assertThat(moderation.hiding(ADMIN, r.id()).hiddenBy()).isEqualTo(AnonymousPerson.KEY);
    }

    @Test
    void onlyAdminsErase_andBadRequestsNameTheirField() {
        assertThatThrownBy(() -> privacy.erase(ALICE, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ErasureRequest.parse("", "DELETE"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("user"));
        assertThatThrownBy(() -> ErasureRequest.parse(AnonymousPerson.KEY, "DELETE"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("user"));
        assertThatThrownBy(() -> ErasureRequest.parse("bob", "SHRED"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("mode"));
        assertThatThrownBy(() -> ErasureRequest.parse("x".repeat(256), "DELETE")).isInstanceOf(InvalidInputException.class);
        assertThat(ErasureRequest.parse("bob", "anonymise").mode()).isEqualTo(ErasureMode.ANONYMISE);
    }

    @Test
    void aPersonWithMoreThanOneChunk_isErasedCompletely_andConsistently() {
        for (int i = 0; i < 60; i++) {
            give(BOB, i % 2 == 0 ? CAROL.userKey() : DAVE.userKey());
            give(i % 2 == 0 ? ALICE : ERIN, BOB.userKey(), CAROL.userKey());
        }

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE));

        assertThat(result.recognitionsDeleted()).isEqualTo(60);
        assertThat(result.recipientEntriesRemoved()).isEqualTo(60);
        assertNoRowNames(BOB.userKey());
        assertThat(world.ao.count(RecognitionEntity.class)).isEqualTo(60);
        assertThat(Recount.actual(world.ao)).isEqualTo(Recount.expected(world.ao));
    }
}
