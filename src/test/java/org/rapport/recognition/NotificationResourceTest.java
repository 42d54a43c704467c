package org.rapport.recognition;

import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.RapportSettings;
import org.rapport.notification.rest.NotificationResource;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.ModerationStore;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;
import org.rapport.recognition.moderation.rest.ModerationResource;
import org.rapport.recognition.rest.RecognitionViews;
import org.rapport.tally.Tallies;
import org.rapport.tally.TallyStore;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestInMemory;
import org.rapport.testing.TestDatabase;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;
import static org.rapport.recognition.RecognitionFixture.CAROL;

/**
 * {@code notifications} and {@code moderation/open-count} in memory: each notice names the page of
 * its exact item, opening an item reads its notices (own only, validated body, signed in), and only
 * admins count open reports.
 */
@Tag("database")
class NotificationResourceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RestInMemory rest;
    private RecognitionFixture world;
    private ReactionService reactions;
    private ModerationService moderation;
    private Recognition given;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(ReportEntity.class, HidingEntity.class, ModerationLogEntity.class);
    }

    @BeforeEach
    void setUp() {
        rest = new RestInMemory(Set.of(ADMIN.userKey()));
        world = new RecognitionFixture(db, rest.permissions());
        Transactions transactions = new Transactions(world.ao);
        Tallies tallies = new Tallies(new TallyStore(world.ao));
        reactions = new ReactionService(world.service, world.store, new ReactionStore(world.ao), tallies, transactions);
        moderation = new ModerationService(world.service, world.store, tallies, world.notifications, new ModerationStore(world.ao),
                transactions, world.permissions, new SystemClock(world.clock));
        RecognitionViews views = new RecognitionViews(world.people, world.categories, world.service, mock(ApplicationProperties.class));
        rest.register(new NotificationResource(world.notifications, world.people, rest.permissions()));
        rest.register(new ModerationResource(moderation, views, world.people, rest.permissions()));
        world.settings.update(ADMIN, new RapportSettings(0, true));
        given = world.service.give(BOB, aRecognition().to(ALICE.userKey()).category(world.category("Teamwork").id()).build(), null);
    }

    private int unread(RestInMemory.Client client) {
        return client.get("notifications/unread").json().get("count").asInt();
    }

    @Test
    void inbox_linksEachNoticeToItsExactItem() {
        reactions.toggle(ALICE, given.id(), ReactionKind.HEART);

        HttpResult result = rest.as(BOB.userKey()).get("notifications");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        JsonNode item = result.json().get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("REACTED");
        assertThat(item.get("recognitionId").asLong()).isEqualTo(given.id());
        assertThat(item.get("link").asText()).isEqualTo("/plugins/servlet/rapport/feed?recognition=" + given.id());
        assertThat(item.get("actor").get("key").asText()).isEqualTo(ALICE.userKey());
    }

    @Test
    void readAbout_readsTheCallersNoticesAboutTheItem() {
        assertThat(unread(rest.as(ALICE.userKey()))).isEqualTo(1);

        HttpResult bobs = rest.as(BOB.userKey()).post("notifications/read-about", Map.of("subject", "recognition", "id", given.id()));
        assertThat(bobs.status()).as("%s", bobs).isEqualTo(204);
        assertThat(unread(rest.as(ALICE.userKey()))).as("someone else's notices stay").isEqualTo(1);

        HttpResult alices = rest.as(ALICE.userKey()).post("notifications/read-about", Map.of("subject", "recognition", "id", given.id()));
        assertThat(alices.status()).as("%s", alices).isEqualTo(204);
        assertThat(unread(rest.as(ALICE.userKey()))).isZero();
    }

    @Test
    void readAbout_refusesBadBodies_namingEveryField_andStrangers() {
        HttpResult bad = rest.as(ALICE.userKey()).post("notifications/read-about", Map.of("subject", "planet"));
        assertThat(bad.status()).as("%s", bad).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("subject", "id");
        assertThat(bad.errorMessage("subject")).isEqualTo("Use recognition, help or pairing.");

        HttpResult zero = rest.as(ALICE.userKey()).post("notifications/read-about", Map.of("subject", "help", "id", 0));
        assertThat(zero.status()).as("%s", zero).isEqualTo(400);
        assertThat(zero.errorFields()).containsExactly("id");

        assertThat(rest.anonymous().post("notifications/read-about", Map.of("subject", "help", "id", 1)).status()).isEqualTo(401);
    }

    @Test
    void openCount_isForAdminsOnly() {
        moderation.report(CAROL, given.id(), ModerationReason.required("Not kind"));

        HttpResult admin = rest.as(ADMIN.userKey()).get("moderation/open-count");
        assertThat(admin.status()).as("%s", admin).isEqualTo(200);
        assertThat(admin.json().get("count").asInt()).isEqualTo(1);
        assertThat(rest.as(BOB.userKey()).get("moderation/open-count").status()).isEqualTo(403);
        assertThat(rest.anonymous().get("moderation/open-count").status()).isEqualTo(401);
    }

    @Test
    void moderationOutcome_linksTheReporterToTheRecognition_whichSaysItIsGone() {
        moderation.report(CAROL, given.id(), ModerationReason.required("Not kind"));
        moderation.hide(ADMIN, given.id(), ModerationReason.required("Against the guidelines"));

        JsonNode item = rest.as(CAROL.userKey()).get("notifications").json().get("items").get(0);

        assertThat(item.get("kind").asText()).isEqualTo("REPORT_HIDDEN");
        assertThat(item.get("link").asText()).isEqualTo("/plugins/servlet/rapport/feed?recognition=" + given.id());
    }
}
