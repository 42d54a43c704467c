package org.rapport.org.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.SettingsBody;
import org.rapport.testing.WebSession;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * Org data over REST on the real host with the real jar: the demo's org data, import (dry run,
 * all-or-nothing), XSRF on CSV bodies, reading and editing one person, who may do what; and the
 * two features built on it: the "my team" feed and the leaderboard setting.
 */
class OrgRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String CSV = "text/csv";
    private static final String NO_CHECK = "no-check";

    private static HttpResult postCsv(String user, String query, String csv, String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", CSV));
        headers.addAll(List.of(moreHeaders));
        return host.as(user).post("org/import" + query, csv.getBytes(StandardCharsets.UTF_8), headers.toArray(String[]::new));
    }

    private static JsonNode person(String userKey) {
        HttpResult result = host.as("admin").get("org/people/" + userKey);
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        return result.json();
    }

    private static String feedPage(String user) {
        HttpResult page = page(user, "/plugins/servlet/rapport/feed");
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.body();
    }

    private static HttpResult page(String user, String path) {
        WebSession session = host.newSession();
        session.signIn(user, user, path);
        return session.get(path);
    }

    @Test
    void adminPages_renderForAdmins_andAre403ForOthers() {
        HttpResult org = page("admin", "/plugins/servlet/rapport/admin/org");
        HttpResult settings = page("admin", "/plugins/servlet/rapport/admin/settings");

        assertThat(org.status()).as("%s", org).isEqualTo(200);
        assertThat(org.body()).contains("id=\"rapport-org-csv\"", "id=\"rapport-org-person-form\"");
        assertThat(settings.status()).as("%s", settings).isEqualTo(200);
        assertThat(settings.body()).contains("value=\"MANAGERS\"", "Only managers (and admins) see them");
        assertThat(page("alice", "/plugins/servlet/rapport/admin/org").status()).isEqualTo(403);
    }

    @Test
    void demoHost_hasOrgData_aliceManagesBobAndCarol() {
        JsonNode bob = person("bob");

        assertThat(bob.path("manager").path("username").asText()).isEqualTo("alice");
        assertThat(bob.path("department").asText()).isEqualTo("Engineering");
        assertThat(person("carol").path("manager").path("username").asText()).isEqualTo("alice");
        assertThat(person("alice").path("manager").isNull()).isTrue();
    }

    @Test
    void dryRun_answersAPreviewWithRowErrors_andWritesNothing() {
        HttpResult result = postCsv("admin", "?dryRun=true", "username,manager,department\nbob,alice,Sales\nghost,alice,Sales\n",
                "X-Atlassian-Token", NO_CHECK);

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        JsonNode plan = result.json();
        assertThat(plan.path("dryRun").asBoolean()).isTrue();
        assertThat(plan.path("valid").asBoolean()).isFalse();
        assertThat(plan.path("changed").asInt()).isEqualTo(1);
        assertThat(plan.path("errors").get(0).path("field").asText()).isEqualTo("rows[3].username");
        assertThat(plan.path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(plan.path("errors").get(0).path("message").asText()).contains("ghost");
        assertThat(person("bob").path("department").asText()).as("nothing written").isEqualTo("Engineering");
    }

    @Test
    void commit_withABadRow_is400ByRowField_andWritesNothing() {
        HttpResult result = host.as("admin").post("org/import?dryRun=false",
                Map.of("csv", "dave,,Marketing\nerin,erin,Sales\n"));

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("rows[2].manager");
        assertThat(person("dave").path("department").asText()).isEqualTo("Sales");
    }

    @Test
    void commit_ofAGoodFile_importsIt_andAnswersTheCounts() {
        HttpResult result = postCsv("admin", "?dryRun=false", "erin,dave,Sales & Support\n", "X-Atlassian-Token", NO_CHECK);

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("valid").asBoolean()).isTrue();
        assertThat(result.json().path("changed").asInt()).isEqualTo(1);
        assertThat(person("erin").path("department").asText()).isEqualTo("Sales & Support");
    }

    @Test
    void csvBody_withoutTheXsrfHeader_isRefused403() {
        HttpResult csv = postCsv("admin", "?dryRun=true", "bob,alice,Engineering\n");
        HttpResult plain = host.as("admin").post("org/import?dryRun=true", "bob,alice,Engineering\n".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/plain");
        HttpResult withHeader = postCsv("admin", "?dryRun=true", "bob,alice,Engineering\n", "X-Atlassian-Token", NO_CHECK);

        assertThat(csv.status()).as("%s", csv).isEqualTo(403);
        assertThat(plain.status()).as("%s", plain).isEqualTo(403);
        assertThat(withHeader.status()).as("%s", withHeader).isEqualTo(200);
    }

    @Test
    void import_isForAdminsOnly() {
        assertThat(postCsv("alice", "?dryRun=true", "bob,alice,x\n", "X-Atlassian-Token", NO_CHECK).status()).isEqualTo(403);
        assertThat(host.as("alice").post("org/import?dryRun=true", Map.of("csv", "bob,alice,x\n")).status()).isEqualTo(403);
        assertThat(host.anonymous().post("org/import?dryRun=true", Map.of("csv", "bob,alice,x\n")).status()).isEqualTo(401);
    }

    @Test
    void import_badInput_is400OnItsField() {
        HttpResult dryRun = host.as("admin").post("org/import?dryRun=maybe", Map.of("csv", "bob,alice,x\n"));
        HttpResult empty = host.as("admin").post("org/import?dryRun=true", Map.of("csv", ""));
        HttpResult tooBig = postCsv("admin", "?dryRun=true", "x".repeat(1024 * 1024 + 1), "X-Atlassian-Token", NO_CHECK);
        HttpResult notUtf8 = host.as("admin").post("org/import?dryRun=true", new byte[]{'b', 'o', 'b', (byte) 0xC3, ',', ',', '\n'},
                "Content-Type", CSV, "X-Atlassian-Token", NO_CHECK);
        HttpResult unknownField = host.as("admin").post("org/import?dryRun=true", Map.of("csv", "", "extra", 1));

        assertThat(dryRun.errorFields()).containsExactly("dryRun");
        assertThat(empty.errorFields()).containsExactly("csv");
        assertThat(tooBig.errorFields()).containsExactly("csv");
        assertThat(notUtf8.errorFields()).containsExactly("csv");
        assertThat(unknownField.status()).isEqualTo(400);
        for (HttpResult r : List.of(dryRun, empty, tooBig, notUtf8)) {
            assertThat(r.status()).as("%s", r).isEqualTo(400);
        }
    }

    @Test
    void person_readableBySignedInUsers_404ForUnknown_401ForStrangers() {
        assertThat(host.as("bob").get("org/people/carol").json().path("department").asText()).isEqualTo("Design");
        assertThat(host.as("bob").get("org/people?username=carol").json().path("person").path("key").asText()).isEqualTo("carol");
        assertThat(host.as("bob").get("org/people/nobody").status()).isEqualTo(404);
        assertThat(host.anonymous().get("org/people/carol").status()).isEqualTo(401);
    }

    @Test
    void edit_byAdmin_changesOnePerson_othersAreRefused() {
        HttpResult refused = host.as("bob").put("org/people/admin", Map.of("manager", "", "department", "Ops"));
        HttpResult loop = host.as("admin").put("org/people/alice", Map.of("manager", "bob", "department", "Engineering"));
        HttpResult tooLong = host.as("admin").put("org/people/admin", Map.of("manager", "", "department", "x".repeat(101)));
        HttpResult unknown = host.as("admin").put("org/people/nobody", Map.of("manager", "", "department", ""));
        HttpResult saved = host.as("admin").put("org/people/admin", Map.of("manager", "", "department", "Ops"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.errorFields()).containsExactly("manager");
        assertThat(tooLong.errorFields()).containsExactly("department");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.json().path("department").asText()).isEqualTo("Ops");
        assertThat(person("alice").path("manager").isNull()).as("the refused loop left alice alone").isTrue();
    }

    @Test
    void teamFeed_showsWhatAlicesReportsGaveAndReceived_andIsEmptyForBob() {
        long category = host.as("admin").get("categories").json().get(0).path("id").asLong();
        HttpResult given = host.as("dave").post("recognitions", aRecognition(category).to("carol").build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        long id = given.json().path("id").asLong();

        HttpResult alices = host.as("alice").get("recognitions?team=mine");
        HttpResult bobs = host.as("bob").get("recognitions?team=mine");
        HttpResult mixed = host.as("alice").get("recognitions?team=mine&givenBy=bob");
        HttpResult other = host.as("alice").get("recognitions?team=everyone");

        assertThat(alices.status()).as("%s", alices).isEqualTo(200);
        assertThat(alices.json().path("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
        assertThat(bobs.json().path("items")).isEmpty();
        assertThat(mixed.errorFields()).containsExactly("team");
        assertThat(other.errorFields()).containsExactly("team");
    }

    @Test
    void leaderboardSetting_decidesWhoGets403() {
        try {
            assertThat(host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("leaderboardVisibility", "MANAGERS").build()).json()
                    .path("leaderboardVisibility").asText()).isEqualTo("MANAGERS");
            assertThat(host.as("alice").get("leaderboards").status()).as("manager").isEqualTo(200);
            assertThat(host.as("bob").get("leaderboards").status()).as("member").isEqualTo(403);

            assertThat(feedPage("alice")).as("manager's feed page").contains("id=\"rapport-leaderboard\"");
            assertThat(feedPage("bob")).as("member's feed page").doesNotContain("id=\"rapport-leaderboard\"");

            host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("leaderboardVisibility", "NOBODY").build());
            assertThat(host.as("alice").get("leaderboards").status()).as("manager").isEqualTo(403);
            assertThat(host.as("admin").get("leaderboards").status()).as("admin").isEqualTo(200);
            assertThat(host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("leaderboardVisibility", "SOME").build()).errorFields())
                    .containsExactly("leaderboardVisibility");
        } finally {
            host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("leaderboardVisibility", "EVERYONE").build());
        }
        assertThat(host.as("bob").get("leaderboards").status()).isEqualTo(200);
    }
}
