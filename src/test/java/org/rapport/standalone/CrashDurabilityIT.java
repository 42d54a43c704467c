package org.rapport.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.recognition.Recount;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.DatabaseSettings;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.testing.HostProcess;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the host runs as its own process on the embedded
 * database, four colleagues give recognitions as fast as it answers, the process is killed
 * ({@code SIGKILL}: no shutdown hook, no close) while they write, and a host restarted on the same
 * data directory still has every recognition it answered 201 to, with every counter equal to a
 * recount. Before WRITE_DELAY=0, H2 wrote commits to its file up to a second late, and the last
 * of them were lost.
 */
class CrashDurabilityIT {
    private static final List<String> GIVERS = List.of("alice", "bob", "carol", "dave");
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);
    private static Path pluginJar;

    @TempDir
    Path data;
    private Process process;

    @BeforeAll
    static void jar() {
        String path = System.getProperty("rapport.plugin.jar");
        assertThat(path).as("system property rapport.plugin.jar (set by the Failsafe configuration)").isNotNull();
        pluginJar = Path.of(path);
    }

    @AfterEach
    void killLeftover() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void kill9_underLoad_keepsEveryAcknowledgedRecognition_andCountersEqualARecount() throws Exception {
        // The test JVM's class path (Failsafe's: the host's classes and libraries of this product line) holds the host.
        HostProcess host = HostProcess.start(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), pluginJar, data, "host.log");
        process = host.process();
        String baseUrl = host.baseUrl();

        long category = firstCategory(RestClient.of(baseUrl, "alice", "alice"));
        HttpResult settings = RestClient.of(baseUrl, "admin", "admin").put("settings",
                Map.of("weeklyAllowance", 0, "categoryRequired", true, "leaderboardVisibility", "EVERYONE"));
        assertThat(settings.status()).as("no allowance, so nobody runs out: %s", settings).isEqualTo(200);

        Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < GIVERS.size(); i++) {
            String giver = GIVERS.get(i);
            String recipient = GIVERS.get((i + 1) % GIVERS.size());
            RestClient client = RestClient.of(baseUrl, giver, giver);
            Thread thread = new Thread(() -> {
                int n = 0;
                while (writing.get()) {
                    try {
                        HttpResult given = client.post("recognitions", Map.of("recipients", List.of(recipient),
                                "categoryId", category, "message", giver + " thanks " + recipient + " #" + n++));
                        if (given.status() == 201) {
                            acknowledged.add(given.json().path("id").asLong());
                        }
                    } catch (RuntimeException connectionLost) {
                        // Unanswered (the host died mid-request): not acknowledged, so it may be lost.
                    }
                }
            }, "giver-" + giver);
            thread.start();
            clients.add(thread);
        }
        Instant until = Instant.now().plus(LOAD_BEFORE_KILL);
        while (Instant.now().isBefore(until) || acknowledged.size() < 8) {
            Thread.sleep(50);
            assertThat(Instant.now()).as("the host answers gives at all").isBefore(until.plusSeconds(30));
        }
        process.destroyForcibly(); // SIGKILL on Linux
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        writing.set(false);
        for (Thread client : clients) {
            client.join(40_000);
        }
        List<Long> acknowledgedBeforeKill = List.copyOf(acknowledged);

        try (RapportHost restarted = RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar), quiet())) {
            RestClient alice = RestClient.of(restarted.baseUrl(), "admin", "admin");
            List<Long> missing = acknowledgedBeforeKill.stream()
                    .filter(id -> alice.get("recognitions/" + id).status() != 200).toList();
            assertThat(missing).as("recognitions answered 201 before kill -9 (%d in all) that are gone after restart",
                    acknowledgedBeforeKill.size()).isEmpty();
        }
        try (HostDatabase database = HostDatabase.open(DatabaseSettings.embedded(data), "org.rapport")) {
            HostActiveObjects ao = new HostActiveObjects(database.entityManager());
            assertThat(Recount.actual(ao)).as("counters after the crash").isEqualTo(Recount.expected(ao));
        }
    }

    private static long firstCategory(RestClient client) {
        HttpResult categories = client.get("categories");
        assertThat(categories.status()).isEqualTo(200);
        JsonNode json = categories.json();
        JsonNode first = json.isArray() ? json.get(0) : json.path("items").get(0);
        return first.path("id").asLong();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
