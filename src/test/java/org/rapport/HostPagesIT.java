package org.rapport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.WebSession;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The host's pages and the plugin's pages over plain HTTP: sign-in, redirects, access, the profile panel. */
class HostPagesIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String ADMIN_PAGE = "/plugins/servlet/rapport/admin/categories";
    private static final String SESSION_COOKIE = "RAPPORT_SESSION";

    private static WebSession signedIn(String username) {
        WebSession session = host.newSession();
        HttpResult result = session.signIn(username, username, "/");
        assertThat(result.status()).as("sign-in of %s: %s", username, result).isEqualTo(302);
        assertThat(session.cookie(SESSION_COOKIE)).isPresent();
        return session;
    }

    @Test
    void adminPage_forStranger_redirectsToLoginWithDestination() {
        WebSession stranger = host.newSession();

        HttpResult result = stranger.get(ADMIN_PAGE + "?tab=archived");

        assertThat(result.status()).isEqualTo(302);
        URI target = stranger.redirectTarget(result);
        assertThat(target.getPath()).isEqualTo("/login.jsp");
        assertThat(URLDecoder.decode(target.getRawQuery(), StandardCharsets.UTF_8))
                .isEqualTo("os_destination=" + ADMIN_PAGE + "?tab=archived");
    }

    @Test
    void recognisePage_forStranger_redirectsToLogin() {
        WebSession stranger = host.newSession();

        HttpResult result = stranger.get("/plugins/servlet/rapport/recognise?to=bob");

        assertThat(result.status()).isEqualTo(302);
        assertThat(stranger.redirectTarget(result).getPath()).isEqualTo("/login.jsp");
    }

    @Test
    void signIn_thenTheDestinationIsFollowed_andTheAdminPageOpens() {
        WebSession session = host.newSession();

        HttpResult result = session.signIn("admin", "admin", ADMIN_PAGE);

        assertThat(result.status()).as("%s", result).isEqualTo(302);
        assertThat(session.redirectTarget(result)).isEqualTo(URI.create(host.baseUrl() + ADMIN_PAGE));
        assertThat(result.headers("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(SESSION_COOKIE + "=").contains("HttpOnly").contains("SameSite"));
        HttpResult page = session.get(ADMIN_PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"rapport-category-form\"", "id=\"rapport-category-table\"");
    }

    @Test
    void adminPage_forNonAdmin_isTheForbiddenPage() {
        WebSession alice = signedIn("alice");

        HttpResult result = alice.get(ADMIN_PAGE);

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(result.body())
                .contains("You do not have permission to view this page.")
                .doesNotContain("rapport-category-form");
    }

    @Test
    void signIn_withWrongPassword_staysOnLoginWithAnError_andNoSession() {
        WebSession session = host.newSession();

        HttpResult result = session.signIn("alice", "wrong", "/");

        assertThat(result.status()).as("%s", result).isNotEqualTo(302);
        assertThat(result.header("Location")).isEmpty();
        assertThat(result.body()).contains("id=\"login-error\"", "id=\"login-form\"", "value=\"alice\"");
        assertThat(session.cookie(SESSION_COOKIE)).isEmpty();
        assertThat(session.get(ADMIN_PAGE).status()).as("still a stranger").isEqualTo(302);
    }

    @Test
    void signIn_withoutAtlToken_isRefused() {
        WebSession session = host.newSession();
        session.get("/login.jsp");

        HttpResult result = session.postForm("/login.jsp", Map.of(
                "os_username", "admin", "os_password", "admin", "os_destination", "/"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(session.cookie(SESSION_COOKIE)).isEmpty();
    }

    @Test
    void signIn_withAtlTokenButNoXsrfCookie_isRefused() {
        WebSession page = host.newSession();
        String token = WebSession.atlToken(page.get("/login.jsp"));
        WebSession otherSite = host.newSession();

        HttpResult result = otherSite.postForm("/login.jsp", Map.of(
                "os_username", "admin", "os_password", "admin", "atl_token", token, "os_destination", "/"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(otherSite.cookie(SESSION_COOKIE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/path", "https://evil.example/", "/\\evil.example", "\\\\evil.example"})
    void signIn_withForeignDestination_staysOnThisHost(String destination) {
        WebSession session = host.newSession();

        HttpResult result = session.signIn("alice", "alice", destination);

        assertThat(result.status()).as("%s", result).isEqualTo(302);
        URI target = session.redirectTarget(result);
        URI base = URI.create(host.baseUrl());
        assertThat(target.getHost()).isEqualTo(base.getHost());
        assertThat(target.getPort()).isEqualTo(base.getPort());
        assertThat(target.getPath()).isEqualTo("/");
    }

    @Test
    void loginPage_withForeignDestination_doesNotCarryItIntoTheForm() {
        HttpResult page = host.newSession().get("/login.jsp?os_destination=%2F%2Fevil.example");

        assertThat(page.body()).contains("name=\"os_destination\" value=\"/\"").doesNotContain("evil.example");
    }

    @Test
    void profileOfSomeoneElse_showsPanelWithTheirNameAndARecogniseLink() {
        HttpResult page = signedIn("alice").get("/secure/ViewProfile.jspa?name=bob");

        assertThat(page.status()).isEqualTo(200);
        String panel = panelOf(page);
        assertThat(panel).contains("Bob Baker").contains("id=\"rapport-recognise-action\"")
                .contains("href=\"/plugins/servlet/rapport/recognise?to=bob\"");
    }

    @Test
    void ownProfile_showsPanelWithoutRecogniseLink() {
        HttpResult page = signedIn("alice").get("/secure/ViewProfile.jspa?name=alice");

        assertThat(page.status()).isEqualTo(200);
        String panel = panelOf(page);
        assertThat(panel).contains("Alice Archer").doesNotContain("rapport-recognise-action");
    }

    @Test
    void profile_showsOnePanelPerRoom_byWeight_recognitionHelpMentoring() {
        String body = signedIn("alice").get("/secure/ViewProfile.jspa?name=bob").body();

        int recognition = body.indexOf("id=\"rapport-profile-recognition-panel\"");
        int help = body.indexOf("id=\"rapport-profile-help-panel\"");
        int mentoring = body.indexOf("id=\"rapport-profile-mentoring-panel\"");
        assertThat(recognition).as("recognition panel").isNotNegative();
        assertThat(help).as("help panel after recognition").isGreaterThan(recognition);
        assertThat(mentoring).as("mentoring panel after help").isGreaterThan(help);
        assertThat(body).contains("id=\"rapport-profile-help-given\"", "id=\"rapport-profile-mentoring-link\"")
                .doesNotContain("rapport-profile-unread").doesNotContain("Error rendering panel");
    }

    @Test
    void ownProfile_putsTheUnreadLineFirst() {
        String body = signedIn("bob").get("/secure/ViewProfile.jspa?name=bob").body();

        int unread = body.indexOf("id=\"rapport-profile-unread-panel\"");
        assertThat(unread).as("unread line").isNotNegative();
        assertThat(body.indexOf("id=\"rapport-profile-recognition-panel\"")).isGreaterThan(unread);
    }

    @Test
    void recognisePage_isHeadedWithTheRecipientsName() {
        HttpResult page = signedIn("alice").get("/plugins/servlet/rapport/recognise?to=bob");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<h1 id=\"rapport-recognise-heading\">Recognise Bob Baker</h1>")
                .contains("class=\"rapport-category-name\">Teamwork<");
    }

    @Test
    void signOut_endsTheSession() {
        WebSession alice = signedIn("alice");
        String token = WebSession.atlToken(alice.get("/secure/Dashboard.jspa"));

        HttpResult result = alice.postForm("/logout", Map.of("atl_token", token));

        assertThat(result.status()).as("%s", result).isEqualTo(302);
        assertThat(alice.cookie(SESSION_COOKIE)).isEmpty();
        assertThat(alice.get("/secure/Dashboard.jspa").status()).isEqualTo(302);
    }

    /** The HTML of the plugin's recognition profile panel, from its opening tag to the end of the panels. */
    private static String panelOf(HttpResult page) {
        String body = page.body();
        int start = body.indexOf("id=\"rapport-profile-recognition-panel\"");
        assertThat(start).as("the page has #rapport-profile-recognition-panel: %s", page.abbreviated()).isNotNegative();
        int end = body.indexOf("</section>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }
}
