package org.rapport.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;
import org.rapport.testing.WebSession;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The host is the product line failsafe runs it as (the Jira 10 host on javax, the Jira 11 host on
 * jakarta, built from one source tree), behaves like that line where the lines differ (Jira 11 turns
 * HTTP Basic off outside demo mode and takes personal access tokens), and refuses the other line's
 * plugin jar with what to run instead.
 */
class ProductLineIT {
    private static final Pattern CREATED_TOKEN = Pattern.compile("id=\"created-token\">([^<]+)<");

    @TempDir
    Path data;

    @Test
    void theHost_isTheLineThisRunTests_onItsJava() {
        String product = System.getProperty("rapport.product");

        assertThat(HostProduct.RUNNING.id()).as("the host compiled into this run's class path").isEqualTo(product);
        if (HostProduct.RUNNING == HostProduct.JIRA11) {
            assertThat(Runtime.version().feature()).as("Jira 11 runs on Java 21 or later").isGreaterThanOrEqualTo(21);
        }
    }

    @Test
    void withoutDemoMode_basicFollowsTheProduct_andTokensWorkOnBoth() throws Exception {
        // Demo users first, then the same database without demo mode, as an operator's host would run.
        RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar()), quiet()).close();
        try (RapportHost host = RapportHost.start(new HostOptions(0, data, null, null, null, false, pluginJar()), quiet())) {
            HttpResult basic = RestClient.of(host.baseUrl(), "alice", "alice").get("notifications");
            if (HostProduct.RUNNING == HostProduct.JIRA11) {
                assertThat(basic.status()).as("Basic on a Jira 11 host outside demo mode: %s", basic).isEqualTo(403);
                assertThat(basic.body()).contains("Basic Authentication has been disabled on this instance.");
                assertThat(RestClient.of(host.baseUrl(), "alice", "wrong").get("notifications").status())
                        .as("no password is checked (so none can be guessed) while Basic is off").isEqualTo(403);
            } else {
                assertThat(basic.status()).as("Basic on a Jira 10 host: %s", basic).isEqualTo(200);
            }

            WebSession alice = WebSession.of(host.baseUrl());
            assertThat(alice.signIn("alice", "alice", "/").status()).as("the login form works on both lines").isEqualTo(302);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", "ci");
            form.put("expiry_days", "30");
            form.put("atl_token", WebSession.atlToken(alice.get("/secure/account")));
            HttpResult created = alice.postForm("/secure/account/tokens", form);
            Matcher token = CREATED_TOKEN.matcher(created.body());
            assertThat(token.find()).as("a token is created on the account page: %s", created.abbreviated()).isTrue();

            HttpResult bearer = RestClient.of(host.baseUrl(), null, null)
                    .get("notifications", "Authorization", "Bearer " + token.group(1));
            assertThat(bearer.status()).as("a personal access token: %s", bearer).isEqualTo(200);
        }
    }

    @Test
    void inDemoMode_basicWorksOnBothLines() throws Exception {
        try (RapportHost host = RapportHost.start(new HostOptions(0, data, null, null, null, true, pluginJar()), quiet())) {
            assertThat(RestClient.of(host.baseUrl(), "alice", "alice").get("notifications").status()).isEqualTo(200);
        }
    }

    @Test
    void theOtherLinesPluginJar_isRefused_withWhatToRunInstead() {
        Path other = Path.of(System.getProperty("rapport.other.plugin.jar", ""));
        assertThat(other).as("system property rapport.other.plugin.jar (set by failsafe)").isRegularFile();
        HostProduct otherLine = HostProduct.RUNNING == HostProduct.JIRA10 ? HostProduct.JIRA11 : HostProduct.JIRA10;

        assertThatThrownBy(() -> RapportHost.start(new HostOptions(0, data, null, null, null, true, other), quiet()))
                .isInstanceOf(HostRefusedToStart.class)
                .hasMessageContaining(otherLine.label() + " plugin jar")
                .hasMessageContaining("--product " + otherLine.id());
        assertThat(data.resolve("rapport.mv.db")).as("nothing was created for a jar that cannot run").satisfies(
                p -> assertThat(Files.exists(p)).isFalse());
    }

    private static Path pluginJar() {
        return Path.of(System.getProperty("rapport.plugin.jar"));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
