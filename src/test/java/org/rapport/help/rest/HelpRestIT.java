package org.rapport.help.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /rest/rapport/1.0/help} on a running host, over HTTP, as PRODUCT.md's conventions say:
 * status codes, field errors for every field, XSRF, visibility of details, admin-only kinds and
 * merges, and payloads returned as data. Demo users' keys equal their user names.
 */
class HelpRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String NO_CHECK = "X-Atlassian-Token";

    private static Map<String, Object> body(String helper, String helped) {
        Map<String, Object> body = new HashMap<>();
        body.put("helper", helper);
        body.put("helped", helped);
        body.put("summary", "Helped " + UUID.randomUUID());
        body.put("kind", "unblocked-me");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    @Test
    void helpedPersonLogs_confirmedAtOnce_201_withLocation() {
        HttpResult result = host.as("bob").post("help", with(body("carol", "bob"), "skills", List.of("Code Review")));

        assertThat(result.status()).as(result.abbreviated()).isEqualTo(201);
        assertThat(result.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("help/" + result.json().path("id").asLong()));
        assertThat(result.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(result.json().path("skills").get(0).asText()).isEqualTo("code-review");
        assertThat(result.json().path("helper").path("username").asText()).isEqualTo("carol");
        assertThat(result.json().path("recogniseUrl").asText()).contains("/plugins/servlet/rapport/recognise?to=carol&message=");
    }

    @Test
    void helperLogs_pending_helpedConfirms_othersCannot() {
        long id = host.as("carol").post("help", body("carol", "dave")).json().path("id").asLong();
        int before = host.as("erin").get("help/ledger?person=carol").json().path("given").asInt();

        assertThat(host.as("erin").post("help/" + id + "/confirm", Map.of()).status()).as("invisible to strangers").isEqualTo(404);
        assertThat(host.as("carol").post("help/" + id + "/confirm", Map.of()).status()).isEqualTo(403);
        HttpResult confirmed = host.as("dave").post("help/" + id + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.abbreviated()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(host.as("dave").post("help/" + id + "/confirm", Map.of()).status()).isEqualTo(409);
        assertThat(host.as("erin").get("help/ledger?person=carol").json().path("given").asInt()).isEqualTo(before + 1);
    }

    @Test
    void declineAndWithdraw_andDeleteRules() {
        long declined = host.as("alice").post("help", body("alice", "erin")).json().path("id").asLong();
        assertThat(host.as("erin").post("help/" + declined + "/decline", Map.of()).json().path("status").asText()).isEqualTo("DECLINED");

        long pending = host.as("alice").post("help", body("alice", "erin")).json().path("id").asLong();
        assertThat(host.as("erin").send("DELETE", "help/" + pending, null, NO_CHECK, "no-check").status()).isEqualTo(403);
        assertThat(host.as("alice").send("DELETE", "help/" + pending, null, NO_CHECK, "no-check").status()).isEqualTo(204);
        assertThat(host.as("alice").get("help/" + pending).status()).isEqualTo(404);
    }

    @Test
    void details_areShownOnlyToTheTwoAndAdmins() {
        long id = host.as("bob").post("help", with(body("alice", "bob"), "details", "Secret context")).json().path("id").asLong();

        assertThat(host.as("alice").get("help/" + id).json().path("details").asText()).isEqualTo("Secret context");
        assertThat(host.as("admin").get("help/" + id).json().path("details").asText()).isEqualTo("Secret context");
        JsonNode seenByErin = host.as("erin").get("help/" + id).json();
        assertThat(seenByErin.path("details").isNull()).as(seenByErin.toString()).isTrue();
        assertThat(seenByErin.path("summary").asText()).startsWith("Helped ");
    }

    @Test
    void privacyErasure_anonymisesTheHelpLedger_andAnswersHelpCounts() {
        // The erased person is the admin (erasure removes data, not rights); no other help test counts the admin's help.
        long confirmed = host.as("carol").post("help", with(body("admin", "carol"), "details", "Carol's notes")).json().path("id").asLong();
        long pending = host.as("admin").post("help", with(body("admin", "dave"), "details", "Admin's notes")).json().path("id").asLong();
        int carolReceived = host.as("carol").get("help/ledger?person=carol").json().path("received").asInt();

        HttpResult erased = host.as("admin").post("privacy/erase", Map.of("user", "admin", "mode", "ANONYMISE"));

        assertThat(erased.status()).as(erased.abbreviated()).isEqualTo(200);
        assertThat(erased.json().path("helpEntriesAnonymised").asInt()).isEqualTo(2);
        assertThat(erased.json().path("helpDetailsRemoved").asInt()).as("only what the admin wrote").isEqualTo(1);
        assertThat(erased.json().path("helpEntriesDeleted").asInt()).isZero();
        HttpResult kept = host.as("carol").get("help/" + confirmed);
        assertThat(kept.status()).as(kept.abbreviated()).isEqualTo(200);
        assertThat(kept.json().path("details").asText()).isEqualTo("Carol's notes");
        assertThat(kept.json().toString()).doesNotContain("\"admin\"");
        assertThat(host.as("dave").get("help/" + pending).json().path("details").isNull()
                || host.as("dave").get("help/" + pending).json().path("details").asText().isEmpty()).isTrue();
        assertThat(host.as("carol").get("help/ledger?person=carol").json().path("received").asInt()).isEqualTo(carolReceived);
        assertThat(host.as("carol").get("help/ledger?person=admin").json().path("given").asInt()).isZero();

        HttpResult again = host.as("admin").post("privacy/erase", Map.of("user", "admin", "mode", "ANONYMISE"));
        assertThat(again.json().path("helpEntriesAnonymised").asInt()).isZero();
        assertThat(again.json().path("helpDetailsRemoved").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "details", "kind", "skills", "link", "minutes", "date", "helper", "helped"})
    void everyFieldIsValidated_400NamingIt(String field) {
        Object bad = switch (field) {
            case "summary" -> "x".repeat(201);
            case "details" -> "y".repeat(2001);
            case "kind" -> "no-such-kind";
            case "skills" -> List.of("a", "b", "c", "d", "e", "f");
            case "link" -> "javascript:alert(document.cookie)";
            case "minutes" -> 1441;
            case "date" -> LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
            case "helper" -> "nobody-here";
            default -> "alice";
        };
        HttpResult result = host.as("bob").post("help", with(body("alice", "bob"), field, bad));

        assertThat(result.status()).as(result.abbreviated()).isEqualTo(400);
        assertThat(result.errorFields()).as(result.abbreviated()).contains(field);
        assertThat(result.errorMessage(field)).isNotBlank();
    }

    @Test
    void helpBetweenOthers_isRefused() {
        HttpResult result = host.as("erin").post("help", body("alice", "bob"));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("helper");
    }

    @Test
    void wrongTypesAndUnknownFields_are400_not500() {
        assertThat(host.as("bob").post("help", with(body("alice", "bob"), "minutes", "lots")).status()).isEqualTo(400);
        assertThat(host.as("bob").post("help", with(body("alice", "bob"), "skills", "java")).status()).isIn(200, 201, 400);
        assertThat(host.as("bob").post("help", with(body("alice", "bob"), "colour", "red")).errorFields()).containsExactly("colour");
        assertThat(host.as("bob").post("help", "{not json").status()).isEqualTo(400);
    }

    @Test
    void payloads_comeBackAsData() {
        String payload = "<img src=x onerror=alert(1)> & \"quotes\" 'single'";
        HttpResult result = host.as("bob").post("help", with(body("alice", "bob"), "summary", payload));

        assertThat(result.json().path("summary").asText()).isEqualTo(payload);
        assertThat(result.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var session = host.newSession();
        session.signIn("bob", "bob", "/plugins/servlet/rapport/help");
        HttpResult page = session.get("/plugins/servlet/rapport/help?link=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"rapport-help-form\"").doesNotContain("<script>alert(1)");
    }

    @Test
    void ledgerPage_linksToOnesOwnLedgerOnlyFromSomebodyElses() {
        var session = host.newSession();
        session.signIn("bob", "bob", "/plugins/servlet/rapport/help");

        HttpResult own = session.get("/plugins/servlet/rapport/help");
        HttpResult carols = session.get("/plugins/servlet/rapport/help?person=carol");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).as("no button pointing at the page itself").doesNotContain("id=\"rapport-help-mine\"");
        assertThat(carols.body()).contains("id=\"rapport-help-mine\"");
    }

    @Test
    void lists_needAPersonAndDirection_andHideOthersPendingHelp() {
        host.as("alice").post("help", body("alice", "carol"));

        assertThat(host.as("bob").get("help?direction=given").errorFields()).containsExactly("person");
        assertThat(host.as("bob").get("help?person=alice&direction=sideways").errorFields()).containsExactly("direction");
        assertThat(host.as("bob").get("help?person=alice&direction=given&limit=51").errorFields()).containsExactly("limit");
        assertThat(host.as("bob").get("help?person=alice&direction=given&cursor=@@").errorFields()).containsExactly("cursor");
        assertThat(host.as("bob").get("help?person=carol&direction=received&status=pending").status()).isEqualTo(403);
        HttpResult own = host.as("carol").get("help?person=carol&direction=received&status=pending");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("items").size()).isPositive();
    }

    @Test
    void anonymous_is401_andFormPosts_areRefusedAsXsrf() {
        assertThat(host.anonymous().get("help/ledger").status()).isEqualTo(401);
        HttpResult form = host.as("bob").post("help", "helper=alice&helped=bob", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(403);
        HttpResult bodyless = host.as("bob").send("POST", "help/1/confirm", null);
        assertThat(bodyless.status()).isEqualTo(403);
    }

    @Test
    void kindsAndMerges_areForAdmins() {
        assertThat(host.as("bob").get("help/kinds").json().size()).isGreaterThanOrEqualTo(6);
        assertThat(host.as("bob").post("help/kinds", Map.of("label", "Cheered me up")).status()).isEqualTo(403);
        assertThat(host.as("bob").post("help/skills/merge", Map.of("from", "k8s", "into", "kubernetes")).status()).isEqualTo(403);
        assertThat(host.as("admin").post("help/kinds", Map.of("label", "")).errorFields()).containsExactly("label");

        String label = "Cheered me up " + UUID.randomUUID().toString().substring(0, 8);
        HttpResult created = host.as("admin").post("help/kinds", Map.of("label", label));
        assertThat(created.status()).as(created.abbreviated()).isEqualTo(201);
        String code = created.json().path("code").asText();
        assertThat(host.as("admin").post("help/kinds", Map.of("label", label)).status()).isEqualTo(409);
        assertThat(host.as("admin").put("help/kinds/" + code, Map.of("label", label, "archived", true)).json().path("archived").asBoolean()).isTrue();
        assertThat(host.as("bob").post("help", with(body("alice", "bob"), "kind", code)).errorFields()).containsExactly("kind");

        host.as("bob").post("help", with(body("alice", "bob"), "skills", List.of("k8s")));
        HttpResult merged = host.as("admin").post("help/skills/merge", Map.of("from", "K8s", "into", "Kubernetes"));
        assertThat(merged.status()).as(merged.abbreviated()).isEqualTo(200);
        assertThat(host.as("bob").post("help", with(body("alice", "bob"), "skills", List.of("k8s"))).json().path("skills").get(0).asText())
                .isEqualTo("kubernetes");
        assertThat(host.as("bob").get("skills?query=k8").json().get(0).asText()).isEqualTo("kubernetes");
    }

    @Test
    void german_messagesForGermanCallers() {
        HttpResult result = host.as("bob").post("help", with(body("alice", "bob"), "minutes", 0), "Accept-Language", "de");

        assertThat(result.errorMessage("minutes")).isNotBlank().doesNotContain("Use a whole");
        JsonNode kinds = host.as("bob").get("help/kinds", "Accept-Language", "de").json();
        assertThat(kinds.get(0).path("code").asText()).isEqualTo("unblocked-me");
        assertThat(kinds.get(0).path("label").asText()).as("seeded kinds in the caller's language").isEqualTo("Hat mich entblockt");
    }

}
