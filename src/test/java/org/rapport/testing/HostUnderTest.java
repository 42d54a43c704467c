package org.rapport.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rapport.standalone.HostOptions;
import org.rapport.standalone.RapportHost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real standalone host for one test class: a free port, a fresh data directory (embedded H2,
 * demo users, the seeded categories) and the plugin jar Maven built, given by the system property
 * {@value #PLUGIN_JAR_PROPERTY}. Register it on a static field:
 *
 * <pre>{@code @RegisterExtension static final HostUnderTest host = new HostUnderTest();}</pre>
 *
 * Demo users: {@code admin} (administrator), {@code alice}, {@code bob}, {@code carol},
 * {@code dave}, {@code erin}; each password is the user name.
 */
public final class HostUnderTest implements BeforeAllCallback, AfterAllCallback {
    public static final String PLUGIN_JAR_PROPERTY = "rapport.plugin.jar";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private RapportHost host;
    private Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path jar = pluginJar();
        dataDir = Files.createTempDirectory("rapport-it-");
        try {
            host = RapportHost.start(new HostOptions(0, dataDir, null, null, null, true, jar), System.out);
        } catch (Exception | Error e) {
            deleteDataDir();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            host = null;
            deleteDataDir();
        }
    }

    /** {@code http://localhost:PORT}, without a trailing slash. */
    public String baseUrl() {
        if (host == null) {
            throw new IllegalStateException("The host is not running: register HostUnderTest on a static @RegisterExtension field");
        }
        return host.baseUrl();
    }

    /** REST and pages as {@code username}, whose demo password is the user name. */
    public RestClient as(String username) {
        return as(username, username);
    }

    public RestClient as(String username, String password) {
        return new RestClient(http, baseUrl(), username, password);
    }

    /**
     * A JDBC connection to the host's embedded H2 database. The host runs in this JVM, where H2 lets a
     * second connection open the same file; for tests that set up rows no REST call can make yet.
     */
    public java.sql.Connection database() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rapport")
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /**
     * Records every SQL statement the host runs from now until closed: its own (sessions, users,
     * groups) and the plugin's, from whichever thread, since both go through one AO provider.
     */
    public SqlCounter countStatements() {
        return new SqlCounter(host.database().provider());
    }

    /** Runs a job the plugin scheduled at once (the host's scheduler would wait for its interval); false if unknown. */
    public boolean runJob(String jobId) {
        return host.scheduler().runNow(com.atlassian.scheduler.config.JobId.of(jobId));
    }

    /** Calls without any credentials. */
    public RestClient anonymous() {
        return new RestClient(http, baseUrl(), null, null);
    }

    /** A new visitor with an empty cookie jar. */
    public WebSession newSession() {
        return new WebSession(http, baseUrl());
    }

    private static Path pluginJar() {
        String property = System.getProperty(PLUGIN_JAR_PROPERTY);
        if (property == null || property.isBlank()) {
            fail("System property " + PLUGIN_JAR_PROPERTY + " is not set. Run the integration tests through Maven"
                    + " (mvn verify: failsafe sets it to target/rapport-jira10-VERSION.jar or rapport-jira11-VERSION.jar after package).");
        }
        Path jar = Path.of(property);
        if (!Files.isRegularFile(jar)) {
            fail("The plugin jar " + jar.toAbsolutePath() + " (system property " + PLUGIN_JAR_PROPERTY
                    + ") does not exist. Build it first: mvn package.");
        }
        return jar;
    }

    private void deleteDataDir() {
        if (dataDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dataDir, e);
        } finally {
            dataDir = null;
        }
    }
}
