package org.rapport.mentoring.pairing.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /rest/rapport/1.0/mentoring/pairings} on the real host with the real plugin jar: the life
 * of a pairing, status codes, what a manager sees of a report's pairing (no message, reason or
 * feedback), 404 for a stranger, XSRF. Demo org data: alice manages bob and carol; admin coordinates.
 */
class PairingRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static Map<String, Object> mentorProfile(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("skills", List.of("kubernetes"));
        body.put("capacity", capacity);
        body.put("paused", false);
        body.put("bio", "");
        body.put("timeZone", "UTC");
        return body;
    }

    private static Map<String, Object> request(String mentor, String mentee, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("mentor", mentor);
        body.put("mentee", mentee);
        body.put("message", message);
        return body;
    }

    @Test
    void lifecycle_fromRequestToFeedback_withStatusCodesAndWhatEachPersonSees() {
        assertThat(host.as("dave").put("mentoring/profile/mentor", mentorProfile(2)).status()).isEqualTo(200);

        HttpResult created = host.as("bob").post("mentoring/pairings", request("dave", "bob", "Teach me <b>Kubernetes</b>"));
        assertThat(created.status()).as(created.abbreviated()).isEqualTo(201);
        JsonNode pairing = created.json();
        long id = pairing.path("id").asLong();
        assertThat(created.header("Location").orElse("")).endsWith("mentoring/pairings/" + id);
        assertThat(pairing.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(pairing.path("proposedBy").asText()).isEqualTo("MENTEE");
        assertThat(pairing.path("mentor").path("key").asText()).isEqualTo("dave");
        assertThat(pairing.path("mentor").path("name").asText()).isEqualTo("Dave Diaz");
        assertThat(pairing.path("message").asText()).isEqualTo("Teach me <b>Kubernetes</b>");
        assertThat(texts(pairing.path("actions"))).containsExactly("withdraw");
        assertThat(host.as("bob").post("mentoring/pairings", request("dave", "bob", "")).status()).isEqualTo(409);

        JsonNode inbox = host.as("dave").get("notifications").json().path("items");
        assertThat(inbox.get(0).path("kind").asText()).isEqualTo("MENTORSHIP_PROPOSED");
        assertThat(inbox.get(0).path("pairingId").asLong()).isEqualTo(id);

        assertThat(host.as("carol").get("mentoring/pairings/" + id).status()).as("a stranger").isEqualTo(404);
        assertThat(host.as("carol").post("mentoring/pairings/" + id + "/accept", Map.of()).status()).isEqualTo(404);
        assertThat(host.as("alice").post("mentoring/pairings/" + id + "/accept", Map.of()).status()).as("bob's manager").isEqualTo(403);
        assertThat(host.as("bob").post("mentoring/pairings/" + id + "/accept", Map.of()).status()).isEqualTo(409);
        assertThat(host.as("dave").send("POST", "mentoring/pairings/" + id + "/accept", null).status()).as("no JSON, no XSRF header")
                .isEqualTo(403);

        HttpResult accepted = host.as("dave").post("mentoring/pairings/" + id + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.abbreviated()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(accepted.json().path("health").asText()).isEqualTo("ON_TRACK");
        assertThat(texts(accepted.json().path("actions"))).containsExactly("end");

        HttpResult noReason = host.as("dave").post("mentoring/pairings/" + id + "/end", Map.of("outcome", "FINISHED", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactlyInAnyOrder("outcome", "reason");
        HttpResult ended = host.as("dave").post("mentoring/pairings/" + id + "/end", Map.of("outcome", "COMPLETED", "reason", "Goals met"));
        assertThat(ended.status()).as(ended.abbreviated()).isEqualTo(200);
        assertThat(ended.json().path("status").asText()).isEqualTo("COMPLETED");

        HttpResult badRating = host.as("bob").post("mentoring/pairings/" + id + "/feedback", Map.of("rating", 9));
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.errorFields()).containsExactly("rating");
        assertThat(host.as("bob").post("mentoring/pairings/" + id + "/feedback", Map.of("rating", 5, "comment", "Private praise")).status())
                .isEqualTo(200);
        assertThat(host.as("bob").post("mentoring/pairings/" + id + "/feedback", Map.of("rating", 4)).status()).isEqualTo(409);

        JsonNode own = host.as("bob").get("mentoring/pairings/" + id).json();
        assertThat(own.path("feedback").get(0).path("comment").asText()).isEqualTo("Private praise");
        assertThat(own.path("endReason").asText()).isEqualTo("Goals met");

        HttpResult managers = host.as("alice").get("mentoring/pairings/" + id);
        assertThat(managers.status()).isEqualTo(200);
        assertThat(managers.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(managers.json().path("feedback").isNull()).isTrue();
        assertThat(managers.json().path("message").isNull()).isTrue();
        assertThat(managers.json().path("endReason").isNull()).isTrue();
        assertThat(managers.body()).doesNotContain("Private praise").doesNotContain("Goals met").doesNotContain("Kubernetes");
        HttpResult managersList = host.as("alice").get("mentoring/pairings");
        assertThat(managersList.status()).isEqualTo(200);
        assertThat(managersList.body()).contains("\"id\":" + id).doesNotContain("Private praise").doesNotContain("Goals met");
        assertThat(host.as("carol").get("mentoring/pairings").json().path("items")).isEmpty();
        assertThat(host.as("admin").get("mentoring/pairings/" + id).json().path("feedback").get(0).path("rating").asInt()).isEqualTo(5);
    }

    @Test
    void badRequests_are400NamingTheField_401WhenSignedOut() {
        HttpResult chain = host.as("bob").post("mentoring/pairings", request("alice", "bob", ""));
        assertThat(chain.status()).isEqualTo(400);
        assertThat(chain.errorFields()).containsExactly("mentor");

        HttpResult bad = host.as("bob").post("mentoring/pairings", Map.of("mentor", "bob", "mentee", "bob", "message", "x".repeat(501), "cadenceDays", 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("mentee", "message", "cadenceDays");
        assertThat(host.as("bob").post("mentoring/pairings", request("nobody-here", "bob", "")).errorFields()).containsExactly("mentor");
        assertThat(host.as("bob").post("mentoring/pairings", request("erin", "carol", "")).status()).as("for other people").isEqualTo(403);
        assertThat(host.as("bob").get("mentoring/pairings?limit=51").errorFields()).containsExactly("limit");
        assertThat(host.as("bob").get("mentoring/pairings?status=SLEEPING").errorFields()).containsExactly("status");
        assertThat(host.as("bob").get("mentoring/pairings/999999").status()).isEqualTo(404);
        assertThat(host.anonymous().get("mentoring/pairings").status()).isEqualTo(401);
        assertThat(host.anonymous().post("mentoring/pairings", request("dave", "bob", "")).status()).isEqualTo(401);
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
