package org.rapport.recognition.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RecognitionBody;
import org.rapport.testing.RestClient;
import org.rapport.testing.SettingsBody;
import org.rapport.testing.WebSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.CategoryBody.aCategory;
import static org.rapport.testing.RecognitionBody.aRecognition;
import static org.rapport.testing.RecognitionBody.edit;
import static org.rapport.testing.RecognitionBody.uniqueMessage;

/**
 * {@code /rest/rapport/1.0/recognitions} on a running host, over HTTP, as PRODUCT.md's conventions
 * say. The weekly allowance is switched off (0 = unlimited) for this class so tests can give as
 * much as they need; {@link AllowanceRestIT} tests the allowance on a host of its own.
 *
 * <p>Demo users: admin (administrator), alice, bob, carol, dave, erin; their user keys equal their
 * user names. Every test makes its own recognitions, so the order of tests does not matter.
 */
class RecognitionRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String NO_CHECK = "X-Atlassian-Token";
    private static final String UNKNOWN_ID = "987654321";
    private static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin");

    private static long teamwork;
    private static long certification;

    @BeforeAll
    static void unlimitedAllowanceAndSeededCategories() {
        HttpResult settings = admin().put("settings", SettingsBody.current(admin()).with("weeklyAllowance", 0).build());
        assertThat(settings.status()).as("%s", settings).isEqualTo(200);
        assertThat(settings.json().path("weeklyAllowance").asInt()).isZero();
        teamwork = categoryId("Teamwork");
        certification = categoryId("Certification");
    }

    private static RestClient admin() {
        return host.as("admin");
    }

    private static RestClient alice() {
        return host.as("alice");
    }

    private static long categoryId(String name) {
        HttpResult list = admin().get("categories?all=true");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        for (JsonNode category : list.json()) {
            if (name.equals(category.path("name").asText())) {
                return category.path("id").asLong();
            }
        }
        throw new AssertionError("No seeded category " + name + " in " + list);
    }

    /** A new active category of its own, so a test can list exactly what it gave. */
    private static long newCategory() {
        HttpResult result = admin().post("categories", aCategory().build());
        assertThat(result.status()).as("%s", result).isEqualTo(201);
        return result.json().path("id").asLong();
    }

    private static long archivedCategory() {
        long id = newCategory();
        HttpResult archived = admin().post("categories/" + id + "/archive", "{}");
        assertThat(archived.status()).as("%s", archived).isEqualTo(200);
        return id;
    }

    /** Gives as {@code giver}; fails the test unless the answer is 201. */
    private static JsonNode given(String giver, RecognitionBody body) {
        HttpResult result = host.as(giver).post("recognitions", body.build());
        assertThat(result.status()).as("%s gives %s: %s", giver, body.build(), result).isEqualTo(201);
        return result.json();
    }

    private static long givenId(String giver, RecognitionBody body) {
        return given(giver, body).path("id").asLong();
    }

    private static HttpResult delete(RestClient client, String path) {
        return client.send("DELETE", path, null, NO_CHECK, "no-check");
    }

    private static List<Long> ids(HttpResult page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        page.json().path("items").forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }

    /** Every id of a list, following {@code next} until it is null. */
    private static List<Long> allIds(RestClient client, String query) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            HttpResult page = client.get("recognitions?" + query + (cursor == null ? "" : "&cursor=" + cursor));
            ids.addAll(ids(page));
            JsonNode next = page.json().path("next");
            if (next.isNull() || next.isMissingNode()) {
                return ids;
            }
            cursor = next.asText();
        }
        throw new AssertionError("More than 100 pages for " + query);
    }

    private static String base64Url(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    private static List<String> keys(JsonNode people) {
        List<String> keys = new ArrayList<>();
        people.forEach(p -> keys.add(p.path("key").asText()));
        return keys;
    }

    // ---- 401 --------------------------------------------------------------------------------------------------

    static Stream<Arguments> everyRecognitionEndpoint() {
        Map<String, Object> body = Map.of("recipients", List.of("bob"), "categoryId", 1, "message", "Thanks");
        return Stream.of(
                Arguments.of("GET", "recognitions", null),
                Arguments.of("GET", "recognitions?receivedBy=bob", null),
                Arguments.of("GET", "recognitions?givenBy=alice", null),
                Arguments.of("GET", "recognitions/allowance", null),
                Arguments.of("GET", "recognitions/1", null),
                Arguments.of("POST", "recognitions", body),
                Arguments.of("PUT", "recognitions/1", Map.of("message", "Changed", "categoryId", 1)),
                Arguments.of("DELETE", "recognitions/1", null),
                Arguments.of("GET", "settings", null),
                Arguments.of("PUT", "settings", Map.of("weeklyAllowance", 5)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRecognitionEndpoint")
    void everyEndpoint_withoutCredentials_answers401WithJsonError(String method, String path, Object body) {
        HttpResult result = host.anonymous().send(method, path, body, NO_CHECK, "no-check");

        assertThat(result.status()).as("%s", result).isEqualTo(401);
        assertThat(result.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(result.json().path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    void give_withWrongPassword_answers401AndGivesNothing() {
        RecognitionBody body = aRecognition(teamwork);

        HttpResult result = host.as("alice", "not-the-password").post("recognitions", body.build());

        assertThat(result.status()).as("%s", result).isEqualTo(401);
        assertThat(alice().get("recognitions?givenBy=alice&limit=50").body()).doesNotContain(body.message());
    }

    // ---- give: happy path --------------------------------------------------------------------------------------

    @Test
    void give_returns201WithLocationAndTheStoredRecognition() {
        String message = "Thanks for the review, Bob and Carol.\nIt caught two bugs.\n\n  Indented line\r\nWindows line";
        Instant before = Instant.now().minusSeconds(5);

        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to("bob", "carol")
                .message("  " + message + "\n").link("RAP-12").build());

        assertThat(result.status()).as("%s", result).isEqualTo(201);
        JsonNode json = result.json();
        long id = json.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(result.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/rest/rapport/1.0/recognitions/" + id));
        assertThat(json.path("giver").path("key").asText()).isEqualTo("alice");
        assertThat(json.path("giver").path("displayName").asText()).isEqualTo("Alice Archer");
        assertThat(keys(json.path("recipients"))).containsExactly("bob", "carol");
        assertThat(json.path("recipients").get(0).path("displayName").asText()).isEqualTo("Bob Baker");
        assertThat(json.path("category").path("id").asLong()).isEqualTo(teamwork);
        assertThat(json.path("category").path("name").asText()).isEqualTo("Teamwork");
        assertThat(json.path("message").asText()).as("trimmed, line breaks kept").isEqualTo(message);
        assertThat(json.path("visibility").asText()).isEqualTo("PUBLIC");
        Instant created = Instant.parse(json.path("createdAt").asText());
        assertThat(created).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(json.path("updatedAt").asText()).isEqualTo(json.path("createdAt").asText());
        assertThat(Instant.parse(json.path("editableUntil").asText())).isEqualTo(created.plus(Duration.ofMinutes(15)));
    }

    @Test
    void give_withIssueKeyLink_pointsTheLinkAtTheIssue() {
        JsonNode json = given("alice", aRecognition(teamwork).link("RAP-12"));

        assertThat(json.path("link").path("kind").asText()).isEqualTo("ISSUE");
        assertThat(json.path("link").path("value").asText()).isEqualTo("RAP-12");
        assertThat(json.path("link").path("url").asText()).isEqualTo("/browse/RAP-12");
    }

    @Test
    void give_withHttpsLink_keepsTheAddress() {
        JsonNode json = given("alice", aRecognition(teamwork).link("https://wiki.example.com/display/TEAM/Launch+notes"));

        assertThat(json.path("link").path("kind").asText()).isEqualTo("URL");
        assertThat(json.path("link").path("value").asText()).isEqualTo("https://wiki.example.com/display/TEAM/Launch+notes");
        assertThat(json.path("link").path("url").asText()).isEqualTo("https://wiki.example.com/display/TEAM/Launch+notes");
    }

    @Test
    void give_withoutLink_hasNoLink() {
        JsonNode json = given("alice", aRecognition(teamwork));

        assertThat(json.path("link").isNull()).as("%s", json).isTrue();
    }

    @Test
    void give_withoutVisibility_isPublic() {
        JsonNode json = given("alice", aRecognition(teamwork).without("visibility"));

        assertThat(json.path("visibility").asText()).isEqualTo("PUBLIC");
    }

    @Test
    void give_toTheSamePersonTwice_listsThemOnce() {
        JsonNode json = given("alice", aRecognition(teamwork).to("bob", "bob", "carol"));

        assertThat(keys(json.path("recipients"))).containsExactly("bob", "carol");
    }

    @Test
    void give_toTenPeopleOfWhomSomeDoNotExist_isRefusedAsUnknownNotAsTooMany() {
        // Only five other demo users exist, so ten recipients can be tested only up to the existence check.
        HttpResult result = alice().post("recognitions", aRecognition(teamwork)
                .to("bob", "carol", "dave", "erin", "admin", "x1", "x2", "x3", "x4", "x5").build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("recipients");
        assertThat(result.errorMessage("recipients")).isEqualTo("One of the chosen people does not exist.");
    }

    @Test
    void get_byTheGiver_returnsWhatGiveReturned() {
        JsonNode json = given("alice", aRecognition(teamwork).to("bob", "carol").link("RAP-7"));

        HttpResult result = alice().get("recognitions/" + json.path("id").asLong());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).isEqualTo(json);
    }

    @Test
    void get_bySomeoneElse_hasNoEditableUntil() {
        long id = givenId("alice", aRecognition(teamwork));

        HttpResult result = host.as("bob").get("recognitions/" + id);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("editableUntil").isNull()).as("%s", result).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {UNKNOWN_ID, "0", "99999999999", "999999999999999999"})
    void get_unknownId_answers404WithJsonError(String id) {
        HttpResult result = alice().get("recognitions/" + id);

        assertThat(result.status()).as("%s", result).isEqualTo(404);
        assertThat(result.json().path("errors").get(0).path("message").asText()).isEqualTo("Not found.");
    }

    @Test
    void get_nonNumericId_answers404() {
        assertThat(alice().get("recognitions/abc").status()).isEqualTo(404);
    }

    @Test
    void allowance_whenUnlimited_hasLimit0AndNoRemaining() {
        HttpResult result = alice().get("recognitions/allowance");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("limit").asInt()).isZero();
        assertThat(result.json().path("remaining").isNull()).as("%s", result).isTrue();
        assertThat(Instant.parse(result.json().path("resetsAt").asText())).isAfter(Instant.now());
    }

    // ---- give: idempotency -------------------------------------------------------------------------------------

    @Test
    void give_retriedWithSameIdempotencyKey_returnsTheFirstRecognition() {
        long category = newCategory();
        String key = "retry-" + uniqueMessage("k").replace(" #", "-");
        RecognitionBody body = aRecognition(category);

        HttpResult first = alice().post("recognitions", body.build(), "Idempotency-Key", key);
        HttpResult retry = alice().post("recognitions", body.build(), "Idempotency-Key", key);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isIn(200, 201);
        assertThat(retry.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(ids(alice().get("recognitions?categoryId=" + category))).containsExactly(first.json().path("id").asLong());
    }

    @Test
    void give_sameIdempotencyKeyByTwoGivers_givesTwoRecognitions() {
        String key = "shared-" + uniqueMessage("k").replace(" #", "-");

        HttpResult byAlice = alice().post("recognitions", aRecognition(teamwork).to("carol").build(), "Idempotency-Key", key);
        HttpResult byBob = host.as("bob").post("recognitions", aRecognition(teamwork).to("carol").build(), "Idempotency-Key", key);

        assertThat(byAlice.status()).as("%s", byAlice).isEqualTo(201);
        assertThat(byBob.status()).as("%s", byBob).isEqualTo(201);
        assertThat(byBob.json().path("id").asLong()).isNotEqualTo(byAlice.json().path("id").asLong());
        assertThat(byBob.json().path("giver").path("key").asText()).isEqualTo("bob");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "tab\there", " "})
    void give_withInvisibleCharacterInIdempotencyKey_isRefusedOnThatHeader(String key) {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).build(), "Idempotency-Key", key);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("Idempotency-Key");
        assertThat(result.errorMessage("Idempotency-Key")).isEqualTo("Use 1 to 100 visible ASCII characters.");
    }

    @Test
    void give_withNonAsciiIdempotencyKey_isRefusedOnThatHeader() throws IOException {
        // Java's HttpClient turns non-ASCII header characters into '?', so this request is written by hand.
        byte[] body = new ObjectMapper().writeValueAsBytes(aRecognition(teamwork).build());
        URI uri = URI.create(host.baseUrl());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + RestClient.REST_BASE + "recognitions HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n"
                    + "Idempotency-Key: ").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes("cl\u00e9-\u00fcml\u00e4ut".getBytes(StandardCharsets.UTF_8));
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(body);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("\"field\":\"Idempotency-Key\"");
        }
    }

    @Test
    void give_with101CharacterIdempotencyKey_isRefused_and100IsAccepted() {
        HttpResult tooLong = alice().post("recognitions", aRecognition(teamwork).build(), "Idempotency-Key", "k".repeat(101));
        HttpResult longest = alice().post("recognitions", aRecognition(teamwork).build(),
                "Idempotency-Key", (uniqueMessage("k").replace(" #", "-") + "-").repeat(20).substring(0, 100));

        assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("Idempotency-Key");
        assertThat(longest.status()).as("%s", longest).isEqualTo(201);
    }

    // ---- give: 400 field rules -----------------------------------------------------------------------------------

    // Field validation of POST recognitions runs in memory: RecognitionResourceTest.

    @Test
    void fieldErrors_withAcceptLanguageGerman_areInGerman() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to("alice").build(),
                "Accept-Language", "de-DE,de;q=0.9");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorMessage("recipients")).isEqualTo("Sie k\u00f6nnen sich nicht selbst anerkennen.");
    }

    // ---- private visibility --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob", "carol", "admin"})
    void privateRecognition_isVisibleToGiverRecipientsAndAdmins(String viewer) {
        JsonNode given = given("alice", aRecognition(teamwork).to("bob", "carol").privately());

        HttpResult result = host.as(viewer).get("recognitions/" + given.path("id").asLong());

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("message").asText()).isEqualTo(given.path("message").asText());
        assertThat(result.json().path("visibility").asText()).isEqualTo("PRIVATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dave", "erin"})
    void privateRecognition_forEveryoneElse_answersTheSame404AsAnUnknownId(String viewer) {
        long id = givenId("alice", aRecognition(teamwork).to("bob", "carol").privately());

        HttpResult result = host.as(viewer).get("recognitions/" + id);

        HttpResult unknown = host.as(viewer).get("recognitions/" + UNKNOWN_ID);
        assertThat(result.status()).as("%s", result).isEqualTo(404);
        assertThat(result.body()).isEqualTo(unknown.body());
    }

    @Test
    void privateRecognition_isNotInThePublicFeed() {
        long category = newCategory();
        long id = givenId("alice", aRecognition(category).privately());

        assertThat(ids(host.as("dave").get("recognitions"))).doesNotContain(id);
        assertThat(ids(host.as("bob").get("recognitions"))).as("not even for its recipient").doesNotContain(id);
        assertThat(ids(admin().get("recognitions?categoryId=" + category))).as("not even for admins").isEmpty();
    }

    @Test
    void publicRecognition_isInThePublicFeed() {
        long category = newCategory();
        long id = givenId("alice", aRecognition(category));

        assertThat(ids(host.as("dave").get("recognitions?categoryId=" + category))).containsExactly(id);
        assertThat(ids(host.as("dave").get("recognitions"))).contains(id);
    }

    static Stream<Arguments> personListsAndViewers() {
        return Stream.of(
                Arguments.of("receivedBy=bob", "bob", true),
                Arguments.of("receivedBy=bob", "admin", true),
                Arguments.of("receivedBy=bob", "alice", false),
                Arguments.of("receivedBy=bob", "carol", false),
                Arguments.of("receivedBy=bob", "dave", false),
                Arguments.of("givenBy=alice", "alice", true),
                Arguments.of("givenBy=alice", "admin", true),
                Arguments.of("givenBy=alice", "bob", false),
                Arguments.of("givenBy=alice", "dave", false));
    }

    @ParameterizedTest(name = "{0} viewed by {1}: listed = {2}")
    @MethodSource("personListsAndViewers")
    void privateRecognition_isListedOnlyForThatPersonThemselvesAndAdmins(String list, String viewer, boolean listed) {
        long category = newCategory();
        long id = givenId("alice", aRecognition(category).to("bob").privately());

        List<Long> ids = ids(host.as(viewer).get("recognitions?" + list + "&categoryId=" + category));

        if (listed) {
            assertThat(ids).containsExactly(id);
        } else {
            assertThat(ids).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"receivedBy=bob", "givenBy=alice"})
    void publicRecognition_isListedForEveryone(String list) {
        long category = newCategory();
        long id = givenId("alice", aRecognition(category).to("bob"));

        assertThat(ids(host.as("dave").get("recognitions?" + list + "&categoryId=" + category))).containsExactly(id);
    }

    @Test
    void receivedByList_ofAPersonWithNothing_isEmpty() {
        HttpResult result = alice().get("recognitions?receivedBy=nobody-at-all");

        assertThat(ids(result)).isEmpty();
        assertThat(result.json().path("next").isNull()).isTrue();
    }

    @Test
    void milestonesFilter_listsOnlyMilestoneCategories() {
        long milestone = givenId("erin", aRecognition(certification).to("dave"));
        long value = givenId("erin", aRecognition(teamwork).to("dave"));

        List<Long> ids = ids(host.as("erin").get("recognitions?givenBy=erin&milestones=true&limit=50"));

        assertThat(ids).contains(milestone).doesNotContain(value);
    }

    // ---- edit and delete -------------------------------------------------------------------------------------------

    @Test
    void edit_byGiver_changesMessageAndCategory() {
        JsonNode given = given("alice", aRecognition(teamwork).to("bob"));
        long id = given.path("id").asLong();
        long other = newCategory();

        HttpResult result = alice().put("recognitions/" + id, edit("Edited:\nsecond line", other));

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("message").asText()).isEqualTo("Edited:\nsecond line");
        assertThat(json.path("category").path("id").asLong()).isEqualTo(other);
        assertThat(json.path("createdAt").asText()).isEqualTo(given.path("createdAt").asText());
        assertThat(Instant.parse(json.path("updatedAt").asText())).isAfterOrEqualTo(Instant.parse(given.path("createdAt").asText()));
        assertThat(json.path("editableUntil").asText()).isEqualTo(given.path("editableUntil").asText());
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(json);
    }

    @Test
    void edit_ofCategory_movesTheRecognitionBetweenCategoryLists() {
        long before = newCategory();
        long after = newCategory();
        long id = givenId("alice", aRecognition(before).to("bob"));

        assertThat(alice().put("recognitions/" + id, edit("Moved", after)).status()).isEqualTo(200);

        assertThat(ids(host.as("bob").get("recognitions?receivedBy=bob&categoryId=" + after))).containsExactly(id);
        assertThat(ids(host.as("bob").get("recognitions?receivedBy=bob&categoryId=" + before))).isEmpty();
        assertThat(ids(alice().get("recognitions?givenBy=alice&categoryId=" + after))).containsExactly(id);
        assertThat(ids(alice().get("recognitions?categoryId=" + after))).containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource({"visibility, PRIVATE", "link, RAP-99", "recipients, carol"})
    void edit_withFieldThatCannotBeEdited_isRefusedNamingIt_andChangesNothing(String field, String value) {
        JsonNode given = given("alice", aRecognition(teamwork).to("bob"));
        long id = given.path("id").asLong();
        Map<String, Object> body = edit("Now private?", teamwork);
        body.put(field, field.equals("recipients") ? List.of(value) : value);

        HttpResult result = alice().put("recognitions/" + id, body);

        assertThat(result.status()).as("a change the API does not make must not be answered 200: %s, now %s", result,
                alice().get("recognitions/" + id).json().path(field)).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly(field);
        assertThat(result.errorMessage(field)).isEqualTo("This field is not part of the request.");
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(given);
    }

    @Test
    void edit_withEmptyMessage_isRefusedAndChangesNothing() {
        JsonNode given = given("alice", aRecognition(teamwork));
        long id = given.path("id").asLong();

        HttpResult result = alice().put("recognitions/" + id, edit("  ", teamwork));

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("message");
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(given);
    }

    @Test
    void edit_intoArchivedCategory_isRefusedOnCategory() {
        long id = givenId("alice", aRecognition(teamwork));

        HttpResult result = alice().put("recognitions/" + id, edit("Still thanks", archivedCategory()));

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
    }

    @Test
    void edit_unknownId_answers404() {
        assertThat(alice().put("recognitions/" + UNKNOWN_ID, edit("Thanks", teamwork)).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob", "dave", "admin"})
    void edit_ofPublicRecognition_bySomeoneElse_answers403AndChangesNothing(String other) {
        JsonNode given = given("alice", aRecognition(teamwork).to("bob"));
        long id = given.path("id").asLong();

        HttpResult result = host.as(other).put("recognitions/" + id, edit("Hijacked", teamwork));

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(given);
    }

    @Test
    void edit_ofPrivateRecognition_byItsRecipient_answers403() {
        long id = givenId("alice", aRecognition(teamwork).to("bob").privately());

        assertThat(host.as("bob").put("recognitions/" + id, edit("Hijacked", teamwork)).status()).isEqualTo(403);
    }

    @Test
    void edit_ofPrivateRecognition_bySomeoneWhoCannotSeeIt_answers404AndChangesNothing() {
        JsonNode given = given("alice", aRecognition(teamwork).to("bob").privately());
        long id = given.path("id").asLong();

        HttpResult result = host.as("dave").put("recognitions/" + id, edit("Hijacked", teamwork));

        assertThat(result.status()).as("%s", result).isEqualTo(404);
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(given);
    }

    @Test
    void delete_byGiver_answers204AndRemovesIt() {
        long category = newCategory();
        long id = givenId("alice", aRecognition(category).to("bob"));

        HttpResult result = delete(alice(), "recognitions/" + id);

        assertThat(result.status()).as("%s", result).isEqualTo(204);
        assertThat(alice().get("recognitions/" + id).status()).isEqualTo(404);
        assertThat(ids(alice().get("recognitions?categoryId=" + category))).isEmpty();
        assertThat(ids(host.as("bob").get("recognitions?receivedBy=bob&categoryId=" + category))).isEmpty();
        assertThat(ids(alice().get("recognitions?givenBy=alice&categoryId=" + category))).isEmpty();
    }

    @Test
    void delete_twice_answers404TheSecondTime() {
        long id = givenId("alice", aRecognition(teamwork));
        assertThat(delete(alice(), "recognitions/" + id).status()).isEqualTo(204);

        assertThat(delete(alice(), "recognitions/" + id).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob", "dave", "admin"})
    void delete_ofPublicRecognition_bySomeoneElse_answers403AndKeepsIt(String other) {
        long id = givenId("alice", aRecognition(teamwork).to("bob"));

        HttpResult result = delete(host.as(other), "recognitions/" + id);

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(alice().get("recognitions/" + id).status()).isEqualTo(200);
    }

    @Test
    void delete_ofPrivateRecognition_bySomeoneWhoCannotSeeIt_answers404AndKeepsIt() {
        long id = givenId("alice", aRecognition(teamwork).to("bob").privately());

        HttpResult result = delete(host.as("dave"), "recognitions/" + id);

        assertThat(result.status()).as("%s", result).isEqualTo(404);
        assertThat(alice().get("recognitions/" + id).status()).isEqualTo(200);
    }

    @Test
    void delete_ofPrivateRecognition_byItsRecipient_answers403AndKeepsIt() {
        long id = givenId("alice", aRecognition(teamwork).to("bob").privately());

        HttpResult result = delete(host.as("bob"), "recognitions/" + id);

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(alice().get("recognitions/" + id).status()).isEqualTo(200);
    }

    // ---- paging ----------------------------------------------------------------------------------------------------

    @Test
    void publicFeed_pagedBy20_listsEveryRecognitionOnceNewestFirst_andIgnoresOnesGivenMeanwhile() {
        long category = newCategory();
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            String giver = PEOPLE.get(i % PEOPLE.size());
            given.add(givenId(giver, aRecognition(category).to(PEOPLE.get((i + 1) % PEOPLE.size()))));
        }
        List<Long> newestFirst = new ArrayList<>(given);
        Collections.reverse(newestFirst);
        RestClient dave = host.as("dave");

        HttpResult first = dave.get("recognitions?categoryId=" + category + "&limit=20");
        long meanwhile = givenId("erin", aRecognition(category).to("alice"));
        HttpResult second = dave.get("recognitions?categoryId=" + category + "&limit=20&cursor=" + first.json().path("next").asText());
        HttpResult third = dave.get("recognitions?categoryId=" + category + "&limit=20&cursor=" + second.json().path("next").asText());

        assertThat(ids(first)).hasSize(20);
        assertThat(ids(second)).hasSize(20);
        assertThat(ids(third)).hasSize(15);
        assertThat(third.json().path("next").isNull()).as("no next page after the last: %s", third).isTrue();
        List<Long> all = new ArrayList<>(ids(first));
        all.addAll(ids(second));
        all.addAll(ids(third));
        assertThat(all).as("no duplicates, no gaps, newest first").isEqualTo(newestFirst);
        assertThat(all).doesNotContain(meanwhile);
        assertThat(ids(dave.get("recognitions?categoryId=" + category + "&limit=20"))).as("a fresh first page shows it")
                .startsWith(meanwhile);
    }

    @Test
    void receivedByList_pagedBy20_listsEveryRecognitionOnceNewestFirst_privateOnesIncludedForThatPerson() {
        long category = newCategory();
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            RecognitionBody body = aRecognition(category).to("erin", PEOPLE.get(i % 4));
            String giver = PEOPLE.get((i + 1) % 4);
            given.add(givenId(giver, i % 3 == 0 ? body.privately() : body));
        }
        Collections.reverse(given);

        List<Long> all = allIds(host.as("erin"), "receivedBy=erin&categoryId=" + category + "&limit=20");

        assertThat(all).isEqualTo(given);
    }

    @Test
    void givenByList_pagedBy20_listsEveryRecognitionOnceNewestFirst() {
        long category = newCategory();
        List<Long> given = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            given.add(givenId("dave", aRecognition(category).to(i % 2 == 0 ? "erin" : "carol")));
        }
        Collections.reverse(given);

        List<Long> all = allIds(host.as("carol"), "givenBy=dave&categoryId=" + category + "&limit=20");

        assertThat(all).isEqualTo(given);
    }

    @Test
    void limit_defaultsTo20() {
        long category = newCategory();
        for (int i = 0; i < 21; i++) {
            givenId("carol", aRecognition(category).to("dave"));
        }

        HttpResult result = host.as("carol").get("recognitions?categoryId=" + category);

        assertThat(ids(result)).hasSize(20);
        assertThat(result.json().path("next").isTextual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "50"})
    void limit_from1To50_isAccepted(String limit) {
        assertThat(alice().get("recognitions?limit=" + limit).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc", "-1", "1.5", "99999999999999999999", "4294967297", "4294967316"})
    void limit_outsideRangeOrNotANumber_isRefusedOnLimit(String limit) {
        HttpResult result = alice().get("recognitions?limit=" + limit);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
    }

    static Stream<String> badCursors() {
        return Stream.of("not-a-cursor", "!!!", base64Url("nope"), base64Url("12345"), base64Url("abc:def"),
                base64Url(":"), base64Url("1:"), base64Url("1700000000000:x"), "a");
    }

    @ParameterizedTest
    @MethodSource("badCursors")
    void cursor_thatIsNotOne_isRefusedOnCursor(String cursor) {
        HttpResult result = alice().get("recognitions?cursor=" + cursor);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("cursor");
        assertThat(result.errorMessage("cursor")).isEqualTo("This page link is not valid. Start from the first page.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807:1", "-9223372036854775808:1", "1700000000000:9223372036854775807",
            "1700000000000:-5", "0:0"})
    void cursor_withExtremeValues_isAnsweredWithoutServerError(String raw) {
        HttpResult result = alice().get("recognitions?receivedBy=bob&cursor=" + base64Url(raw));
        HttpResult feed = alice().get("recognitions?cursor=" + base64Url(raw));

        for (HttpResult r : List.of(result, feed)) {
            assertThat(r.status()).as("%s", r).isIn(200, 400);
            if (r.status() == 400) {
                assertThat(r.errorFields()).containsExactly("cursor");
            }
        }
    }

    @Test
    void list_withCategoryIdBeyondTheIntRange_doesNotMatchAnotherCategory() {
        long id = givenId("alice", aRecognition(teamwork));
        long wrapsToTeamwork = teamwork + (1L << 32);

        HttpResult result = alice().get("recognitions?givenBy=alice&limit=50&categoryId=" + wrapsToTeamwork);

        assertThat(result.status()).as("%s", result).isIn(200, 400);
        if (result.status() == 400) {
            assertThat(result.errorFields()).containsExactly("categoryId");
        } else {
            assertThat(ids(result)).as("category %d is not category %d", wrapsToTeamwork, teamwork).doesNotContain(id);
        }
    }

    @Test
    void list_byBothGiverAndRecipient_isRefusedOnGivenBy() {
        HttpResult result = alice().get("recognitions?givenBy=alice&receivedBy=bob");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("givenBy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-3"})
    void list_withBadCategoryId_isRefusedOnCategoryId(String categoryId) {
        HttpResult result = alice().get("recognitions?categoryId=" + categoryId);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("categoryId");
    }

    // ---- XSRF ------------------------------------------------------------------------------------------------------

    @Test
    void formEncodedGive_isRefusedAsXsrf_andGivesNothing() {
        String message = uniqueMessage("Form post");

        HttpResult result = alice().post("recognitions",
                "recipients=bob&categoryId=" + teamwork + "&message=" + message.replace(' ', '+').replace("#", "%23"),
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
        assertThat(alice().get("recognitions?givenBy=alice&limit=50").body()).doesNotContain(message);
    }

    @Test
    void plainTextGive_isRefusedAsXsrf() {
        HttpResult result = alice().post("recognitions",
                "{\"recipients\":[\"bob\"],\"categoryId\":" + teamwork + ",\"message\":\"Text plain\"}", "Content-Type", "text/plain");

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
    }

    @Test
    void bodylessDelete_withoutNoCheckHeader_isRefusedAsXsrf_andKeepsIt() {
        long id = givenId("alice", aRecognition(teamwork));

        HttpResult result = alice().send("DELETE", "recognitions/" + id, null);

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
        assertThat(alice().get("recognitions/" + id).status()).isEqualTo(200);
    }

    @Test
    void formEncodedEdit_isRefusedAsXsrf_andChangesNothing() {
        JsonNode given = given("alice", aRecognition(teamwork));
        long id = given.path("id").asLong();

        HttpResult result = alice().put("recognitions/" + id, "message=Changed&categoryId=" + teamwork,
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(alice().get("recognitions/" + id).json()).isEqualTo(given);
    }

    // ---- user text is data ---------------------------------------------------------------------------------------

    private static final String MARKUP = "<script>alert(1)</script> & \"q\"";

    @Test
    void messageWithMarkup_isReturnedVerbatimInJson() {
        HttpResult result = alice().post("recognitions", aRecognition(teamwork).to("bob").message(MARKUP).build());

        assertThat(result.status()).as("%s", result).isEqualTo(201);
        assertThat(result.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        long id = result.json().path("id").asLong();
        assertThat(result.json().path("message").asText()).isEqualTo(MARKUP);
        assertThat(host.as("dave").get("recognitions/" + id).json().path("message").asText()).isEqualTo(MARKUP);
        JsonNode feedItem = host.as("dave").get("recognitions?receivedBy=bob&limit=1").json().path("items").get(0);
        assertThat(feedItem.path("id").asLong()).isEqualTo(id);
        assertThat(feedItem.path("message").asText()).isEqualTo(MARKUP);
    }

    @Test
    void messageWithMarkup_isEscapedOnTheRecipientsProfilePanel() {
        long id = givenId("alice", aRecognition(teamwork).to("bob").message(MARKUP));
        assertThat(id).isPositive();
        WebSession erin = host.newSession();
        assertThat(erin.signIn("erin", "erin", "/").status()).isEqualTo(302);

        HttpResult page = erin.get("/secure/ViewProfile.jspa?name=bob");

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")
                .doesNotContain("<script>alert(1)</script>");
    }
}
