package org.rapport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * The org data admin page in a real headless Chromium: an admin pastes a CSV with a bad line,
 * sees the line's error, fixes it and imports; the manager then finds "My team" on the feed.
 */
class OrgAdminBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String ADMIN_PAGE = "/plugins/servlet/rapport/admin/org";
    private static final String FEED_PAGE = "/plugins/servlet/rapport/feed";

    @Test
    void adminFixesABadLineAndImports_thenTheManagerSeesHerTeam() {
        long category = host.as("admin").get("categories").json().get(0).path("id").asLong();
        HttpResult given = host.as("dave").post("recognitions", aRecognition(category).to("erin").build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        String erinsRecognition = given.json().path("id").asText();

        Browser admin = browsers.signedIn("admin", ADMIN_PAGE);
        WebElement csv = admin.waitFor(By.id("rapport-org-csv"));
        csv.sendKeys("username,manager,department\nerin,alice,Sales\nghost,alice,Sales\n");
        admin.driver().findElement(By.id("rapport-org-preview")).click();

        WebElement error = admin.waitFor(By.cssSelector("#rapport-org-errors tr.rapport-org-error[data-line='3']"));
        assertThat(error.getText()).contains("ghost");
        assertThat(admin.driver().findElement(By.id("rapport-org-import")).isEnabled()).as("nothing to import while a line is bad").isFalse();
        admin.screenshot("org-admin-preview-error");

        csv.clear();
        csv.sendKeys("username,manager,department\nerin,alice,Sales\n");
        admin.driver().findElement(By.id("rapport-org-preview")).click();
        admin.waiting().until(ExpectedConditions.elementToBeClickable(By.id("rapport-org-import")));
        assertThat(admin.driver().findElement(By.id("rapport-org-errors")).isDisplayed()).isFalse();
        assertThat(admin.driver().findElement(By.cssSelector("#rapport-org-rows tr.rapport-org-row")).getText()).contains("erin", "alice", "Sales");
        admin.driver().findElement(By.id("rapport-org-import")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-org-message"), "Imported: 0 new, 1 changed."));
        assertThat(host.as("admin").get("org/people/erin").json().path("manager").path("username").asText()).isEqualTo("alice");
        assertThat(admin.consoleErrors()).as("script errors on the admin page").isEmpty();

        Browser alice = browsers.signedIn("alice", FEED_PAGE);
        alice.waitFor(By.id("rapport-feed-team")).click();
        alice.waitFor(By.cssSelector("#rapport-feed-items .rapport-recognition[data-id='" + erinsRecognition + "']"));
        alice.screenshot("feed-my-team");

        Browser bob = browsers.signedIn("bob", FEED_PAGE);
        bob.waitFor(By.cssSelector("[data-feed-filter='all']"));
        assertThat(bob.driver().findElements(By.id("rapport-feed-team"))).as("bob manages nobody").isEmpty();
    }

    @Test
    void anUnclosedQuote_isReportedAtItsLine_andTheOtherLinesAreStillChecked() {
        Browser admin = browsers.signedIn("admin", ADMIN_PAGE);
        admin.waitFor(By.id("rapport-org-csv")).sendKeys("username,manager,department\nbob,\"alice,Sales\nghost,alice,Sales\ncarol,alice,Design\n");
        admin.driver().findElement(By.id("rapport-org-preview")).click();

        WebElement quote = admin.waitFor(By.cssSelector("#rapport-org-errors tr.rapport-org-error[data-line='2']"));
        assertThat(quote.getText()).contains("A quote opens on this line and is never closed.");
        assertThat(admin.driver().findElement(By.cssSelector("#rapport-org-errors tr.rapport-org-error[data-line='3']")).getText())
                .contains("ghost");
        assertThat(admin.driver().findElement(By.id("rapport-org-import")).isEnabled()).isFalse();
    }

    @Test
    void adminEditsOnePerson() {
        Browser admin = browsers.signedIn("admin", ADMIN_PAGE);
        admin.waitFor(By.id("rapport-org-person-username")).sendKeys("dave");
        admin.driver().findElement(By.id("rapport-org-person-load")).click();
        WebElement department = admin.waitFor(By.id("rapport-org-person-department"));
        admin.waiting().until(d -> department.isEnabled() && "Sales".equals(department.getAttribute("value")));
        WebElement manager = admin.driver().findElement(By.id("rapport-org-person-manager"));
        manager.sendKeys("ghost");
        admin.driver().findElement(By.id("rapport-org-person-save")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#rapport-org-person-form .error[data-field='manager']"), "ghost"));

        manager.clear();
        department.clear();
        department.sendKeys("Field Sales");
        admin.driver().findElement(By.id("rapport-org-person-save")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-org-message"), "Saved."));
        assertThat(host.as("admin").get("org/people/dave").json().path("department").asText()).isEqualTo("Field Sales");
    }
}
