package org.rapport.mentoring.programme.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.WebSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My team", the programme and the mentoring settings on the real host with the real plugin jar.
 * Demo data: alice manages bob and carol, dave manages erin; erin is in the coordinator group.
 */
class ProgrammeRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static Map<String, Object> mentor(String skill) {
        Map<String, Object> body = new HashMap<>();
        body.put("skills", List.of(skill));
        body.put("capacity", 2);
        body.put("paused", false);
        body.put("bio", "");
        body.put("timeZone", "UTC");
        return body;
    }

    private static Map<String, Object> mentee(String skill) {
        Map<String, Object> body = new HashMap<>();
        body.put("goals", "PRIVATE goals text");
        body.put("skills", List.of(skill));
        body.put("preferOtherDepartment", false);
        body.put("preferOverlappingTimezone", false);
        body.put("timeZone", "UTC");
        return body;
    }

    @Test
    void coordinatorMatchesBob_aliceSeesItInHerTeamWithoutPrivateFields() {
        assertThat(host.as("dave").put("mentoring/profile/mentor", mentor("terraform")).status()).isEqualTo(200);
        assertThat(host.as("bob").put("mentoring/profile/mentee", mentee("terraform")).status()).isEqualTo(200);

        HttpResult preview = host.as("erin").post("mentoring/programme/match/preview", Map.of());
        assertThat(preview.status()).as(preview.abbreviated()).isEqualTo(200);
        JsonNode pairs = preview.json().path("pairs");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).path("menteeKey").asText()).isEqualTo("bob");
        assertThat(pairs.get(0).path("mentorKey").asText()).isEqualTo("dave");
        assertThat(pairs.get(0).path("reasons").get(0).path("text").asText()).isEqualTo("Shares the skill terraform");
        assertThat(preview.json().path("fairness").path("matchedShare").asDouble()).isEqualTo(1.0);

        Map<String, Object> commit = Map.of("pairs", List.of(Map.of("menteeKey", "bob", "mentorKey", "dave")));
        HttpResult committed = host.as("erin").post("mentoring/programme/match/commit", commit);
        assertThat(committed.status()).as(committed.abbreviated()).isEqualTo(200);
        assertThat(committed.json().path("created")).hasSize(1);
        assertThat(committed.json().path("created").get(0).path("proposedBy").asText()).isEqualTo("COORDINATOR");
        HttpResult again = host.as("admin").post("mentoring/programme/match/commit", commit);
        assertThat(again.json().path("created")).isEmpty();
        assertThat(again.json().path("skipped").get(0).path("reason").asText()).isEqualTo("ALREADY_PAIRED");

        HttpResult team = host.as("alice").get("mentoring/team");
        assertThat(team.status()).as(team.abbreviated()).isEqualTo(200);
        JsonNode item = team.json().path("items").get(0);
        assertThat(item.path("report").path("username").asText()).isEqualTo("bob");
        assertThat(item.path("reportRole").asText()).isEqualTo("MENTEE");
        assertThat(item.path("other").path("username").asText()).isEqualTo("dave");
        assertThat(item.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(item.path("health").asText()).isEqualTo("NOT_STARTED");
        List<String> fields = new ArrayList<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "report", "reportRole", "other", "status", "since",
                "lastCheckIn", "checkIns", "health", "goals");
        assertThat(team.body()).doesNotContain("PRIVATE").doesNotContainIgnoringCase("message")
                .doesNotContainIgnoringCase("notes").doesNotContainIgnoringCase("feedback");
        assertThat(host.as("dave").get("mentoring/team").json().path("items")).isEmpty();

        HttpResult csv = host.as("erin").get("mentoring/programme/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,mentor_username,mentor_name,").contains(",dave,Dave Diaz,Sales,bob,Bob Baker,Engineering,PROPOSED,COORDINATOR,");

        JsonNode health = host.as("admin").get("mentoring/programme/health").json();
        assertThat(health.path("byStatus").path("PROPOSED").asInt()).isEqualTo(1);
        assertThat(host.as("erin").get("mentoring/programme/pairings?status=proposed").json().path("items")).hasSize(1);
    }

    @Test
    void nonCoordinatorsGet403_strangers401_badQueries400() {
        for (String path : List.of("mentoring/programme/health", "mentoring/programme/pairings", "mentoring/programme/export.csv")) {
            assertThat(host.as("bob").get(path).status()).as(path).isEqualTo(403);
            assertThat(host.anonymous().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(host.as("bob").post("mentoring/programme/match/preview", Map.of()).status()).isEqualTo(403);
        assertThat(host.as("bob").post("mentoring/programme/match/commit",
                Map.of("pairs", List.of(Map.of("menteeKey", "bob", "mentorKey", "dave")))).status()).isEqualTo(403);
        assertThat(host.as("bob").get("mentoring/team").status()).isEqualTo(403);
        assertThat(host.as("erin").get("mentoring/programme/pairings?status=sleeping&cursor=x").errorFields())
                .containsExactlyInAnyOrder("status", "cursor");
        assertThat(host.as("erin").post("mentoring/programme/match/commit", Map.of("pairs", List.of())).errorFields())
                .containsExactly("pairs");
        HttpResult form = host.as("erin").post("mentoring/programme/match/preview", "x=1",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(403);
    }

    private static HttpResult page(String user, String path) {
        WebSession session = host.newSession();
        session.signIn(user, user, path);
        return session.get(path);
    }

    @Test
    void pages_renderForTheirAudience_andAre403ForOthers() {
        HttpResult admin = page("admin", "/plugins/servlet/rapport/admin/mentoring");
        assertThat(admin.status()).as("%s", admin).isEqualTo(200);
        assertThat(admin.body()).contains("id=\"rapport-mentoring-admin-form\"", "value=\"rapport-coordinators\"",
                "Mentoring settings");
        assertThat(page("erin", "/plugins/servlet/rapport/admin/mentoring").status()).isEqualTo(403);

        HttpResult programme = page("erin", "/plugins/servlet/rapport/mentoring/programme");
        assertThat(programme.status()).as("%s", programme).isEqualTo(200);
        assertThat(programme.body()).contains("id=\"rapport-match-preview\"", "<option value=\"ACTIVE\">Active</option>",
                "id=\"rapport-programme-link\"");
        assertThat(page("bob", "/plugins/servlet/rapport/mentoring/programme").status()).isEqualTo(403);

        HttpResult team = page("alice", "/plugins/servlet/rapport/mentoring/team");
        assertThat(team.status()).as("%s", team).isEqualTo(200);
        assertThat(team.body()).contains("id=\"rapport-team-table\"", "id=\"rapport-team-link\"")
                .doesNotContain("id=\"rapport-programme-link\"");
        HttpResult notManager = page("bob", "/plugins/servlet/rapport/mentoring/team");
        assertThat(notManager.status()).isEqualTo(403);
        assertThat(notManager.body()).doesNotContain("id=\"rapport-team-link\"");
    }

    @Test
    void settings_adminsOnly_everyBadFieldNamed() {
        assertThat(host.as("erin").get("mentoring/settings").status()).isEqualTo(403);
        JsonNode current = host.as("admin").get("mentoring/settings").json();
        assertThat(current.path("coordinatorGroup").asText()).isEqualTo("rapport-coordinators");
        assertThat(current.path("weights").path("sharedSkill").asInt()).isEqualTo(10);

        Map<String, Object> bad = new HashMap<>();
        bad.put("coordinatorGroup", " ");
        bad.put("defaultCadenceDays", 0);
        bad.put("graceDays", 31);
        bad.put("weights", Map.of("sharedSkill", 101, "helpEvidence", -1, "otherDepartment", 5));
        HttpResult refused = host.as("admin").put("mentoring/settings", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("coordinatorGroup", "defaultCadenceDays", "graceDays",
                "weights.sharedSkill", "weights.helpEvidence", "weights.timezoneOverlap");
        Map<String, Object> zero = new HashMap<>(bad);
        zero.put("coordinatorGroup", "rapport-coordinators");
        zero.put("defaultCadenceDays", 7);
        zero.put("graceDays", 2);
        zero.put("weights", Map.of("sharedSkill", 0, "helpEvidence", 0, "otherDepartment", 0, "timezoneOverlap", 0));
        assertThat(host.as("admin").put("mentoring/settings", zero).errorFields()).containsExactly("weights");

        Map<String, Object> good = new HashMap<>(zero);
        good.put("weights", Map.of("sharedSkill", 12, "helpEvidence", 2, "otherDepartment", 5, "timezoneOverlap", 1));
        assertThat(host.as("erin").put("mentoring/settings", good).status()).isEqualTo(403);
        HttpResult saved = host.as("admin").put("mentoring/settings", good);
        assertThat(saved.status()).as(saved.abbreviated()).isEqualTo(200);
        assertThat(host.as("admin").get("mentoring/settings").json().path("defaultCadenceDays").asInt()).isEqualTo(7);
        assertThat(host.as("admin").get("mentoring/settings").json().path("weights").path("sharedSkill").asInt()).isEqualTo(12);
    }
}
