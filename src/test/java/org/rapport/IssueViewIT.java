package org.rapport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * The host's issue view with the plugin's recognition panel, the recognise form prefilled from
 * "Thank the assignee", and the notification link, page and badge script, over plain HTTP.
 */
class IssueViewIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static long categoryId;

    @BeforeAll
    static void category() {
        categoryId = host.as("admin").get("categories").json().get(0).path("id").asLong();
    }

    private static WebSession signedIn(String username) {
        WebSession session = host.newSession();
        HttpResult result = session.signIn(username, username, "/");
        assertThat(result.status()).as("sign-in of %s: %s", username, result).isEqualTo(302);
        return session;
    }

    @Test
    void issueView_rendersTheRecognitionPanelInTheRightColumn_withThankTheAssignee() {
        HttpResult page = signedIn("bob").get("/browse/RAP-1");

        assertThat(page.status()).as("%s", page.abbreviated()).isEqualTo(200);
        String sidebar = sidebarOf(page);
        assertThat(sidebar).contains("id=\"issue-panel\"", "<h2>Recognition</h2>", "id=\"rapport-issue-panel\"",
                "id=\"rapport-thank-assignee\"", "href=\"/plugins/servlet/rapport/recognise?to=carol&amp;link=RAP-1\"",
                "Thank the assignee (Carol Chen)", "No recognition linked to this issue yet.");
        assertThat(page.body()).contains("<h1 id=\"issue-summary\">Speed up the feed on large instances</h1>",
                "/download/resources/org.rapport.rapport:pages/rapport.css");
    }

    @Test
    void issueView_namesEachPanelOnce() {
        String sidebar = sidebarOf(signedIn("bob").get("/browse/RAP-1"));

        assertThat(sidebar.split("Help on this issue", -1)).as("the help panel's title, shown by the host from its label")
                .hasSize(2);
        assertThat(sidebar.split(">Recognition<", -1)).hasSize(2);
    }

    @Test
    void issueView_forTheAssignee_orAnUnassignedIssue_hasNoThankAction() {
        assertThat(sidebarOf(signedIn("carol").get("/browse/RAP-1"))).contains("id=\"rapport-issue-panel\"")
                .doesNotContain("rapport-thank-assignee");
        assertThat(sidebarOf(signedIn("bob").get("/browse/RAP-5"))).contains("id=\"rapport-issue-panel\"")
                .doesNotContain("rapport-thank-assignee");
    }

    @Test
    void issueView_showsLinkedRecognitionsEscaped_andPrivateOnesOnlyToThoseInvolved() {
        String markup = "<script>alert('x')</script> & \"quotes\"";
        assertThat(host.as("alice").post("recognitions", aRecognition(categoryId).to("dave").message(markup).link("RAP-2").build()).status())
                .isEqualTo(201);
        assertThat(host.as("alice").post("recognitions", aRecognition(categoryId).to("dave").message("Private thanks for RAP-2")
                .privately().link("RAP-2").build()).status()).isEqualTo(201);

        String seenByErin = sidebarOf(signedIn("erin").get("/browse/RAP-2"));
        assertThat(seenByErin).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<script>alert").doesNotContain("Private thanks for RAP-2");
        assertThat(sidebarOf(signedIn("dave").get("/browse/RAP-2"))).contains("Private thanks for RAP-2");
    }

    @Test
    void unknownIssue_isNotFound() {
        HttpResult page = signedIn("bob").get("/browse/RAP-999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("rapport-issue-panel");
    }

    @Test
    void issueList_andDashboard_linkTheDemoIssues() {
        WebSession bob = signedIn("bob");

        assertThat(bob.get("/issues").body()).contains("href=\"/browse/RAP-1\"", "href=\"/browse/RAP-5\"");
        assertThat(bob.get("/secure/Dashboard.jspa").body()).contains("href=\"/browse/RAP-3\"", "id=\"host-issues-link\"");
    }

    @Test
    void recognisePage_prefillsTheLinkFromThankTheAssignee_butNotALinkItWouldRefuse() {
        WebSession bob = signedIn("bob");

        assertThat(bob.get("/plugins/servlet/rapport/recognise?to=carol&link=RAP-1").body())
                .contains("id=\"rapport-give-link\" name=\"link\" maxlength=\"450\" value=\"RAP-1\"", "Recognise Carol Chen");
        assertThat(bob.get("/plugins/servlet/rapport/recognise?to=carol&link=javascript:alert(1)").body())
                .contains("id=\"rapport-give-link\" name=\"link\" maxlength=\"450\" value=\"\"");
    }

    @Test
    void everyPage_hasTheNotificationLinkAndTheBadgeScript_andTheNotificationsPageOpens() {
        WebSession admin = signedIn("admin");

        for (String path : new String[]{"/secure/Dashboard.jspa", "/browse/RAP-1", "/plugins/servlet/rapport/feed",
                "/plugins/servlet/rapport/admin/categories"}) {
            assertThat(admin.get(path).body()).as(path).contains("id=\"rapport-notifications-link\"",
                    "/download/resources/org.rapport.rapport:notification-badge/notification-badge.js");
        }
        HttpResult notifications = admin.get("/plugins/servlet/rapport/notifications");
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.body()).contains("id=\"rapport-notifications\"", "id=\"rapport-notifications-read-all\"",
                "notifications.js");
        assertThat(host.newSession().get("/plugins/servlet/rapport/notifications").status()).as("stranger").isEqualTo(302);
    }

    @Test
    void badgeScript_isServedTranslated() {
        HttpResult script = signedIn("bob").get("/download/resources/org.rapport.rapport:notification-badge/notification-badge.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("rapport-notifications-link", "/notifications/unread").doesNotContain("AJS.I18n.getText");
    }

    @Test
    void ownProfile_showsTheUnreadCount_othersDoNot() {
        assertThat(host.as("erin").post("recognitions", aRecognition(categoryId).to("dave").build()).status()).isEqualTo(201);
        int unread = host.as("dave").get("notifications/unread").json().path("count").asInt();

        assertThat(signedIn("dave").get("/secure/ViewProfile.jspa?name=dave").body())
                .contains("id=\"rapport-profile-unread-count\">" + unread + "<");
        assertThat(unread).isPositive();
        assertThat(signedIn("erin").get("/secure/ViewProfile.jspa?name=dave").body()).doesNotContain("rapport-profile-unread");
    }

    /** The right column of the issue view, from its opening tag to the end of the page. */
    private static String sidebarOf(HttpResult page) {
        String body = page.body();
        int start = body.indexOf("id=\"viewissuesidebar\"");
        assertThat(start).as("the page has #viewissuesidebar: %s", page.abbreviated()).isNotNegative();
        int end = body.indexOf("</aside>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }
}
