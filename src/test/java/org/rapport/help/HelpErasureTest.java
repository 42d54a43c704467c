package org.rapport.help;

import net.java.ao.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.mentoring.checkin.ao.CheckInEntity;
import org.rapport.mentoring.checkin.ao.MentorshipGoalEntity;
import org.rapport.mentoring.pairing.ao.MentorshipEntity;
import org.rapport.mentoring.pairing.ao.MentorshipFeedbackEntity;
import org.rapport.mentoring.profile.ao.MenteeProfileEntity;
import org.rapport.mentoring.profile.ao.MentorProfileEntity;
import org.rapport.mentoring.profile.ao.MentoringSkillEntity;
import org.rapport.notification.HelpNotifications;
import org.rapport.notification.Notification;
import org.rapport.notification.NotificationStore;
import org.rapport.notification.ao.NotificationEntity;
import org.rapport.org.OrgPerson;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.privacy.ErasureMode;
import org.rapport.privacy.ErasureRequest;
import org.rapport.privacy.ErasureResult;
import org.rapport.privacy.PrivacyService;
import org.rapport.privacy.PrivacyWiring;
import org.rapport.recognition.ao.CommentEntity;
import org.rapport.recognition.ao.ReactionEntity;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.testing.TestDatabase;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.help.HelpFixture.ADMIN;
import static org.rapport.help.HelpFixture.ALICE;
import static org.rapport.help.HelpFixture.BOB;
import static org.rapport.help.HelpFixture.CAROL;
import static org.rapport.help.HelpFixture.DAVE;
import static org.rapport.help.HelpFixture.ERIN;
import static org.rapport.help.HelpFixture.help;

/**
 * Privacy erasure of the help ledger, through the privacy service on a real database: DELETE
 * removes every entry Bob helped or was helped in, ANONYMISE keeps them under the anonymous marker
 * (which counts nowhere) without the details Bob wrote; both keep every other person's help
 * counters equal to a recount, leave other people's entries alone, and change nothing when run again.
 */
