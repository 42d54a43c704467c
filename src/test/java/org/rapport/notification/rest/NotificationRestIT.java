package org.rapport.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/** The notifications REST API: only your own inbox, and every bad request a clear 4xx. */
class NotificationRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static long teamwork() {
        for (JsonNode category : host.as("erin").get("categories").json()) {
            if (category.path("name").asText().equals("Teamwork")) {
                return category.path("id").asLong();
            }
        }
        throw new AssertionError("no Teamwork category");
    }

    @Test
    void recipientIsNotified_andMarksItRead_othersCannot() {
        HttpResult given = host.as("carol").post("recognitions", aRecognition(teamwork()).to("dave").build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);

        HttpResult inbox = host.as("dave").get("notifications");
        assertThat(inbox.status()).isEqualTo(200);
        JsonNode newest = inbox.json().path("items").get(0);
        assertThat(newest.path("recognitionId").asLong()).isEqualTo(given.json().path("id").asLong());
        assertThat(newest.path("actor").path("username").asText()).isEqualTo("carol");
        assertThat(inbox.json().path("unread").asInt()).isPositive();

        long id = newest.path("id").asLong();
        assertThat(host.as("erin").post("notifications/" + id + "/read", "{}").status()).as("someone else's").isEqualTo(404);
        assertThat(host.as("dave").post("notifications/" + id + "/read", "{}").status()).isEqualTo(204);
        assertThat(host.as("dave").post("notifications/read-all", "{}").status()).isEqualTo(204);
        assertThat(host.as("dave").get("notifications/unread").json().path("count").asInt()).isZero();
    }

    @Test
    void unauthenticated_is401_andBadParameters_are400_neverA500() {
        assertThat(host.anonymous().get("notifications").status()).isEqualTo(401);
        assertThat(host.anonymous().get("notifications/unread").status()).isEqualTo(401);
        for (String query : new String[]{"limit=0", "limit=51", "limit=abc", "limit=99999999999", "before=-1", "before=x"}) {
            HttpResult result = host.as("erin").get("notifications?" + query);
            assertThat(result.status()).as(query).isEqualTo(400);
        }
        assertThat(host.as("erin").post("notifications/99999999999/read", "{}").status()).isEqualTo(404);
    }

    @Test
    void stateChanges_withoutJsonOrToken_areRefusedAsXsrf() {
        HttpResult result = host.as("erin").send("POST", "notifications/read-all", null);

        assertThat(result.status()).isEqualTo(403);
    }
}
