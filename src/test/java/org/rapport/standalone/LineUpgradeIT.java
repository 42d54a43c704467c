package org.rapport.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.HostProcess;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data carries over between the two product lines: the other line's host (its own JVM, its own Java,
 * its own jar, as failsafe names them) writes, is stopped, and this line's host opens the same
 * database and finds every row — same plugin key, same AO namespace, same tables. In the Jira 11 run
 * this is the upgrade an admin makes (Jira 10 with Rapport, then Jira 11 with the Jira 11 jar).
 */
class LineUpgradeIT {
    @TempDir
    Path data;

    private Process process;

    @AfterEach
    void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void recognitionsAndSettingsWrittenByTheOtherLine_areReadByThisLine() throws Exception {
        HostProcess other = HostProcess.start(property("rapport.other.java"), property("rapport.other.host.jar"),
                Path.of(property("rapport.other.plugin.jar")), data, "other.log");
        process = other.process();
        HostProduct otherLine = HostProduct.RUNNING == HostProduct.JIRA10 ? HostProduct.JIRA11 : HostProduct.JIRA10;
        assertThat(other.output()).as("the other process is the other line's host").contains(otherLine.label() + " host");
        String otherUrl = other.baseUrl();
        RestClient aliceThere = RestClient.of(otherUrl, "alice", "alice");
        long category = aliceThere.get("categories").json().get(0).path("id").asLong();
        HttpResult settings = RestClient.of(otherUrl, "admin", "admin").put("settings",
                Map.of("weeklyAllowance", 7, "categoryRequired", true, "leaderboardVisibility", "MANAGERS"));
        assertThat(settings.status()).as("settings on the other line: %s", settings).isEqualTo(200);
        HttpResult given = aliceThere.post("recognitions", Map.of("recipients", List.of("bob"), "categoryId", category,
                "message", "Thanks for the release notes, written before the upgrade"));
        assertThat(given.status()).as("a recognition on the other line: %s", given).isEqualTo(201);
        long id = given.json().path("id").asLong();
        process.destroy(); // SIGTERM: the host's shutdown hook closes it, as a product stops for an upgrade
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the other line's host stops").isTrue();

        try (RapportHost host = RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar()), quiet())) {
            HttpResult read = RestClient.of(host.baseUrl(), "bob", "bob").get("recognitions/" + id);
            assertThat(read.status()).as("the recognition on %s: %s", HostProduct.RUNNING.label(), read).isEqualTo(200);
            assertThat(read.json().path("message").asText()).isEqualTo("Thanks for the release notes, written before the upgrade");
            JsonNode rules = RestClient.of(host.baseUrl(), "admin", "admin").get("settings").json();
            assertThat(rules.path("weeklyAllowance").asInt()).isEqualTo(7);
            assertThat(rules.path("leaderboardVisibility").asText()).isEqualTo("MANAGERS");
            HttpResult again = RestClient.of(host.baseUrl(), "alice", "alice").post("recognitions", Map.of(
                    "recipients", List.of("carol"), "categoryId", category, "message", "And after the upgrade"));
            assertThat(again.status()).as("giving goes on, counted in the same allowance: %s", again).isEqualTo(201);
            assertThat(again.json().path("id").asLong()).isGreaterThan(id);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by failsafe per product line)", name).isNotBlank();
        assertThat(Path.of(value)).as(name).exists();
        return value;
    }

    private static Path pluginJar() {
        return Path.of(System.getProperty("rapport.plugin.jar"));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
