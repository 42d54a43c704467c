package org.rapport.mentoring.checkin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins, goals and rhythm through the real host and plugin jar: status codes, field errors, XSRF,
 * that nobody but the pair (not the mentee's manager, not an admin) learns a check-in exists, that the
 * three resources sit beside the other {@code mentoring} resources, and the scheduled overdue reminder.
 * Demo org data: bob and carol report to alice. Active pairings are written straight into the host's
 * database (accepting a pairing is another resource's business).
 */
class PairingCheckInRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String NO_CHECK = "X-Atlassian-Token";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** An active pairing that started {@code daysAgo} days ago and is due {@code dueInDays} from now. */
    private long activePairing(String mentor, String mentee, int daysAgo, int dueInDays) throws Exception {
        long now = System.currentTimeMillis();
        try (Connection c = host.database(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO AO_47C15B_MENTORSHIP (MENTOR_KEY, MENTEE_KEY, STATUS, PROPOSED_BY, PROPOSER_KEY, MENTOR_ACCEPTED,"
                        + " MENTEE_ACCEPTED, OPEN_PAIR, CADENCE_DAYS, COUNTS_AS_HELP, CREATED_AT, STARTED_AT, CHECK_IN_COUNT,"
                        + " NEXT_DUE_AT, MENTOR_SLOT) VALUES (?, ?, 'ACTIVE', 'MENTEE', ?, TRUE, TRUE, ?, 14, TRUE, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            long started = now - daysAgo * 86_400_000L;
            insert.setString(1, mentor);
            insert.setString(2, mentee);
            insert.setString(3, mentee);
            insert.setString(4, UUID.randomUUID().toString().replace("-", ""));
            insert.setLong(5, started);
            insert.setLong(6, started);
            insert.setLong(7, now + dueInDays * 86_400_000L);
            // MENTOR_SLOT is NOT NULL and unique (AO makes @Unique columns so); a row made here holds
            // no numbered place of the mentor's capacity.
            insert.setString(8, "test:" + UUID.randomUUID());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<String, Object> checkIn(String date, Object minutes, String notes) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("durationMinutes", minutes);
        body.put("notes", notes);
        body.put("nextSteps", "Pair on the runbook");
        return body;
    }

    @Test
    void thePairLogsListsEditsAndDeletesCheckIns_andEachCountsAsMentoringHelp() throws Exception {
        long id = activePairing("dave", "erin", 20, 1);
        String base = "mentoring/pairings/" + id + "/checkins";

        HttpResult logged = host.as("erin").post(base, checkIn(today.toString(), 45, "Private <b>notes</b>"));
        assertThat(logged.status()).as(logged.abbreviated()).isEqualTo(201);
        assertThat(logged.header("Location").orElseThrow()).endsWith(base + "/" + logged.json().path("id").asLong());
        assertThat(logged.json().path("notes").asText()).isEqualTo("Private <b>notes</b>");
        assertThat(logged.json().path("mine").asBoolean()).isTrue();
        assertThat(logged.json().path("countsAsHelp").asBoolean()).isTrue();
        long checkInId = logged.json().path("id").asLong();

        JsonNode page = host.as("dave").get(base).json();
        assertThat(page.path("items").get(0).path("author").path("username").asText()).isEqualTo("erin");
        assertThat(page.path("items").get(0).path("mine").asBoolean()).isFalse();
        JsonNode ledger = host.as("dave").get("help/ledger").json();
        assertThat(ledger.path("given").asInt()).isEqualTo(1);

        assertThat(host.as("dave").put(base + "/" + checkInId, checkIn(today.toString(), 30, "")).status()).isEqualTo(403);
        HttpResult edited = host.as("erin").put(base + "/" + checkInId, checkIn(today.minusDays(1).toString(), 30, "moved"));
        assertThat(edited.status()).as(edited.abbreviated()).isEqualTo(200);
        assertThat(edited.json().path("date").asText()).isEqualTo(today.minusDays(1).toString());

        assertThat(host.as("erin").send("DELETE", base + "/" + checkInId, null, NO_CHECK, "no-check").status()).isEqualTo(204);
        assertThat(host.as("erin").send("DELETE", base + "/" + checkInId, null, NO_CHECK, "no-check").status()).isEqualTo(404);
        assertThat(host.as("dave").get(base).json().path("items").size()).isZero();
        assertThat(host.as("dave").get("help/ledger").json().path("given").asInt()).isZero();
    }

    @Test
    void nobodyButThePairLearnsACheckInExists_notTheManagerNorAnAdmin() throws Exception {
        long id = activePairing("dave", "bob", 20, 5);
        String base = "mentoring/pairings/" + id + "/checkins";
        long checkInId = host.as("bob").post(base, checkIn(today.toString(), 30, "Worried about my review")).json().path("id").asLong();

        for (String outsider : List.of("alice", "admin", "carol")) {
            assertThat(host.as(outsider).get(base).status()).as(outsider).isEqualTo(404);
            assertThat(host.as(outsider).post(base, checkIn(today.toString(), 30, "")).status()).as(outsider).isEqualTo(404);
            assertThat(host.as(outsider).put(base + "/" + checkInId, checkIn(today.toString(), 30, "")).status()).isEqualTo(404);
            assertThat(host.as(outsider).send("DELETE", base + "/" + checkInId, null, NO_CHECK, "no-check").status()).isEqualTo(404);
            assertThat(host.as(outsider).put("mentoring/pairings/" + id + "/rhythm", Map.of("cadenceDays", 7)).status()).isEqualTo(404);
        }
        assertThat(host.as("alice").get("mentoring/pairings/" + id + "/goals").status()).isEqualTo(404);
        assertThat(host.as("bob").get("mentoring/pairings/999999/checkins").status()).isEqualTo(404);
    }

    @Test
    void badInputIs400NamingEachField_anonymousIs401_andFormPostsAreRefusedAsXsrf() throws Exception {
        long id = activePairing("alice", "erin", 10, 5);
        String base = "mentoring/pairings/" + id + "/checkins";

        HttpResult bad = host.as("erin").post(base, checkIn("yesterday", 481, "x".repeat(5001)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("date", "durationMinutes", "notes");
        assertThat(host.as("erin").post(base, checkIn(today.plusDays(1).toString(), 30, "")).errorFields()).containsExactly("date");
        assertThat(host.as("erin").post(base, checkIn(today.minusDays(11).toString(), 30, "")).errorFields()).containsExactly("date");
        assertThat(host.as("erin").post(base, Map.of("durationMinutes", "long")).status()).isEqualTo(400);
        assertThat(host.as("erin").get(base + "?limit=x").errorFields()).containsExactly("limit");
        assertThat(host.as("erin").get(base + "?cursor=nonsense").errorFields()).containsExactly("cursor");
        assertThat(host.as("erin").post(base, null, NO_CHECK, "no-check").errorFields()).contains("date", "durationMinutes");
        assertThat(host.anonymous().get(base).status()).isEqualTo(401);
        HttpResult form = host.as("erin").post(base, "date=2026-01-01", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(403);
        assertThat(host.as("erin").send("DELETE", base + "/1", null).status()).isEqualTo(403);
    }

    @Test
    void goals_pairChangesThem_coordinatorsReadThem_atMostTwenty() throws Exception {
        long id = activePairing("dave", "carol", 10, 5);
        String base = "mentoring/pairings/" + id + "/goals";

        HttpResult added = host.as("carol").post(base, Map.of("title", "Lead a design review", "targetDate", "2027-03-01", "progress", 10));
        assertThat(added.status()).as(added.abbreviated()).isEqualTo(201);
        long goalId = added.json().path("id").asLong();
        HttpResult done = host.as("dave").put(base + "/" + goalId, Map.of("title", "Lead a design review", "progress", 50, "done", true));
        assertThat(done.json().path("progress").asInt()).isEqualTo(100);
        assertThat(host.as("admin").get(base).json().path("items").get(0).path("done").asBoolean()).isTrue();
        assertThat(host.as("admin").post(base, Map.of("title", "Coordinator's idea")).status()).isEqualTo(403);
        assertThat(host.as("alice").get(base).status()).isEqualTo(404);
        assertThat(host.as("carol").post(base, Map.of("title", "", "progress", 101)).errorFields()).containsExactly("title", "progress");
        for (int i = 1; i < 20; i++) {
            assertThat(host.as("carol").post(base, Map.of("title", "Goal " + i)).status()).isEqualTo(201);
        }
        assertThat(host.as("carol").post(base, Map.of("title", "One too many")).status()).isEqualTo(409);
        assertThat(host.as("dave").send("DELETE", base + "/" + goalId, null, NO_CHECK, "no-check").status()).isEqualTo(204);
    }

    @Test
    void rhythm_eitherSideChangesIt_andTheDueTimeFollows() throws Exception {
        long id = activePairing("alice", "carol", 10, 5);
        String path = "mentoring/pairings/" + id + "/rhythm";

        HttpResult changed = host.as("carol").put(path, Map.of("cadenceDays", 7, "countsAsHelp", false));
        assertThat(changed.status()).as(changed.abbreviated()).isEqualTo(200);
        assertThat(changed.json().path("cadenceDays").asInt()).isEqualTo(7);
        assertThat(changed.json().path("countsAsHelp").asBoolean()).isFalse();
        assertThat(changed.json().path("nextDueAt").asText()).isNotEmpty();
        assertThat(host.as("alice").put(path, Map.of("cadenceDays", 0)).errorFields()).containsExactly("cadenceDays");
        HttpResult unCounted = host.as("alice").post("mentoring/pairings/" + id + "/checkins", checkIn(today.toString(), 30, ""));
        assertThat(unCounted.json().path("countsAsHelp").asBoolean()).isFalse();
    }

    @Test
    void theseResourcesLiveBesideTheOtherMentoringResources() throws Exception {
        long id = activePairing("dave", "alice", 3, 5);
        assertThat(host.as("dave").get("mentoring/pairings/" + id + "/checkins").status()).isEqualTo(200);
        assertThat(host.as("dave").get("mentoring/pairings/" + id + "/goals").status()).isEqualTo(200);
        assertThat(host.as("erin").get("mentoring/profile/mentor").status()).isIn(200, 404);
        assertThat(host.as("erin").get("mentoring/profile/mentor").status()).isNotEqualTo(405);
    }

    @Test
    void theScheduledJobRemindsBothSidesOncePerLapse() throws Exception {
        long id = activePairing("erin", "dave", 30, -2);

        assertThat(host.runJob("org.rapport.mentoring.OverdueReminderJob")).isTrue();
        assertThat(host.runJob("org.rapport.mentoring.OverdueReminderJob")).isTrue();

        for (String person : List.of("erin", "dave")) {
            List<JsonNode> overdue = overdueNotifications(person, id);
            assertThat(overdue).as(person).hasSize(1);
        }
        assertThat(overdueNotifications("erin", id).get(0).path("actor").path("username").asText()).isEqualTo("dave");
    }

    private static List<JsonNode> overdueNotifications(String person, long pairingId) {
        JsonNode items = host.as(person).get("notifications?limit=50").json().path("items");
        List<JsonNode> found = new java.util.ArrayList<>();
        items.forEach(n -> {
            if ("CHECK_IN_OVERDUE".equals(n.path("kind").asText()) && n.path("pairingId").asLong() == pairingId) {
                found.add(n);
            }
        });
        return found;
    }
}
