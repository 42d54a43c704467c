package org.rapport.recognition.category.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.CategoryBody.aCategory;
import static org.rapport.testing.CategoryBody.uniqueName;

/** {@code /rest/rapport/1.0/categories} on a running host, over HTTP, as PRODUCT.md's conventions say. */
class CategoryRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String NO_CHECK = "X-Atlassian-Token";
    private static final String UNKNOWN_ID = "987654321";

    private static RestClient admin() {
        return host.as("admin");
    }

    private static RestClient alice() {
        return host.as("alice");
    }

    /** Creates a category as admin and returns it as the API answered. */
    private static JsonNode created(Map<String, Object> body) {
        HttpResult result = admin().post("categories", body);
        assertThat(result.status()).as("create %s: %s", body, result).isEqualTo(201);
        return result.json();
    }

    private static List<String> names(HttpResult list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.json().forEach(c -> names.add(c.path("name").asText()));
        return names;
    }

    private static List<Long> ids(HttpResult list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(c -> ids.add(c.path("id").asLong()));
        return ids;
    }

    private static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    // ---- seeded data ------------------------------------------------------------------------------------------

    @Test
    void firstStart_seedsTheSevenDefaultCategories() {
        assertThat(names(admin().get("categories?all=true")))
                .contains("Teamwork", "Customer focus", "Innovation", "Above and beyond",
                        "Work anniversary", "Certification", "Launch");
    }

    // ---- 401 --------------------------------------------------------------------------------------------------

    static Stream<Arguments> everyCategoryEndpoint() {
        return Stream.of(
                Arguments.of("GET", "categories", null),
                Arguments.of("GET", "categories?all=true", null),
                Arguments.of("GET", "categories/1", null),
                Arguments.of("POST", "categories", aCategory().build()),
                Arguments.of("PUT", "categories/1", aCategory().build()),
                Arguments.of("POST", "categories/1/archive", "{}"),
                Arguments.of("POST", "categories/1/restore", "{}"),
                Arguments.of("PUT", "categories/order", Map.of("ids", List.of(1))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCategoryEndpoint")
    void everyEndpoint_withoutCredentials_answers401WithJsonError(String method, String path, Object body) {
        HttpResult result = host.anonymous().send(method, path, body);

        assertThat(result.status()).as("%s", result).isEqualTo(401);
        assertThat(result.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(result.json().path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    void refusedPostsWithBodies_leaveTheKeepAliveConnectionUsable() {
        // A body left unread by a refusal used to make Jetty close the connection after answering;
        // the next request sent on it failed with "no bytes" now and then. The host drains it.
        RestClient anonymous = host.anonymous();
        for (int i = 0; i < 300; i++) {
            String path = i % 2 == 0 ? "categories/1/archive" : "categories";
            HttpResult result = anonymous.send("POST", path, aCategory().build());
            assertThat(result.status()).as("request %d: %s", i, result).isEqualTo(401);
        }
    }

    @Test
    void wrongBasicPassword_answers401() {
        assertThat(host.as("admin", "not-the-password").get("categories").status()).isEqualTo(401);
    }

    // ---- 403 for non-admins -------------------------------------------------------------------------------------

    static Stream<Arguments> adminOnlyCalls() {
        return Stream.of(
                Arguments.of("POST", "categories", aCategory().build()),
                Arguments.of("PUT", "categories/{id}", aCategory().build()),
                Arguments.of("POST", "categories/{id}/archive", "{}"),
                Arguments.of("POST", "categories/{id}/restore", "{}"),
                Arguments.of("PUT", "categories/order", Map.of("ids", List.of(1))),
                Arguments.of("GET", "categories?all=true", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminOnlyCalls")
    void adminOnlyCall_byNonAdmin_answers403AndChangesNothing(String method, String path, Object body) {
        JsonNode category = created(aCategory().build());
        List<String> before = names(admin().get("categories?all=true"));

        HttpResult result = alice().send(method, path.replace("{id}", category.path("id").asText()), body);

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.errorFields()).isNotEmpty();
        assertThat(names(admin().get("categories?all=true"))).isEqualTo(before);
        assertThat(admin().get("categories/" + category.path("id").asText()).json()).isEqualTo(category);
    }

    @Test
    void activeCategories_areListedForAnySignedInPerson() {
        assertThat(names(alice().get("categories"))).contains("Teamwork");
    }

    // ---- 400 field errors ---------------------------------------------------------------------------------------

    @Test
    void create_withoutName_isRefusedWithNameRequired() {
        HttpResult result = admin().post("categories", aCategory().without("name").build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.errorMessage("name")).isEqualTo("This field is required.");
    }

    @Test
    void create_withBlankName_isRefusedWithNameRequired() {
        HttpResult result = admin().post("categories", aCategory().name("   ").build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
    }

    @Test
    void create_withEmptyObject_reportsEveryRequiredFieldAtOnce() {
        HttpResult result = admin().post("categories", "{}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("name", "icon", "colour", "kind");
    }

    @Test
    void create_with61CharacterName_isRefusedAsTooLong() {
        HttpResult result = admin().post("categories", aCategory().name(repeat('n', 61)).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.errorMessage("name")).isEqualTo("Use at most 60 characters.");
    }

    @Test
    void create_with60CharacterName_isAccepted() {
        String name = uniqueName("Sixty") + " ";
        name = name + repeat('x', 60 - name.length());

        assertThat(created(aCategory().name(name).build()).path("name").asText()).isEqualTo(name);
    }

    @Test
    void create_with501CharacterDescription_isRefusedAsTooLong() {
        HttpResult result = admin().post("categories", aCategory().description(repeat('d', 501)).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("description");
        assertThat(result.errorMessage("description")).isEqualTo("Use at most 500 characters.");
    }

    @Test
    void create_with500CharacterDescription_isAccepted() {
        String description = repeat('d', 500);

        assertThat(created(aCategory().description(description).build()).path("description").asText()).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "icon,   unicorn,   Choose one of the listed icons.",
            "icon,   STAR,      Choose one of the listed icons.",
            "colour, pink,      Choose one of the listed colours.",
            "kind,   BADGE,     Choose Value or Milestone.",
            "kind,   value,     Choose Value or Milestone."
    })
    void create_withUnknownChoice_isRefusedOnThatField(String field, String value, String message) {
        HttpResult result = admin().post("categories", aCategory().with(field, value).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly(field);
        assertThat(result.errorMessage(field)).isEqualTo(message);
    }

    @Test
    void create_withControlCharacterInName_isRefused() {
        HttpResult result = admin().post("categories", aCategory().name("Tab\u0007Bell").build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{\"name\": }", "{name: \"Unquoted\"}", "{\"name\": \"a\",}",
            "{\"name\": \"a\" \"icon\": \"star\"}", "{\"name\": tru}", "not json at all",
            "{\"name\": \"Half", "{\"name\": \"a\\q\"}"})
    void create_withMalformedJson_isRefusedOnFieldBody(String body) {
        HttpResult result = admin().post("categories", body);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
        assertThat(result.errorMessage("body")).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void create_withUnknownJsonField_isRefusedNamingThatField() {
        HttpResult result = admin().post("categories", aCategory().with("owner", "admin").build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("owner");
        assertThat(result.errorMessage("owner")).isEqualTo("This field is not part of the request.");
    }

    @Test
    void create_withObjectWhereTextBelongs_isRefusedAsWrongType() {
        HttpResult result = admin().post("categories", aCategory().with("name", Map.of("first", "Team")).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.errorMessage("name")).isEqualTo("This value has the wrong type.");
    }

    @Test
    void reorder_withTextWhereIdsBelong_isRefusedAsWrongTypeOnTheItem() {
        HttpResult result = admin().put("categories/order", Map.of("ids", List.of("first")));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("ids.[0]");
        assertThat(result.errorMessage("ids.[0]")).isEqualTo("This value has the wrong type.");
    }

    @Test
    void fieldErrors_withAcceptLanguageGerman_areInGerman() {
        HttpResult result = admin().post("categories", aCategory().without("name").build(), "Accept-Language", "de-DE,de;q=0.9");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorMessage("name")).isEqualTo("Dieses Feld ist erforderlich.");
    }

    // ---- 409 duplicate name -----------------------------------------------------------------------------------

    @Test
    void create_withNameDifferingOnlyInCaseAndSurroundingSpace_isAConflictOnName() {
        String name = uniqueName("Kudos");
        created(aCategory().name(name).build());

        HttpResult result = admin().post("categories", aCategory().name("  " + name.toUpperCase() + "\t").build());

        assertThat(result.status()).as("%s", result).isEqualTo(409);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.errorMessage("name")).isEqualTo("A category with this name already exists (names ignore case).");
    }

    @Test
    void edit_toAnotherCategorysName_isAConflictOnName() {
        String taken = uniqueName("Taken");
        created(aCategory().name(taken).build());
        JsonNode other = created(aCategory().build());

        HttpResult result = admin().put("categories/" + other.path("id").asText(), aCategory().name(taken.toLowerCase()).build());

        assertThat(result.status()).isEqualTo(409);
        assertThat(result.errorFields()).containsExactly("name");
    }

    @Test
    void edit_keepingOwnNameInOtherCase_isAllowed() {
        String name = uniqueName("Own name");
        JsonNode category = created(aCategory().name(name).build());

        HttpResult result = admin().put("categories/" + category.path("id").asText(), aCategory().name(name.toUpperCase()).build());

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("name").asText()).isEqualTo(name.toUpperCase());
    }

    // ---- 404 --------------------------------------------------------------------------------------------------

    static Stream<Arguments> callsOnAnUnknownId() {
        return Stream.of(
                Arguments.of("GET", "categories/" + UNKNOWN_ID, null),
                Arguments.of("PUT", "categories/" + UNKNOWN_ID, aCategory().build()),
                Arguments.of("POST", "categories/" + UNKNOWN_ID + "/archive", "{}"),
                Arguments.of("POST", "categories/" + UNKNOWN_ID + "/restore", "{}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("callsOnAnUnknownId")
    void unknownId_answers404(String method, String path, Object body) {
        HttpResult result = admin().send(method, path, body);

        assertThat(result.status()).as("%s", result).isEqualTo(404);
        assertThat(result.json().path("errors").get(0).path("message").asText()).isEqualTo("Not found.");
    }

    @Test
    void archivedCategory_isNotFoundForNonAdmin_butVisibleToAdmin() {
        JsonNode category = created(aCategory().build());
        String path = "categories/" + category.path("id").asText();
        assertThat(admin().post(path + "/archive", "{}").status()).isEqualTo(200);

        assertThat(alice().get(path).status()).isEqualTo(404);
        assertThat(admin().get(path).json().path("archived").asBoolean()).isTrue();
    }

    // ---- XSRF -------------------------------------------------------------------------------------------------

    @Test
    void formEncodedCreate_isRefusedAsXsrf_andCreatesNothing() {
        String name = uniqueName("Form post");

        HttpResult result = admin().post("categories", "name=" + name.replace(' ', '+') + "&icon=star&colour=blue&kind=VALUE",
                "Content-Type", "application/x-www-form-urlencoded");

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
        assertThat(names(admin().get("categories?all=true"))).doesNotContain(name);
    }

    @Test
    void plainTextCreate_isRefusedAsXsrf() {
        HttpResult result = admin().post("categories", "{}", "Content-Type", "text/plain");

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
    }

    @Test
    void bodylessArchive_withoutNoCheckHeader_isRefusedAsXsrf_andLeavesCategoryActive() {
        JsonNode category = created(aCategory().build());
        String path = "categories/" + category.path("id").asText();

        HttpResult result = admin().post(path + "/archive", null);

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
        assertThat(admin().get(path).json().path("archived").asBoolean()).isFalse();
    }

    @Test
    void bodylessArchive_withNoCheckHeader_passesXsrfCheckAndArchives() {
        JsonNode category = created(aCategory().build());
        String path = "categories/" + category.path("id").asText();

        HttpResult result = admin().post(path + "/archive", null, NO_CHECK, "no-check");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(admin().get(path).json().path("archived").asBoolean()).isTrue();
    }

    @Test
    void formEncodedCreate_withNoCheckHeader_passesXsrfCheck_andIsRefusedOnlyForItsMediaType() {
        HttpResult result = admin().post("categories", "name=Form&icon=star&colour=blue&kind=VALUE",
                "Content-Type", "application/x-www-form-urlencoded", NO_CHECK, "no-check");

        assertThat(result.status()).as("%s", result).isEqualTo(415);
    }

    // ---- happy paths ------------------------------------------------------------------------------------------

    @Test
    void create_returns201WithLocationAndTheStoredCategory() {
        String name = uniqueName("Mentoring");

        HttpResult result = admin().post("categories", aCategory().name("  " + name + "  ").description("Helped someone grow.")
                .icon("trophy").colour("purple").kind("MILESTONE").build());

        assertThat(result.status()).as("%s", result).isEqualTo(201);
        JsonNode json = result.json();
        long id = json.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(result.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("categories/" + id));
        assertThat(json.path("name").asText()).isEqualTo(name);
        assertThat(json.path("description").asText()).isEqualTo("Helped someone grow.");
        assertThat(json.path("icon").asText()).isEqualTo("trophy");
        assertThat(json.path("colour").asText()).isEqualTo("purple");
        assertThat(json.path("kind").asText()).isEqualTo("MILESTONE");
        assertThat(json.path("milestone").asBoolean()).isTrue();
        assertThat(json.path("archived").asBoolean()).isFalse();
        assertThat(alice().get("categories/" + id).json()).isEqualTo(json);
        List<Long> active = ids(alice().get("categories"));
        assertThat(active.get(active.size() - 1)).as("a new category comes last").isEqualTo(id);
    }

    @Test
    void edit_changesEveryField() {
        JsonNode category = created(aCategory().build());
        String path = "categories/" + category.path("id").asText();
        String name = uniqueName("Renamed");

        HttpResult result = admin().put(path, aCategory().name(name).description("New words.")
                .icon("rocket").colour("green").kind("MILESTONE").build());

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        JsonNode stored = admin().get(path).json();
        assertThat(stored.path("name").asText()).isEqualTo(name);
        assertThat(stored.path("description").asText()).isEqualTo("New words.");
        assertThat(stored.path("icon").asText()).isEqualTo("rocket");
        assertThat(stored.path("colour").asText()).isEqualTo("green");
        assertThat(stored.path("kind").asText()).isEqualTo("MILESTONE");
        assertThat(stored.path("sortOrder").asInt()).isEqualTo(category.path("sortOrder").asInt());
    }

    @Test
    void archive_hidesCategoryFromPeople_andAdminStillSeesItWithAll() {
        JsonNode category = created(aCategory().build());
        String name = category.path("name").asText();

        HttpResult result = admin().post("categories/" + category.path("id").asText() + "/archive", "{}");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("archived").asBoolean()).isTrue();
        assertThat(names(alice().get("categories"))).doesNotContain(name);
        assertThat(names(admin().get("categories"))).doesNotContain(name);
        assertThat(names(admin().get("categories?all=true"))).contains(name);
    }

    @Test
    void restore_offersCategoryToPeopleAgain() {
        JsonNode category = created(aCategory().build());
        String path = "categories/" + category.path("id").asText();
        admin().post(path + "/archive", "{}");

        HttpResult result = admin().post(path + "/restore", "{}");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("archived").asBoolean()).isFalse();
        assertThat(names(alice().get("categories"))).contains(category.path("name").asText());
    }

    @Test
    void reorder_withEveryIdInNewOrder_isWhatEveryoneSees() {
        created(aCategory().build());
        List<Long> order = ids(admin().get("categories?all=true"));
        Collections.reverse(order);

        HttpResult result = admin().put("categories/order", Map.of("ids", order));

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(ids(result)).isEqualTo(order);
        assertThat(ids(admin().get("categories?all=true"))).isEqualTo(order);
        List<Long> active = ids(alice().get("categories"));
        assertThat(order).containsSubsequence(active);
    }

    @Test
    void reorder_withStaleList_isAConflict_andKeepsTheOrder() {
        List<Long> before = ids(admin().get("categories?all=true"));
        List<Long> stale = new ArrayList<>(before.subList(1, before.size()));
        Collections.reverse(stale);

        HttpResult result = admin().put("categories/order", Map.of("ids", stale));

        assertThat(result.status()).as("%s", result).isEqualTo(409);
        assertThat(result.errorFields()).containsExactly("ids");
        assertThat(ids(admin().get("categories?all=true"))).isEqualTo(before);
    }

    @Test
    void reorder_withAnIdThatDoesNotExist_isAConflict() {
        List<Long> ids = ids(admin().get("categories?all=true"));
        ids.add(Long.parseLong(UNKNOWN_ID));

        assertThat(admin().put("categories/order", Map.of("ids", ids)).status()).isEqualTo(409);
    }

    @Test
    void reorder_namingACategoryTwice_isRefusedOnIds() {
        List<Long> ids = ids(admin().get("categories?all=true"));
        ids.set(1, ids.get(0));

        HttpResult result = admin().put("categories/order", Map.of("ids", ids));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("ids");
    }

    // ---- nothing a client sends gives a 500 ---------------------------------------------------------------------

    @Test
    void oneMegabyteName_isRefusedAsTooLong() {
        HttpResult result = admin().post("categories", aCategory().name(repeat('m', 1024 * 1024)).build());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
    }

    @Test
    void jsonArrayInsteadOfObject_isRefusedOnBody() {
        HttpResult result = admin().post("categories", "[{\"name\":\"In an array\"}]");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
    }

    @Test
    void jsonNullBody_validatesLikeAnEmptyObject() {
        HttpResult result = admin().post("categories", "null");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("name", "icon", "colour", "kind");
    }

    @Test
    void emptyJsonBody_validatesLikeAnEmptyObject() {
        HttpResult result = admin().post("categories", "");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("name", "icon", "colour", "kind");
    }

    @Test
    void deeplyNestedJson_isRefusedAsABadRequest() {
        String deep = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        HttpResult result = admin().post("categories", deep);

        // Jackson stops at the first '[' where a text is due: the field has the wrong type.
        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
    }

    @Test
    void bodyThatIsNotUtf8_isRefusedAsABadRequest() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};

        HttpResult result = admin().post("categories", body);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
    }

    @ParameterizedTest(name = "{0} categories/99999999999999999999{1}")
    @CsvSource({"GET,", "PUT,", "POST,/archive", "POST,/restore"})
    void idBeyondLongRange_answers404(String method, String suffix) {
        Object body = method.equals("GET") ? null : "{}";

        HttpResult result = admin().send(method, "categories/99999999999999999999" + (suffix == null ? "" : suffix), body);

        assertThat(result.status()).as("%s", result).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1e3", "0x10", "%20"})
    void idThatIsNotANumber_answers404(String id) {
        assertThat(admin().get("categories/" + id).status()).isEqualTo(404);
    }

    // ---- output escaping ----------------------------------------------------------------------------------------

    @Test
    void scriptInName_isEscapedOnTheRecognisePage() {
        created(aCategory().name("<script>alert(1)</script>").description("<img src=x onerror=alert(2)>").build());

        HttpResult page = alice().get("/plugins/servlet/rapport/recognise");

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }
}
