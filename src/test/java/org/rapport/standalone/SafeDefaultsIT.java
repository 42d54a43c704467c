package org.rapport.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.standalone.users.Passwords;
import org.rapport.testing.RestClient;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host is safe by default: it listens on 127.0.0.1 only; asked to listen on every interface, it
 * refuses while the demo users still have their names as passwords (unless told
 * {@code --demo-insecure}); and a clean start prints the banner and no warnings.
 */
class SafeDefaultsIT {
    private static Path pluginJar;

    @TempDir
    Path data;

    @BeforeAll
    static void jar() {
        pluginJar = Path.of(System.getProperty("rapport.plugin.jar"));
    }

    @Test
    void byDefault_listensOnLoopbackOnly() throws Exception {
        try (RapportHost host = RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar), quiet())) {
            assertThat(host.listeningOn()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void everyInterface_withDemoPasswords_refusesToStart() {
        HostOptions open = new HostOptions(0, data, null, null, null, true, pluginJar, "0.0.0.0", false);

        assertThatThrownBy(() -> RapportHost.start(open, quiet()))
                .isInstanceOf(HostRefusedToStart.class)
                .hasMessageContaining("admin").hasMessageContaining("alice")
                .hasMessageContaining("--demo-insecure");
    }

    @Test
    void everyInterface_withDemoInsecure_starts() throws Exception {
        HostOptions open = new HostOptions(0, data, null, null, null, true, pluginJar, "0.0.0.0", true);

        try (RapportHost host = RapportHost.start(open, quiet())) {
            assertThat(host.listeningOn()).isEqualTo("0.0.0.0");
            assertThat(RestClient.of(host.baseUrl(), "alice", "alice").get("categories").status()).isEqualTo(200);
        }
    }

    @Test
    void everyInterface_afterEveryDemoPasswordChanged_starts() throws Exception {
        RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar), quiet()).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("rapport"), "sa", "");
             PreparedStatement ps = c.prepareStatement("UPDATE RAPPORT_HOST_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?")) {
            for (String user : List.of("admin", "alice", "bob", "carol", "dave", "erin")) {
                ps.setString(1, Passwords.hash("long secret of " + user));
                ps.setString(2, user);
                ps.executeUpdate();
            }
        }
        HostOptions open = new HostOptions(0, data, null, null, null, true, pluginJar, "0.0.0.0", false);

        try (RapportHost host = RapportHost.start(open, quiet())) {
            assertThat(host.listeningOn()).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void everyInterface_withOneDemoPasswordLeft_refusesNamingIt() throws Exception {
        RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar), quiet()).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("rapport"), "sa", "");
             PreparedStatement ps = c.prepareStatement("UPDATE RAPPORT_HOST_USER SET PASSWORD_HASH = ? WHERE USERNAME <> 'erin'")) {
            ps.setString(1, Passwords.hash("changed"));
            ps.executeUpdate();
        }

        assertThatThrownBy(() -> RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar, "0.0.0.0", false), quiet()))
                .isInstanceOf(HostRefusedToStart.class).hasMessageContaining("[erin]");
    }

    /**
     * Jersey logs through java.util.logging, the host's own libraries through slf4j-simple to
     * standard error: a first start and its first REST calls print neither a warning nor Jetty's
     * INFO lines. Before, Jersey warned once per REST resource ("does not implement any provider
     * interfaces ... will be ignored") and Jetty printed its version.
     */
    @Test
    void cleanStart_printsTheBannerAndNoWarnings() throws Exception {
        List<LogRecord> warnings = new ArrayList<>();
        Logger jersey = Logger.getLogger("org.glassfish");
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jersey.addHandler(recorder);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (RapportHost host = RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            RestClient alice = RestClient.of(host.baseUrl(), "alice", "alice");
            assertThat(alice.get("categories").status()).isEqualTo(200);
            assertThat(alice.get("recognitions").status()).isEqualTo(200);
        } finally {
            System.setErr(originalErr);
            jersey.removeHandler(recorder);
        }

        assertThat(warnings).extracting(LogRecord::getMessage).as("Jersey warnings").isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error of a clean start")
                .doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("INFO org.eclipse.jetty").doesNotContain("jetty-12");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Demo users:");
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
