package org.rapport.standalone.auth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.standalone.users.Passwords;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.WebSession;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over real HTTP: where the browser goes afterwards, sessions that end when they should,
 * throttled guessing, avatars that do not tell who exists, and personal access tokens.
 */
class SignInIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String COOKIE = "RAPPORT_SESSION";
    private static final Pattern CREATED_TOKEN = Pattern.compile("id=\"created-token\">([^<]+)<");
    private static final HttpClient RAW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A user of this class's own, so that being throttled disturbs no other test. */
    @BeforeAll
    static void throttledUser() throws Exception {
        try (Connection c = host.database(); PreparedStatement ps = c.prepareStatement("INSERT INTO RAPPORT_HOST_USER "
                + "(USER_KEY, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH, MANAGER_KEY, IS_ADMIN, IS_ACTIVE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, "throttled");
            ps.setString(2, "throttled");
            ps.setString(3, "Throttled Person");
            ps.setString(4, "throttled@example.com");
            ps.setString(5, Passwords.hash("throttled"));
            ps.setString(6, null);
            ps.setBoolean(7, false);
            ps.setBoolean(8, true);
            ps.executeUpdate();
        }
    }

    private static WebSession signedIn(String username, String password) {
        WebSession session = host.newSession();
        HttpResult result = session.signIn(username, password, "/");
        assertThat(result.status()).as("sign-in of %s: %s", username, result).isEqualTo(302);
        return session;
    }

    /** A REST call with nothing but the given session cookie, as an attacker holding a copy would send it. */
    private static int withCookie(String cookie) {
        return host.anonymous().get("notifications", "Cookie", COOKIE + "=" + cookie).status();
    }

    private static HttpResult post(WebSession session, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("atl_token", WebSession.atlToken(session.get("/secure/account")));
        return session.postForm(path, form);
    }

    // ---- os_destination ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5C%2Fevil.example", "%2F%2Fevil.example",
            "%2F%252F%252Fevil.example", "https%3A%2F%2Fevil.example", "%2F..%2F..%2Fx", "%2F%2e%2e%2F%2e%2e%2Fx"})
    void signIn_withHostileDestination_landsOnThisHostsHome(String encoded) throws Exception {
        WebSession session = host.newSession();
        HttpResult login = session.get("/login.jsp?os_destination=" + encoded);
        assertThat(login.status()).as("the login page itself: %s", login).isEqualTo(200);

        HttpResult result = session.signIn("alice", "alice", java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8));

        assertThat(result.status()).as("%s", result).isEqualTo(302);
        URI target = session.redirectTarget(result);
        assertThat(target.getHost()).isEqualTo(URI.create(host.baseUrl()).getHost());
        assertThat(target.getPort()).isEqualTo(URI.create(host.baseUrl()).getPort());
        assertThat(target.getPath()).isEqualTo("/");
        // Follow it as a browser does: it is this host's page, signed in.
        HttpResponse<String> followed = RAW.send(HttpRequest.newBuilder(target)
                .header("Cookie", COOKIE + "=" + session.cookie(COOKIE).orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("id=\"host-user-link\"");
    }

    @Test
    void signIn_withADestinationOnThisHost_goesThere() {
        WebSession session = host.newSession();

        HttpResult result = session.signIn("alice", "alice", "/plugins/servlet/rapport/feed?filter=mine");

        assertThat(session.redirectTarget(result)).isEqualTo(URI.create(host.baseUrl() + "/plugins/servlet/rapport/feed?filter=mine"));
    }

    // ---- sessions end ---------------------------------------------------------------------------------------------

    @Test
    void logout_endsTheSession_evenForACopiedCookie() {
        WebSession session = signedIn("bob", "bob");
        String copied = session.cookie(COOKIE).orElseThrow();
        assertThat(withCookie(copied)).isEqualTo(200);

        HttpResult logout = session.postForm("/logout", Map.of("atl_token", WebSession.atlToken(session.get("/"))));

        assertThat(logout.status()).isEqualTo(302);
        assertThat(withCookie(copied)).isEqualTo(401);
    }

    @Test
    void signingInAgainInTheSameBrowser_replacesItsSession() {
        WebSession session = signedIn("bob", "bob");
        String first = session.cookie(COOKIE).orElseThrow();

        session.signIn("bob", "bob", "/");

        assertThat(session.cookie(COOKIE)).isPresent().isNotEqualTo(java.util.Optional.of(first));
        assertThat(withCookie(first)).isEqualTo(401);
        assertThat(withCookie(session.cookie(COOKIE).orElseThrow())).isEqualTo(200);
    }

    @Test
    void aWrongToken_isAnsweredAsABearerChallenge() {
        HttpResult result = host.anonymous().get("notifications", "Authorization", "Bearer rpat_nothing");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(result.errorFields()).containsExactly("");
    }

    @Test
    void passwordChange_endsTheOtherSessions_andTheOldPasswordForBasic() {
        WebSession elsewhere = signedIn("carol", "carol");
        String copied = elsewhere.cookie(COOKIE).orElseThrow();
        WebSession here = signedIn("carol", "carol");
        assertThat(host.as("carol", "carol").get("notifications").status()).isEqualTo(200);

        HttpResult changed = post(here, "/secure/account/password", Map.of(
                "current_password", "carol", "new_password", "carol-new-password", "confirm_password", "carol-new-password"));

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.body()).contains("id=\"account-notice\"");
        assertThat(withCookie(copied)).as("the other session").isEqualTo(401);
        assertThat(here.get("/secure/account").status()).as("the session that changed it").isEqualTo(200);
        assertThat(host.as("carol", "carol").get("notifications").status()).as("old password, remembered a moment ago").isEqualTo(401);
        assertThat(host.as("carol", "carol-new-password").get("notifications").status()).isEqualTo(200);
    }

    @Test
    void passwordChange_needsTheCurrentPassword_aLongEnoughOne_andTheToken() {
        WebSession dave = signedIn("dave", "dave");

        HttpResult wrongCurrent = post(dave, "/secure/account/password", Map.of(
                "current_password", "not-dave", "new_password", "long-enough-1", "confirm_password", "long-enough-1"));
        HttpResult tooShort = post(dave, "/secure/account/password", Map.of(
                "current_password", "dave", "new_password", "short", "confirm_password", "short"));
        HttpResult noToken = dave.postForm("/secure/account/password", Map.of(
                "current_password", "dave", "new_password", "long-enough-1", "confirm_password", "long-enough-1"));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(host.as("dave", "dave").get("notifications").status()).as("unchanged").isEqualTo(200);
    }

    @Test
    void adminsSignOutEverywhere_endsEverySessionOfThatUser() {
        WebSession first = signedIn("erin", "erin");
        WebSession second = signedIn("erin", "erin");
        String copied = first.cookie(COOKIE).orElseThrow();
        WebSession admin = signedIn("admin", "admin");

        HttpResult byErin = post(second, "/secure/account/sessions/end", Map.of("name", "alice"));
        HttpResult result = post(admin, "/secure/account/sessions/end", Map.of("name", "erin"));

        assertThat(byErin.status()).as("only admins sign others out").isEqualTo(403);
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.body()).contains("erin was signed out everywhere (2 session(s) ended)");
        assertThat(withCookie(copied)).isEqualTo(401);
        assertThat(second.get("/secure/account").status()).isEqualTo(302);
        assertThat(admin.get("/secure/account").status()).as("the admin stays signed in").isEqualTo(200);
    }

    @Test
    void signOutEverywhere_forOneself_endsThisSessionToo() {
        WebSession first = signedIn("alice", "alice");
        WebSession second = signedIn("alice", "alice");
        String copied = first.cookie(COOKIE).orElseThrow();

        HttpResult result = post(second, "/secure/account/sessions/end", Map.of());

        assertThat(result.status()).isEqualTo(302);
        assertThat(withCookie(copied)).isEqualTo(401);
        assertThat(second.get("/secure/account").status()).isEqualTo(302);
    }

    // ---- throttling -----------------------------------------------------------------------------------------------

    @Test
    void guessing_isThrottled_forRealAndUnknownNamesAlike_andTheRightPasswordWaitsToo() {
        List<Integer> real = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            real.add(host.newSession().signIn("throttled", "guess-" + i, "/").status());
            unknown.add(host.newSession().signIn("no-such-person", "guess-" + i, "/").status());
        }

        assertThat(real).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(unknown).isEqualTo(real);
        HttpResult form = host.newSession().signIn("throttled", "throttled", "/");
        assertThat(form.status()).as("the right password").isEqualTo(429);
        assertThat(form.header("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(form.body()).contains("id=\"login-error\"", "Too many failed sign-ins");
        HttpResult basic = host.as("throttled", "throttled").get("notifications");
        assertThat(basic.status()).isEqualTo(429);
        assertThat(basic.header("Retry-After")).isPresent();
        assertThat(basic.json().path("errors").get(0).path("message").asText()).startsWith("Too many failed sign-ins");
    }

    // ---- avatars --------------------------------------------------------------------------------------------------

    @Test
    void avatars_forStrangers_areTheSameForEveryName() {
        HttpResult real = host.anonymous().get("/avatar/alice.svg");
        HttpResult unknown = host.anonymous().get("/avatar/no-such-person.svg");

        assertThat(real.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(real.status());
        assertThat(unknown.body()).isEqualTo(real.body());
        assertThat(unknown.header("Content-Type")).isEqualTo(real.header("Content-Type"));
        assertThat(host.as("bob").get("/avatar/alice.svg").body()).as("colleagues see initials").contains(">AA</text>");
        assertThat(host.as("bob").get("/avatar/no-such-person.svg").status()).isEqualTo(200);
    }

    // ---- personal access tokens -----------------------------------------------------------------------------------

    @Test
    void aPersonalAccessToken_worksAsBearer_isStoredHashed_andStopsWhenRevoked() throws Exception {
        WebSession bob = signedIn("bob", "bob");
        HttpResult created = post(bob, "/secure/account/tokens", Map.of("name", "ci-token", "expiry_days", "30"));
        Matcher m = CREATED_TOKEN.matcher(created.body());
        assertThat(m.find()).as("the token is shown once: %s", created.abbreviated()).isTrue();
        String token = m.group(1);

        HttpResult asBob = host.anonymous().get("notifications", "Authorization", "Bearer " + token);
        assertThat(asBob.status()).as("%s", asBob).isEqualTo(200);
        assertThat(host.anonymous().get("notifications", "Authorization", "Bearer " + token + "x").status()).isEqualTo(401);
        assertThat(host.anonymous().get("notifications", "Authorization", "Bearer rpat_wrong").status()).isEqualTo(401);
        HttpResult page = bob.get("/secure/account");
        assertThat(page.body()).contains("ci-token").doesNotContain(token);
        assertThat(storedCells()).doesNotContain(token).contains(sha256(token));

        String id = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(page.body()).results().findFirst().orElseThrow().group(1);
        assertThat(post(bob, "/secure/account/tokens/revoke", Map.of("id", id)).status()).isEqualTo(200);
        assertThat(host.anonymous().get("notifications", "Authorization", "Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void theAccountPage_isForSignedInBrowsersOnly() {
        assertThat(host.newSession().get("/secure/account").status()).isEqualTo(302);
        assertThat(host.as("bob").get("/secure/account").status()).as("Basic cannot make tokens").isEqualTo(302);
    }

    private static List<String> storedCells() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = host.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM RAPPORT_HOST_ACCESS_TOKEN")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
            }
        }
        return cells;
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