@Tag("database")
class HelpErasureTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HelpFixture f;
    private PrivacyService privacy;
    private HelpErasure erasure;

    @BeforeAll
    static void schema() {
        HelpFixture.migrate(db);
        db.migrate(MentorProfileEntity.class, MenteeProfileEntity.class, MentoringSkillEntity.class,
                MentorshipEntity.class, MentorshipFeedbackEntity.class, CheckInEntity.class, MentorshipGoalEntity.class);
        db.migrate(RecognitionEntity.class, RecipientEntity.class, ReactionEntity.class, CommentEntity.class, ReportEntity.class,
                HidingEntity.class, ModerationLogEntity.class);
    }

    @BeforeEach
    void setUp() {
        f = new HelpFixture(db);
        Transactions transactions = new Transactions(f.ao);
        NotificationStore notifications = new NotificationStore(f.ao);
        Tallies tallies = new Tallies(new TallyStore(f.ao));
        SystemClock clock = new SystemClock(Clock.fixed(HelpFixture.NOW, ZoneOffset.UTC));
        erasure = new HelpErasure(new HelpStore(f.ao), tallies,
                new HelpNotifications(notifications, new SystemClock(Clock.fixed(HelpFixture.NOW, ZoneOffset.UTC))), transactions,
                f.permissions);
        privacy = PrivacyWiring.privacy(f.ao, f.permissions, clock, erasure);
    }

    /**
     * Bob helps and is helped, confirmed, pending and declined; Alice, Carol and Dave help each other
     * too. Alice is in Platform, Bob and Carol in Sales, Dave in Legal, Erin in none.
     */
    private Scene scene() {
        f.orgStore.saveAll(List.of(new OrgPerson(ALICE.userKey(), null, "Platform"), new OrgPerson(BOB.userKey(), null, "Sales"),
                new OrgPerson(CAROL.userKey(), null, "Sales"), new OrgPerson(DAVE.userKey(), null, "Legal")));
        HelpEntry bobHelped = f.service.log(BOB, help().from(ALICE).to(BOB).skills("java").details("Bob's own words").build());
        HelpEntry bobHelpedCarol = f.service.log(CAROL, help().from(BOB).to(CAROL).skills("kubernetes")
                .details("Carol's words").date("2026-10-03").build());
        HelpEntry bobPending = f.service.log(BOB, help().from(BOB).to(DAVE).details("Bob asks Dave").build());
        HelpEntry pendingForBob = f.service.log(CAROL, help().from(CAROL).to(BOB).build());
        HelpEntry declinedByBob = f.service.log(ERIN, help().from(ERIN).to(BOB).build());
        f.service.decline(BOB, declinedByBob.id());
        HelpEntry carolHelpedDave = f.service.log(DAVE, help().from(CAROL).to(DAVE).skills("java").details("Dave's words").build());
        HelpEntry aliceHelpedCarol = f.service.log(CAROL, help().from(ALICE).to(CAROL).skills("sql").build());
        assertThat(HelpRecount.actual(f.ao)).as("the scene itself is counted exactly").isEqualTo(HelpRecount.expected(f.ao));
        return new Scene(bobHelped, bobHelpedCarol, bobPending, pendingForBob, carolHelpedDave, aliceHelpedCarol);
    }

    private record Scene(HelpEntry bobHelped, HelpEntry bobHelpedCarol, HelpEntry bobPending, HelpEntry pendingForBob,
                         HelpEntry carolHelpedDave, HelpEntry aliceHelpedCarol) {
    }

    private void assertNoRowNames(String key) {
        for (String column : new String[]{HelpEntryEntity.HELPER_KEY, HelpEntryEntity.HELPED_KEY, HelpEntryEntity.LOGGED_BY_KEY}) {
            assertThat(f.ao.count(HelpEntryEntity.class, Query.select().where(column + " = ?", key))).as(column).isZero();
        }
        assertThat(f.ao.count(NotificationEntity.class, Query.select().where(NotificationEntity.RECIPIENT_KEY + " = ?", key))).isZero();
        assertThat(f.ao.count(NotificationEntity.class, Query.select().where(NotificationEntity.ACTOR_KEY + " = ?", key))).isZero();
        assertThat(f.ao.count(TallyEntity.class, Query.select().where(TallyEntity.SUBJECT + " = ?", key))).isZero();
        assertThat(HelpRecount.actual(f.ao).keySet()).noneMatch(k -> k.contains(key));
    }

    private int ledgerColleagues(String person) {
        return f.service.ledger(ADMIN, person).colleagues();
    }

    @Test
    void delete_removesEveryEntryBobIsIn_andKeepsTheOthersCountersExact() {
        Scene s = scene();

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE));

        assertThat(result.helpEntriesDeleted()).as("confirmed both ways, pending both ways, declined").isEqualTo(5);
        assertThat(result.helpEntriesAnonymised()).isZero();
        assertNoRowNames(BOB.userKey());
        for (HelpEntry gone : new HelpEntry[]{s.bobHelped(), s.bobHelpedCarol(), s.bobPending(), s.pendingForBob()}) {
            assertThatThrownBy(() -> f.service.get(ADMIN, gone.id())).isInstanceOf(NotFoundException.class);
        }
        assertThat(f.service.get(ADMIN, s.carolHelpedDave().id()).details()).isEqualTo("Dave's words");
        assertThat(f.service.get(ADMIN, s.aliceHelpedCarol().id()).helperKey()).isEqualTo(ALICE.userKey());
        assertThat(f.notifications.inbox(DAVE, null, 50)).as("the notice of Bob's pending help went with it").isEmpty();
        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(ledgerColleagues(CAROL.userKey())).as("Alice and Dave").isEqualTo(2);
        assertThat(f.service.ledger(ADMIN, CAROL.userKey()).departments()).as("Platform and Legal").isEqualTo(2);
        assertThat(f.service.ledger(ADMIN, ALICE.userKey()).departments()).as("Sales through Carol").isEqualTo(1);
        assertThat(f.service.ledger(ADMIN, ALICE.userKey()).given()).isEqualTo(1);

        ErasureResult again = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.DELETE));
        assertThat(again).isEqualTo(new ErasureResult(BOB.userKey(), ErasureMode.DELETE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void anonymise_keepsTheEntriesUnderTheMarker_dropsWhatBobWrote_andCountsTheMarkerNowhere() {
        Scene s = scene();

        ErasureResult result = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.ANONYMISE));

        assertThat(result.helpEntriesAnonymised()).isEqualTo(5);
        assertThat(result.helpDetailsRemoved()).as("the details Bob wrote: on the entries he logged").isEqualTo(2);
        assertThat(result.helpEntriesDeleted()).isZero();
        assertNoRowNames(BOB.userKey());
        HelpEntry kept = f.service.get(ADMIN, s.bobHelped().id());
        assertThat(kept.helpedKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(kept.loggedByKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(kept.summary()).isEqualTo("Fixed my build");
        assertThat(kept.details()).isEmpty();
        assertThat(kept.skills()).extracting(t -> t.name()).containsExactly("java");
        assertThat(f.service.get(ADMIN, s.bobHelpedCarol().id()).details()).as("Carol wrote these").isEqualTo("Carol's words");
        assertThat(f.service.get(ADMIN, s.bobHelpedCarol().id()).helperKey()).isEqualTo(AnonymousPerson.KEY);
        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(HelpRecount.actual(f.ao).keySet()).noneMatch(k -> k.contains(AnonymousPerson.KEY));
        assertThat(f.service.ledger(ADMIN, CAROL.userKey()).received()).as("help from a former colleague still counts for her")
                .isEqualTo(2);
        assertThat(ledgerColleagues(CAROL.userKey())).as("the marker is nobody's colleague").isEqualTo(2);
        assertThat(kept.helpedDepartment()).as("Bob's department goes with his key").isNull();
        assertThat(kept.helperDepartment()).isEqualTo("Platform");
        assertThat(f.service.ledger(ADMIN, CAROL.userKey()).departments()).as("Platform and Legal; the marker is in none")
                .isEqualTo(2);
        assertThat(f.service.ledger(ADMIN, ALICE.userKey()).given()).isEqualTo(2);
        assertThat(f.notifications.inbox(DAVE, null, 50)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(Notification.HELP_PENDING))
                .satisfies(n -> assertThat(n.actorKey()).isEqualTo(AnonymousPerson.KEY));

        // Dave may still confirm the help the former colleague logged: it counts for him alone.
        f.service.confirm(DAVE, s.bobPending().id());
        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(f.service.ledger(ADMIN, DAVE.userKey()).received()).isEqualTo(2);

        ErasureResult again = privacy.erase(ADMIN, new ErasureRequest(BOB.userKey(), ErasureMode.ANONYMISE));
        assertThat(again.helpEntriesAnonymised()).isZero();
        assertThat(again.helpDetailsRemoved()).isZero();
    }

    @Test
    void aPersonWithMoreThanOneChunkOfHelp_isErasedCompletely_andConsistently() {
        for (int i = 0; i < HelpErasure.CHUNK + 10; i++) {
            f.service.log(CAROL, help().from(BOB).to(CAROL).skills("java", "sql").date(HelpFixture.TODAY.minusDays(i % 80).toString()).build());
        }
        f.service.log(DAVE, help().from(CAROL).to(DAVE).build());

        HelpErasure.Result result = erasure.anonymise(ADMIN, BOB.userKey());

        assertThat(result.entriesAnonymised()).isEqualTo(HelpErasure.CHUNK + 10);
        assertNoRowNames(BOB.userKey());
        assertThat(HelpRecount.actual(f.ao)).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(f.service.ledger(ADMIN, CAROL.userKey()).received()).isEqualTo(HelpErasure.CHUNK + 10);
        assertThat(erasure.delete(ADMIN, CAROL.userKey()).entriesDeleted()).as("Carol, in every entry, deleted in chunks too")
                .isEqualTo(HelpErasure.CHUNK + 11);
        assertThat(f.ao.count(HelpEntryEntity.class)).isZero();
        assertThat(HelpRecount.actual(f.ao)).isEmpty();
        assertThat(f.service.ledger(ADMIN, DAVE.userKey()).received()).isZero();
    }

    @Test
    void onlyAdminsEraseHelp() {
        f.service.log(CAROL, help().from(BOB).to(CAROL).build());

        assertThatThrownBy(() -> erasure.delete(ALICE, BOB.userKey())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> erasure.anonymise(ALICE, BOB.userKey())).isInstanceOf(ForbiddenException.class);
        assertThat(f.ao.count(HelpEntryEntity.class)).isEqualTo(1);
    }
}
