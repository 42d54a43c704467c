package org.rapport.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * The notification loop in headless Chromium (issue 13): Bob recognises Alice, Alice opens it and
 * reacts and comments, Bob's header badge counts it, Bob opens the notice and lands on the exact
 * card, now read; a notice whose recognition is gone lands on "no longer available"; admins see
 * the open-report count in the admin section.
 */
class NotificationLoopBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static long teamwork() {
        return host.as("admin").get("categories").json().get(0).path("id").asLong();
    }

    private static int unread(String user) {
        return host.as(user).get("notifications/unread").json().path("count").asInt();
    }

    @Test
    void aliceReactsAndComments_bobsBadgeShowsIt_andHisNoticeOpensTheExactCard_nowRead() {
        HttpResult given = host.as("bob").post("recognitions", aRecognition(teamwork()).to("alice")
                .message("Thanks for the <b>release notes</b>").build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        long id = given.json().path("id").asLong();
        int bobBefore = unread("bob");

        // Alice opens her notice's target: only that card, highlighted; her notice about it is read.
        Browser alice = browsers.signedIn("alice", "/plugins/servlet/rapport/feed?recognition=" + id);
        WebElement card = alice.waitFor(By.cssSelector("#recognition-" + id + ".rapport-recognition-focus"));
        assertThat(alice.driver().findElements(By.cssSelector("#rapport-feed-items .rapport-recognition"))).hasSize(1);
        assertThat(alice.waitFor(By.id("rapport-feed-single")).getText()).contains("Showing one recognition.");
        alice.waiting().until(d -> host.as("alice").get("notifications").json().path("items").findValues("recognitionId").stream()
                .noneMatch(v -> v.asLong() == id) || allReadAbout("alice", id));
        assertThat(allReadAbout("alice", id)).as("Alice's notices about it are read").isTrue();

        By applause = By.cssSelector("#recognition-" + id + " button[data-kind='applause']");
        alice.waitFor(applause).click();
        alice.waiting().until(ExpectedConditions.attributeToBe(applause, "aria-pressed", "true"));
        card.findElement(By.cssSelector(".rapport-comments-toggle")).click();
        alice.waitFor(By.cssSelector("#recognition-" + id + " .rapport-comment-input")).sendKeys("It was a pleasure");
        card.findElement(By.cssSelector(".rapport-comment-submit")).click();
        alice.waitFor(By.cssSelector("#recognition-" + id + " .rapport-comment-text"));
        assertThat(alice.consoleErrors()).as("script errors").isEmpty();

        // Bob: the header badge counts the reaction and the comment (one notice each, however many clicks).
        assertThat(unread("bob")).isEqualTo(bobBefore + 2);
        Browser bob = browsers.signedIn("bob", "/plugins/servlet/rapport/feed");
        bob.waiting().until(ExpectedConditions.textToBe(By.id("rapport-notification-count"), String.valueOf(bobBefore + 2)));
        bob.driver().findElement(By.id("rapport-notifications-link")).click();
        String notice = "//li[@data-kind='REACTED'][.//a[contains(@href,'recognition=" + id + "')]]";
        WebElement item = bob.waitFor(By.xpath(notice));
        assertThat(item.getText()).contains("Alice Archer reacted to your recognition.");
        assertThat(item.getAttribute("class")).contains("rapport-notification-unread");
        item.findElement(By.cssSelector("a.rapport-notification-open")).click();

        bob.waiting().until(ExpectedConditions.urlContains("/plugins/servlet/rapport/feed?recognition=" + id));
        WebElement bobsCard = bob.waitFor(By.cssSelector("#recognition-" + id + ".rapport-recognition-focus"));
        assertThat(bobsCard.getText()).contains("Thanks for the <b>release notes</b>");
        bob.waiting().until(d -> allReadAbout("bob", id));
        bob.waiting().until(d -> unread("bob") == bobBefore);
        bob.waiting().until(d -> {
            WebElement badge = d.findElement(By.id("rapport-notification-count"));
            return "true".equals(badge.getAttribute("hidden")) || String.valueOf(bobBefore).equals(badge.getAttribute("data-count"));
        });
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        // Back on the inbox, the notice shows as read.
        bob.visit("/plugins/servlet/rapport/notifications");
        WebElement read = bob.waitFor(By.xpath(notice));
        assertThat(read.getAttribute("class")).doesNotContain("rapport-notification-unread");
    }

    @Test
    void aNoticeWhoseRecognitionIsGone_landsOnNoLongerAvailable() {
        HttpResult given = host.as("carol").post("recognitions", aRecognition(teamwork()).to("dave").message("Soon withdrawn").build());
        long id = given.json().path("id").asLong();
        assertThat(host.as("carol").send("DELETE", "recognitions/" + id, null, "X-Atlassian-Token", "no-check").status()).isEqualTo(204);

        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/feed?recognition=" + id);

        WebElement gone = dave.waitFor(By.id("rapport-feed-gone"));
        assertThat(gone.getText()).isEqualTo("This recognition is no longer available: it was deleted, hidden, or is not shared with you.");
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-feed-items .rapport-recognition"))).isEmpty();
        dave.driver().findElement(By.id("rapport-feed-single-all")).click();
        dave.waiting().until(d -> d.findElements(By.id("rapport-feed-single")).isEmpty());
        assertThat(dave.consoleErrors()).as("script errors (the 404 of the gone recognition aside)")
                .filteredOn(e -> !(e.contains("/recognitions/" + id) && e.contains("404"))).isEmpty();
    }

    @Test
    void adminsSeeTheOpenReportCountInTheAdminSection() {
        HttpResult given = host.as("dave").post("recognitions", aRecognition(teamwork()).to("erin").message("Report me").build());
        long id = given.json().path("id").asLong();
        HttpResult report = host.as("carol").post("recognitions/" + id + "/reports", Map.of("reason", "Off topic"));
        assertThat(report.status()).as("%s", report).isEqualTo(201);
        int open = host.as("admin").get("moderation/open-count").json().path("count").asInt();
        assertThat(open).isPositive();

        Browser admin = browsers.signedIn("admin", "/secure/admin");

        WebElement count = admin.waitFor(By.cssSelector("#rapport-moderation-admin-link #rapport-open-reports"));
        assertThat(count.getText()).isEqualTo(String.valueOf(open));
        assertThat(count.getAttribute("title")).isEqualTo(open + " open reports");
        assertThat(admin.consoleErrors()).as("script errors").isEmpty();
    }

    @Test
    void helpTheHelperLogged_opensOnTheLedger_confirmingSettlesTheNotice_andTheHelperHearsOfIt() {
        HttpResult logged = host.as("erin").post("help", Map.of("helper", "erin", "helped", "dave",
                "summary", "Reviewed the <i>migration</i> plan", "kind", "unblocked-me"));
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        long id = logged.json().path("id").asLong();

        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/notifications");
        String notice = "//li[@data-kind='HELP_PENDING'][.//a[contains(@href,'entry=" + id + "')]]";
        dave.waitFor(By.xpath(notice + "//a[contains(@class,'rapport-notification-open')]")).click();
        landedOnEntry(dave, id);
        WebElement entry = dave.waitFor(By.cssSelector("#help-" + id + ".rapport-help-focus"));
        assertThat(entry.getText()).contains("Reviewed the <i>migration</i> plan");
        entry.findElement(By.cssSelector(".rapport-help-confirm")).click();
        dave.waitFor(By.xpath("//div[contains(@class,'aui-flag')][contains(.,'Help confirmed.')]"));
        assertThat(host.as("dave").get("notifications?limit=50").json().path("items").findValues("helpId"))
                .as("the request is settled").noneMatch(v -> v.asLong() == id);
        assertThat(dave.consoleErrors()).as("script errors").isEmpty();

        Browser erin = browsers.signedIn("erin", "/plugins/servlet/rapport/notifications");
        WebElement confirmed = erin.waitFor(By.xpath("//li[@data-kind='HELP_CONFIRMED'][.//a[contains(@href,'entry=" + id + "')]]"));
        assertThat(confirmed.getText()).contains("Dave Diaz confirmed the help you gave.");
        confirmed.findElement(By.cssSelector("a.rapport-notification-open")).click();
        erin.waitFor(By.cssSelector("#help-" + id + ".rapport-help-focus"));
        erin.waiting().until(d -> host.as("erin").get("notifications?limit=50").json().path("items").findParents("helpId").stream()
                .filter(n -> n.path("helpId").asLong() == id).allMatch(n -> n.path("read").asBoolean()));
        assertThat(erin.consoleErrors()).as("script errors").isEmpty();
    }

    /** The notice's link led to the ledger with the entry named. */
    private static void landedOnEntry(Browser browser, long id) {
        browser.waiting().until(ExpectedConditions.urlContains("/plugins/servlet/rapport/help?entry=" + id));
    }

    private static boolean allReadAbout(String user, long recognitionId) {
        JsonNode items = host.as(user).get("notifications?limit=50").json().path("items");
        for (JsonNode n : items) {
            if (n.path("recognitionId").asLong() == recognitionId && !n.path("read").asBoolean()) {
                return false;
            }
        }
        return true;
    }
}
