package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thanking an issue's assignee as a person would, in headless Chromium: Bob opens RAP-1 (assigned
 * to Carol), clicks "Thank the assignee", gives the recognition in the dialog it opens (Carol and the
 * issue prefilled) and sees it in the issue's panel without leaving the issue;
 * Carol's header badge counts it, and goes back down once she marks her notifications read.
 */
class IssuePanelBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final By BADGE = By.id("rapport-notification-count");

    /** The badge's count once the script has asked REST (the badge is hidden while it is 0). */
    private static int counted(Browser browser) {
        browser.waiting().until(d -> d.findElements(BADGE).size() == 1 && d.findElement(BADGE).getAttribute("data-count") != null);
        return Integer.parseInt(browser.driver().findElement(BADGE).getAttribute("data-count"));
    }

    @Test
    void bobThanksTheAssigneeFromTheIssue_seesItInThePanel_andCarolsBadgeGoesUpThenDown() {
        Browser carol = browsers.signedIn("carol", "/secure/Dashboard.jspa");
        int before = counted(carol);

        String message = "Thanks for <i>speeding up</i> the feed & more";
        Browser bob = browsers.signedIn("bob", "/browse/RAP-1");
        bob.waitFor(By.id("rapport-thank-assignee")).click();
        bob.waitFor(By.cssSelector("#rapport-recognise-dialog-chips .rapport-chip[data-key='carol']"));
        assertThat(bob.driver().findElement(By.id("rapport-recognise-dialog-link")).getAttribute("value")).isEqualTo("RAP-1");
        bob.waitFor(By.xpath("//section[@id='rapport-recognise-dialog']//label[.//strong[text()='Teamwork']]")).click();
        bob.driver().findElement(By.id("rapport-recognise-dialog-message")).sendKeys(message);
        bob.driver().findElement(By.id("rapport-recognise-dialog-submit")).click();

        // The dialog closes and the issue view reloads, its panel now listing the recognition.
        WebElement panel = bob.waitFor(By.id("rapport-issue-recognitions"));
        assertThat(panel.findElement(By.cssSelector(".rapport-panel-message")).getText()).isEqualTo(message);
        assertThat(panel.findElement(By.cssSelector(".rapport-panel-meta")).getText())
                .contains("Bob Baker recognised Carol Chen", "Teamwork");
        assertThat(panel.findElements(By.cssSelector(".rapport-panel-message i"))).as("no markup from the message").isEmpty();
        assertThat(bob.driver().getCurrentUrl()).endsWith("/browse/RAP-1");
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        carol.visit("/browse/RAP-1");
        carol.waiting().until(ExpectedConditions.attributeToBe(BADGE, "data-count", String.valueOf(before + 1)));
        assertThat(carol.driver().findElement(BADGE).isDisplayed()).isTrue();
        assertThat(carol.driver().findElements(By.id("rapport-thank-assignee"))).as("no thanks to oneself").isEmpty();

        carol.driver().findElement(By.id("rapport-notifications-link")).click();
        carol.waitFor(By.cssSelector("#rapport-notification-list .rapport-notification-unread"));
        assertThat(carol.driver().findElement(By.id("rapport-notification-list")).getText()).contains("Bob Baker recognised you.");
        carol.waiting().until(ExpectedConditions.elementToBeClickable(By.id("rapport-notifications-read-all"))).click();
        carol.waiting().until(ExpectedConditions.attributeToBe(BADGE, "data-count", "0"));
        carol.waiting().until(ExpectedConditions.invisibilityOfElementLocated(BADGE));
        assertThat(carol.driver().findElements(By.cssSelector("#rapport-notification-list .rapport-notification-unread"))).isEmpty();
        assertThat(host.as("carol").get("notifications/unread").json().path("count").asInt()).isZero();
        assertThat(carol.consoleErrors()).as("script errors").isEmpty();
    }
}
