package org.rapport.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.WebSession;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host as {@code ./rapport run} starts it: data survives a restart on the embedded database
 * and on PostgreSQL, and {@code --no-demo} creates only an admin with a generated password.
 */
class StandaloneHostIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path pluginJar;

    @TempDir
    Path data;

    @BeforeAll
    static void jar() {
        String path = System.getProperty("rapport.plugin.jar");
        assertThat(path).as("system property rapport.plugin.jar (set by the Failsafe configuration)").isNotNull();
        pluginJar = Path.of(path);
        assertThat(pluginJar).as("the built plugin jar").exists();
    }

    @Test
    void embeddedDatabase_keepsCategoriesAndUsersAcrossRestart() throws Exception {
        HostOptions options = new HostOptions(0, data, null, null, null, true, pluginJar);
        try (RapportHost host = RapportHost.start(options, quiet())) {
            assertThat(createCategory(host, "admin", "admin", "Mentoring spirit")).isEqualTo(201);
        }
        ByteArrayOutputStream secondStart = new ByteArrayOutputStream();
        try (RapportHost host = RapportHost.start(options, new PrintStream(secondStart, true, StandardCharsets.UTF_8))) {
            assertThat(get(host, "alice", "alice", "/rest/rapport/1.0/categories").body()).contains("Mentoring spirit");
        }
        assertThat(secondStart.toString(StandardCharsets.UTF_8)).as("demo users are created only once").doesNotContain("Demo users");
    }

    @Test
    void postgres_keepsCategoriesAcrossRestart() throws Exception {
        String database = "rapport_host_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = createPostgresDatabase(database);
        String user = System.getProperty("rapport.test.pg.user", "postgres");
        String password = System.getProperty("rapport.test.pg.password", "");
        HostOptions options = new HostOptions(0, data, url, user, password, true, pluginJar);
        try (RapportHost host = RapportHost.start(options, quiet())) {
            assertThat(get(host, "alice", "alice", "/rest/rapport/1.0/categories").body())
                    .as("default categories seeded on PostgreSQL").contains("Teamwork");
            assertThat(createCategory(host, "admin", "admin", "Ünïcode & <friends>")).isEqualTo(201);
        }
        try (RapportHost host = RapportHost.start(options, quiet())) {
            assertThat(get(host, "bob", "bob", "/rest/rapport/1.0/categories").body()).contains("Ünïcode & <friends>");
        }
    }

    @Test
    void noDemo_createsOnlyAdminWithPrintedPassword() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HostOptions options = new HostOptions(0, data, null, null, null, false, pluginJar);
        try (RapportHost host = RapportHost.start(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            Matcher printed = Pattern.compile("password: (\\S+)").matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(printed.find()).as("the admin password is printed").isTrue();
            assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("admin");

            if (HostProduct.RUNNING.acceptsBasic(false)) {
                assertThat(get(host, "admin", printed.group(1), "/rest/rapport/1.0/categories?all=true").statusCode()).isEqualTo(200);
                assertThat(get(host, "admin", "admin", "/rest/rapport/1.0/categories").statusCode()).isEqualTo(401);
                assertThat(get(host, "alice", "alice", "/rest/rapport/1.0/categories").statusCode()).isEqualTo(401);
            } else {
                // Jira 11 outside demo mode: Basic is off (ProductLineIT), so sign in with the form.
                assertThat(get(host, "admin", printed.group(1), "/rest/rapport/1.0/categories").statusCode()).isEqualTo(403);
                assertThat(WebSession.of(host.baseUrl()).signIn("admin", printed.group(1), "/").status())
                        .as("the printed password signs admin in").isEqualTo(302);
                assertThat(WebSession.of(host.baseUrl()).signIn("admin", "admin", "/").status()).isNotEqualTo(302);
                assertThat(WebSession.of(host.baseUrl()).signIn("alice", "alice", "/").status()).isNotEqualTo(302);
            }
        }
    }

    private static String createPostgresDatabase(String name) throws Exception {
        String url = System.getProperty("rapport.test.pg.url");
        assertThat(url).as("PostgreSQL is required: run ./rapport test, or pass -Drapport.test.pg.url=jdbc:postgresql://HOST:PORT/DB"
                + " -Drapport.test.pg.user=U -Drapport.test.pg.password=P").isNotBlank();
        try (Connection c = DriverManager.getConnection(url, System.getProperty("rapport.test.pg.user", "postgres"),
                System.getProperty("rapport.test.pg.password", ""));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
        }
        return url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static int createCategory(RapportHost host, String user, String password, String name) throws Exception {
        String body = "{\"name\":\"" + name.replace("\"", "\\\"") + "\",\"description\":\"\",\"icon\":\"star\",\"colour\":\"teal\",\"kind\":\"VALUE\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/rest/rapport/1.0/categories"))
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static HttpResponse<String> get(RapportHost host, String user, String password, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user, password))
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
