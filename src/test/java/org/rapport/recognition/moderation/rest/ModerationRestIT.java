package org.rapport.recognition.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * Moderation and privacy erasure over HTTP on the real host: status codes, field errors, access
 * rules and XSRF. Carol gives, Bob reports, Alice receives; Erin is erased, so no other test uses her.
 */
class ModerationRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static long teamwork() {
        for (JsonNode category : host.as("carol").get("categories").json()) {
            if (category.path("name").asText().equals("Teamwork")) {
                return category.path("id").asLong();
            }
        }
        throw new AssertionError("no Teamwork category");
    }

    private static long give(String giver, String to) {
        HttpResult given = host.as(giver).post("recognitions", aRecognition(teamwork()).to(to).build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        return given.json().path("id").asLong();
    }

    private static RestClient admin() {
        return host.as("admin");
    }

    /** The ids of a page's items: recognitions, or the recognitions of queue entries. */
    private static List<Long> ids(HttpResult page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : page.json().path("items")) {
            ids.add(item.has("recognition") ? item.path("recognition").path("id").asLong() : item.path("id").asLong());
        }
        return ids;
    }

    private static Map<String, String> reason(String text) {
        return Map.of("reason", text);
    }

    @Test
    void report_statusCodes() {
        long id = give("carol", "alice");

        assertThat(host.anonymous().post("recognitions/" + id + "/reports", reason("x")).status()).isEqualTo(401);
        HttpResult created = host.as("bob").post("recognitions/" + id + "/reports", reason("Not appropriate"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("state").asText()).isEqualTo("OPEN");
        assertThat(created.json().path("reason").asText()).isEqualTo("Not appropriate");

        assertThat(host.as("bob").post("recognitions/" + id + "/reports", reason("Again")).status()).as("one open report").isEqualTo(409);
        assertThat(host.as("carol").post("recognitions/" + id + "/reports", reason("Mine")).status()).as("the giver").isEqualTo(403);
        assertThat(host.as("alice").post("recognitions/999999999/reports", reason("x")).status()).isEqualTo(404);

        HttpResult secret = host.as("carol").post("recognitions", aRecognition(teamwork()).to("alice").privately().build());
        assertThat(host.as("bob").post("recognitions/" + secret.json().path("id").asLong() + "/reports", reason("x")).status())
                .as("invisible to Bob").isEqualTo(404);

        for (Object bad : new Object[]{reason(""), reason("x".repeat(501)), Map.of(), "{\"reason\":null}", "{\"reason\":\"a\\u0000b\"}"}) {
            HttpResult result = host.as("alice").post("recognitions/" + id + "/reports", bad);
            assertThat(result.status()).as("%s -> %s", bad, result).isEqualTo(400);
            assertThat(result.errorFields()).as("%s", bad).containsExactly("reason");
        }
        assertThat(host.as("alice").post("recognitions/" + id + "/reports", "{not json").status()).isEqualTo(400);
    }

    @Test
    void hideAndRestore_adminsOnly_andHiddenIs404ForOthers() {
        long id = give("carol", "alice");
        String hide = "moderation/recognitions/" + id + "/hide";

        assertThat(host.anonymous().post(hide, reason("x")).status()).isEqualTo(401);
        assertThat(host.as("bob").post(hide, reason("x")).status()).isEqualTo(403);
        HttpResult noReason = admin().post(hide, reason(" "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(admin().post("moderation/recognitions/999999999/hide", reason("x")).status()).isEqualTo(404);

        HttpResult hidden = admin().post(hide, reason("Shares a customer's name"));
        assertThat(hidden.status()).as("%s", hidden).isEqualTo(200);
        assertThat(hidden.json().path("hiddenBy").path("username").asText()).isEqualTo("admin");
        assertThat(hidden.json().path("reason").asText()).isEqualTo("Shares a customer's name");
        assertThat(admin().post(hide, reason("again")).status()).isEqualTo(409);

        for (String user : List.of("alice", "bob", "carol")) {
            assertThat(host.as(user).get("recognitions/" + id).status()).as(user).isEqualTo(404);
            assertThat(host.as(user).get("recognitions/" + id + "/comments").status()).as(user).isEqualTo(404);
            assertThat(host.as(user).post("recognitions/" + id + "/comments", Map.of("text", "hi")).status()).as(user).isEqualTo(404);
            assertThat(host.as(user).post("recognitions/" + id + "/reactions/heart", "{}").status()).as(user).isEqualTo(404);
            assertThat(host.as(user).post("recognitions/" + id + "/reports", reason("x")).status()).as(user).isEqualTo(404);
            assertThat(ids(host.as(user).get("recognitions?limit=50"))).as(user).doesNotContain(id);
            assertThat(ids(host.as(user).get("recognitions?receivedBy=alice&limit=50"))).as(user).doesNotContain(id);
        }
        HttpResult asAdmin = admin().get("recognitions/" + id);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().path("hidden").asBoolean()).isTrue();
        assertThat(admin().get("moderation/recognitions/" + id + "/hiding").json().path("reason").asText()).isEqualTo("Shares a customer's name");
        assertThat(admin().get("moderation/hidden").body()).contains("Shares a customer's name");

        String restore = "moderation/recognitions/" + id + "/restore";
        assertThat(host.as("bob").post(restore, "{}").status()).isEqualTo(403);
        assertThat(admin().post(restore, "{}").status()).isEqualTo(200);
        assertThat(admin().post(restore, "{}").status()).isEqualTo(409);
        assertThat(host.as("bob").get("recognitions/" + id).status()).isEqualTo(200);
        assertThat(admin().get("moderation/recognitions/" + id + "/hiding").status()).isEqualTo(404);
    }

    @Test
    void queue_groupsOpenReports_andDismissResolvesThem() {
        long id = give("carol", "alice");
        host.as("bob").post("recognitions/" + id + "/reports", reason("First"));
        host.as("alice").post("recognitions/" + id + "/reports", reason("Second"));

        assertThat(host.anonymous().get("moderation/queue").status()).isEqualTo(401);
        assertThat(host.as("bob").get("moderation/queue").status()).isEqualTo(403);
        HttpResult queue = admin().get("moderation/queue?limit=50");
        assertThat(queue.status()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode candidate : queue.json().path("items")) {
            if (candidate.path("recognition").path("id").asLong() == id) {
                item = candidate;
            }
        }
        assertThat(item).as("%s", queue).isNotNull();
        assertThat(item.path("openReports").asInt()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        item.path("reports").forEach(r -> reasons.add(r.path("reason").asText()));
        assertThat(reasons).containsExactlyInAnyOrder("First", "Second");

        assertThat(host.as("bob").post("moderation/recognitions/" + id + "/dismiss", "{}").status()).isEqualTo(403);
        HttpResult dismissed = admin().post("moderation/recognitions/" + id + "/dismiss", "{}");
        assertThat(dismissed.status()).as("%s", dismissed).isEqualTo(200);
        assertThat(dismissed.json().path("resolved").asInt()).isEqualTo(2);
        assertThat(admin().post("moderation/recognitions/" + id + "/dismiss", "{}").status()).as("nothing open").isEqualTo(409);
        assertThat(ids(admin().get("moderation/queue?limit=50"))).doesNotContain(id);

        for (String query : new String[]{"limit=0", "limit=51", "limit=x", "cursor=nonsense"}) {
            HttpResult bad = admin().get("moderation/queue?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.errorFields()).as(query).containsExactly(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void erase_adminsOnly_validated_andAnswersWithCounts() {
        give("erin", "dave");
        give("dave", "erin");

        assertThat(host.anonymous().post("privacy/erase", Map.of("user", "erin", "mode", "DELETE")).status()).isEqualTo(401);
        assertThat(host.as("bob").post("privacy/erase", Map.of("user", "erin", "mode", "DELETE")).status()).isEqualTo(403);
        HttpResult badMode = admin().post("privacy/erase", Map.of("user", "erin", "mode", "SHRED"));
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.errorFields()).containsExactly("mode");
        HttpResult noUser = admin().post("privacy/erase", Map.of("mode", "DELETE"));
        assertThat(noUser.status()).isEqualTo(400);
        assertThat(noUser.errorFields()).containsExactly("user");

        HttpResult erased = admin().post("privacy/erase", Map.of("user", "erin", "mode", "ANONYMISE"));
        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        assertThat(erased.json().path("recognitionsAnonymised").asInt()).isEqualTo(1);
        assertThat(erased.json().path("recipientEntriesAnonymised").asInt()).isEqualTo(1);
        assertThat(host.as("dave").get("recognitions?givenBy=erin").json().path("items")).isEmpty();
        assertThat(admin().post("privacy/erase", Map.of("user", "erin", "mode", "DELETE")).json().path("recognitionsDeleted").asInt())
                .as("already anonymised: nothing of hers is left").isZero();
    }

    @Test
    void statechanges_withoutJsonOrToken_areRefusedAsXsrf() {
        long id = give("carol", "alice");
        for (String path : List.of("recognitions/" + id + "/reports", "moderation/recognitions/" + id + "/hide",
                "moderation/recognitions/" + id + "/restore", "moderation/recognitions/" + id + "/dismiss", "privacy/erase")) {
            RestClient caller = path.startsWith("recognitions") ? host.as("bob") : admin();
            HttpResult form = caller.post(path, "reason=x&user=erin&mode=DELETE", "Content-Type", "application/x-www-form-urlencoded");
            assertThat(form.status()).as("form post to %s: %s", path, form).isEqualTo(403);
            assertThat(form.json().path("errors").get(0).path("message").asText()).contains("XSRF");
            assertThat(caller.send("POST", path, null).status()).as("bodyless post to %s", path).isEqualTo(403);
        }
        assertThat(admin().get("recognitions/" + id).json().path("hidden").asBoolean()).isFalse();
        assertThat(ids(admin().get("moderation/queue?limit=50"))).doesNotContain(id);
    }
}
