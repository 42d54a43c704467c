package org.rapport.recognition;

import com.atlassian.sal.api.ApplicationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgStore;
import org.rapport.recognition.rest.RecognitionResource;
import org.rapport.recognition.rest.RecognitionViews;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RecognitionBody;
import org.rapport.testing.RestInMemory;
import org.rapport.testing.TestDatabase;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.rapport.testing.RecognitionBody.uniqueMessage;

/**
 * {@code POST recognitions} field validation in memory (the fast REST layer): every refusal names
 * its field with the English message, over a real database and the real services. Moved here from
 * RecognitionRestIT, which keeps the end-to-end paths (sign-in, XSRF, visibility, feeds).
 */
@Tag("database")
class RecognitionResourceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RestInMemory rest;
    private RecognitionFixture world;
    private long teamwork;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        rest = new RestInMemory(Set.of(RecognitionFixture.ADMIN.userKey()));
        world = new RecognitionFixture(db, rest.permissions());
        RecognitionViews views = new RecognitionViews(world.people, world.categories, world.service, mock(ApplicationProperties.class));
        rest.register(new RecognitionResource(world.service, views, rest.permissions(),
                new TeamFeed(world.store, world.service, new OrgChart(new OrgStore(world.ao)))));
        teamwork = world.category("Teamwork").id();
    }

    private RestInMemory.Client alice() {
        return rest.as(RecognitionFixture.ALICE.userKey());
    }

    /** A valid recognition from the test builder, for bob. */
    private static RecognitionBody aRecognition(long categoryId) {
        return RecognitionBody.aRecognition(categoryId).to(RecognitionFixture.BOB.userKey());
    }

    /** Gives as alice; fails the test unless the answer is 201. */
    private JsonNode given(RecognitionBody body) {
        HttpResult result = alice().post("recognitions", body.build());
        assertThat(result.status()).as("alice gives %s: %s", body.build(), result).isEqualTo(201);
        return result.json();
    }

    private long archivedCategory() {
        long id = world.category("Old values").id();
        world.categories.archive(RecognitionFixture.ADMIN, id);
        return id;
    }

    @Test
    void give_withoutRecipients_isRefusedOnRecipients() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).without("recipients").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("Choose at least one person to recognise.");
    }

    @Test
    void give_withEmptyRecipientList_isRefusedOnRecipients() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to().build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("Choose at least one person to recognise.");
    }

    @Test
    void give_toElevenPeople_isRefusedOnRecipients() {
        String[] eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "person" + i).toArray(String[]::new);

        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to(eleven).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("Choose at most 10 people.");
    }

    @Test
    void give_toOneself_isRefusedOnRecipients() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to("bob-key", "alice-key").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("You cannot recognise yourself.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody", "ALICE", " ", "'; DROP TABLE users; --"})
    void give_toUnknownUserKey_isRefusedOnRecipients(String key) {
        RecognitionBody body = aRecognition(teamwork).to("bob-key", key);

        HttpResult result = alice().post("recognitions", body.build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("One of the chosen people does not exist.");
        assertThat(alice().get("recognitions?givenBy=alice-key&limit=50").body()).doesNotContain(body.message());
    }

    @Test
    void give_withNullRecipient_isRefusedOnRecipients() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).with("recipients", Arrays.asList("bob-key", null)).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
    }

    @Test
    void give_with256CharacterRecipientKey_isRefusedOnRecipients() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to("k".repeat(256)).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "\n\n\t"})
    void give_withEmptyMessage_isRefusedOnMessage(String message) {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).message(message).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("message");
        assertThat(result.errorMessage("message")).isEqualTo("This field is required.");
    }

    @Test
    void give_withoutMessage_isRefusedOnMessage() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).without("message").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("message");
    }

    @Test
    void give_with2001CharacterMessage_isRefusedAsTooLong() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).message("m".repeat(2001)).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("message");
        assertThat(result.errorMessage("message")).isEqualTo("Use at most 2,000 characters.");
    }

    @Test
    void give_with2000CharacterMessage_isAccepted() {
        String message = uniqueMessage("Long") + "\n" + "m".repeat(2000);
        message = message.substring(0, 2000);

        assertThat(given(aRecognition(teamwork).message(message)).path("message").asText()).isEqualTo(message);
    }

    @Test
    void give_with2000EmojiMessage_countsCharactersNotUtf16Units() {
        String message = "\uD83C\uDF89".repeat(2000);

        assertThat(given(aRecognition(teamwork).message(message)).path("message").asText()).isEqualTo(message);
    }

    @Test
    void give_withControlCharacterInMessage_isRefusedOnMessage() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).message("Ring the \u0007 bell").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET", "public-ish", "0"})
    void give_withUnknownVisibility_isRefusedOnVisibility(String visibility) {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).visibility(visibility).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("visibility");
        assertThat(result.errorMessage("visibility")).isEqualTo("Choose Public or Private.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "ftp://files.example.com/x", "//evil.example/path", "https://user:pw@evil.example/",
            "rap-12", "RAP-0", "not a link at all", "http://"})
    void give_withUnsafeOrUnknownLink_isRefusedOnLink(String link) {
        RecognitionBody body = aRecognition(teamwork).link(link);

        HttpResult result = alice().post("recognitions", body.build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("link");
        assertThat(result.errorMessage("link")).isEqualTo("Enter a Jira issue key (like RAP-12) or an http(s) address.");
        assertThat(alice().get("recognitions?givenBy=alice-key&limit=50").body()).doesNotContain(body.message());
    }

    @Test
    void give_with451CharacterLink_isRefusedAsTooLong() {
        String link = "https://example.com/" + "p".repeat(451 - "https://example.com/".length());

        HttpResult result = alice().post("recognitions", aRecognition(teamwork).link(link).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("link");
        assertThat(result.errorMessage("link")).isEqualTo("Use at most 450 characters.");
    }

    @Test
    void give_inArchivedCategory_isRefusedOnCategory() {
        long archived = archivedCategory();

        HttpResult result = alice().post("recognitions", aRecognition(archived).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
        assertThat(result.errorMessage("categoryId")).isEqualTo("Choose one of the active categories.");
    }

    @ParameterizedTest
    @ValueSource(longs = {987654321L, 0L, -1L, 99999999999L})
    void give_inUnknownCategory_isRefusedOnCategory(long categoryId) {
        HttpResult result = alice().post("recognitions", aRecognition(categoryId).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
        assertThat(result.errorMessage("categoryId")).isEqualTo("Choose one of the active categories.");
    }

    @Test
    void give_withoutCategory_whileCategoriesAreRequired_isRefusedOnCategory() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).without("categoryId").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
        assertThat(result.errorMessage("categoryId")).isEqualTo("Choose a category.");
    }

    @Test
    void give_withNullCategory_whileCategoriesAreRequired_isRefusedOnCategory() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).category(null).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
    }

    @Test
    void give_withEmptyObject_reportsEveryMissingFieldAtOnce() {
        HttpResult result = alice().post("recognitions", "{}");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("recipients", "categoryId", "message");
        assertThat(result.errorMessage("categoryId")).isEqualTo("Choose a category.");
    }

    @Test
    void give_withBadShapeAndBadReferences_namesEveryFieldInOneAnswer() {
        // Issue 13: "Choose a category" and "yourself" came only on the second submit, after the message was fixed.
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to(RecognitionFixture.ALICE.userKey())
                .without("categoryId").message("m".repeat(2001)).link("javascript:alert(1)").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("recipients", "categoryId", "message", "link");
        assertThat(result.errorMessage("recipients")).isEqualTo("You cannot recognise yourself.");
        assertThat(result.errorMessage("message")).isEqualTo("Use at most 2,000 characters.");
    }

    @Test
    void give_withGoodShapeButUnknownRecipientAndArchivedCategory_namesBoth() {
        HttpResult result = alice().post("recognitions", aRecognition(archivedCategory()).to("nobody-key").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("recipients", "categoryId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"recipients\":", "{\"recipients\": [\"bob\"],}", "{recipients: [\"bob\"]}", "not json at all",
            "{\"message\": \"Half", "{\"message\": \"a\\q\"}", "{\"recipients\": [\"bob\" \"carol\"]}"})
    void give_withMalformedJson_isRefusedOnFieldBody(String body) {
        HttpResult result = alice().post("recognitions", body);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
        assertThat(result.errorMessage("body")).isEqualTo("The request body is not valid JSON.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "recipients | \"bob\"",
            "recipients | {\"key\": \"bob\"}",
            "categoryId | \"teamwork\"",
            "categoryId | [1]",
            "categoryId | 99999999999999999999",
            "message    | {\"text\": \"Thanks\"}",
            "message    | [\"Thanks\"]",
            "visibility | {\"value\": \"PUBLIC\"}",
            "link       | [\"RAP-1\"]"
    })
    void give_withWrongJsonType_isRefusedOnThatField(String field, String json) throws Exception {
        Map<String, Object> body = aRecognition(teamwork).with(field, new ObjectMapper().readTree(json)).build();

        HttpResult result = alice().post("recognitions", body);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).hasSize(1);
        assertThat(result.errorFields().get(0)).startsWith(field);
        assertThat(result.errorMessage(result.errorFields().get(0))).isEqualTo("This value has the wrong type.");
    }

    @Test
    void give_withRecipientOfWrongType_namesTheItem() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).with("recipients", List.of(List.of("bob"))).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients.[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "42", "\"Thanks\"", "true"})
    void give_withBodyThatIsNotAnObject_isRefusedWith400(String body) {
        HttpResult result = alice().post("recognitions", body);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).isNotEmpty();
    }

    @Test
    void give_withUnknownField_isRefusedNamingThatField() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).with("points", 100).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("points");
        assertThat(result.errorMessage("points")).isEqualTo("This field is not part of the request.");
    }

}
