package org.rapport.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * Every PUT and POST that takes a body, sent an empty body, {@code null} and {@code {}} by a caller
 * allowed to use it: each answers 400 naming the missing fields, and nothing changes (an empty
 * {@code PUT org/people} used to clear a person's manager and department with a 200).
 */
class MissingBodyRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final List<String> EMPTY_BODIES = List.of("", "null", "{}");
    private static long recognitionId;
    private static long pairingId;
    private static long checkInId;
    private static long goalId;

    @BeforeAll
    static void someOfEverything() {
        recognitionId = created(host.as("alice").post("recognitions", aRecognition(1).to("bob").build()));
        HttpResult mentor = host.as("bob").put("mentoring/profile/mentor",
                Map.of("skills", List.of("java"), "capacity", 3, "paused", false, "bio", "", "timeZone", "UTC"));
        assertThat(mentor.status()).as("%s", mentor).isEqualTo(200);
        pairingId = created(host.as("erin").post("mentoring/pairings", Map.of("mentor", "bob", "mentee", "erin")));
        assertThat(host.as("bob").post("mentoring/pairings/" + pairingId + "/accept", Map.of()).status()).isEqualTo(200);
        checkInId = created(host.as("bob").post(pairing("checkins"), Map.of("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                "durationMinutes", 30)));
        goalId = created(host.as("bob").post(pairing("goals"), Map.of("title", "Ship it")));
    }

    private static String pairing(String tail) {
        return "mentoring/pairings/" + pairingId + "/" + tail;
    }

    private static long created(HttpResult result) {
        assertThat(result.status()).as("%s", result).isBetween(200, 201);
        return result.json().path("id").asLong();
    }

    /** Caller, method and path of every endpoint whose body has a required field. */
    static Stream<Arguments> endpointsWithABody() {
        return Stream.of(
                Arguments.of("admin", "PUT", "settings"),
                Arguments.of("admin", "PUT", "org/people/bob"),
                Arguments.of("admin", "POST", "org/import"),
                Arguments.of("admin", "PUT", "mentoring/settings"),
                Arguments.of("bob", "PUT", "mentoring/profile/mentor"),
                Arguments.of("erin", "PUT", "mentoring/profile/mentee"),
                Arguments.of("carol", "POST", "mentoring/pairings"),
                Arguments.of("admin", "POST", "mentoring/programme/match/commit"),
                Arguments.of("bob", "POST", "checkins"),
                Arguments.of("bob", "PUT", "checkin"),
                Arguments.of("bob", "POST", "goals"),
                Arguments.of("bob", "PUT", "goal"),
                Arguments.of("bob", "PUT", "rhythm"),
                Arguments.of("bob", "POST", "end"),
                Arguments.of("admin", "POST", "categories"),
                Arguments.of("admin", "PUT", "categories/1"),
                Arguments.of("admin", "PUT", "categories/order"),
                Arguments.of("alice", "POST", "recognitions"),
                Arguments.of("alice", "PUT", "recognition"),
                Arguments.of("bob", "POST", "comments"),
                Arguments.of("carol", "POST", "reports"),
                Arguments.of("admin", "POST", "hide"),
                Arguments.of("alice", "POST", "help"),
                Arguments.of("admin", "POST", "help/kinds"),
                Arguments.of("admin", "PUT", "help/kinds/review"),
                Arguments.of("admin", "POST", "help/skills/merge"),
                Arguments.of("admin", "POST", "privacy/erase"));
    }

    private static String path(String name) {
        return switch (name) {
            case "checkins", "goals", "rhythm", "end" -> pairing(name);
            case "checkin" -> pairing("checkins/" + checkInId);
            case "goal" -> pairing("goals/" + goalId);
            case "recognition" -> "recognitions/" + recognitionId;
            case "comments", "reports" -> "recognitions/" + recognitionId + "/" + name;
            case "hide" -> "moderation/recognitions/" + recognitionId + "/hide";
            default -> name;
        };
    }

    @ParameterizedTest(name = "{1} {2} as {0}")
    @MethodSource("endpointsWithABody")
    void emptyNullOrEmptyObject_is400NamingAField(String user, String method, String name) {
        for (String body : EMPTY_BODIES) {
            HttpResult result = host.as(user).send(method, path(name), body, "Content-Type", "application/json");

            assertThat(result.status()).as("body [%s]: %s", body, result).isEqualTo(400);
            assertThat(result.errorFields()).as("body [%s]: %s", body, result).isNotEmpty().doesNotContain("");
        }
    }

    @Test
    void emptyPersonEdit_namesBothFields_andKeepsManagerAndDepartment() {
        JsonNode before = host.as("admin").get("org/people/bob").json();

        HttpResult result = host.as("admin").put("org/people/bob", "{}");

        assertThat(result.errorFields()).containsExactly("manager", "department");
        JsonNode after = host.as("admin").get("org/people/bob").json();
        assertThat(after.path("manager").path("key").asText()).isEqualTo("alice").isEqualTo(before.path("manager").path("key").asText());
        assertThat(after.path("department").asText()).isEqualTo("Engineering");
    }

    @Test
    void emptySettings_namesEveryRule_andKeepsThem() {
        JsonNode before = host.as("admin").get("settings").json();

        HttpResult nothing = host.as("admin").put("settings", "{}");
        HttpResult partial = host.as("admin").put("settings", Map.of("weeklyAllowance", 3));

        assertThat(nothing.errorFields()).containsExactly("weeklyAllowance", "categoryRequired", "leaderboardVisibility");
        assertThat(partial.errorFields()).containsExactly("categoryRequired", "leaderboardVisibility");
        assertThat(host.as("admin").get("settings").json()).isEqualTo(before);
    }

    @Test
    void emptyBodyWhereEveryFieldIsOptional_isAccepted() {
        // Dismissing reports takes an optional note; an empty body is a complete request there.
        assertThat(host.as("carol").post(path("reports"), Map.of("reason", "Looks like spam")).status()).isEqualTo(201);

        HttpResult dismissed = host.as("admin").post("moderation/recognitions/" + recognitionId + "/dismiss", "");

        assertThat(dismissed.status()).as("%s", dismissed).isEqualTo(200);
    }
}
