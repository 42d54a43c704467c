package org.rapport.recognition.moderation;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * Moderation as people would do it, in headless Chromium: Bob reports a recognition from the feed;
 * the admin opens the moderation page from the admin menu, sees Bob's reason, hides it with a
 * reason; Bob's feed no longer shows it.
 */
class ModerationBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static long teamwork() {
        for (JsonNode category : host.as("carol").get("categories").json()) {
            if (category.path("name").asText().equals("Teamwork")) {
                return category.path("id").asLong();
            }
        }
        throw new AssertionError("no Teamwork category");
    }

    @Test
    void bobReports_adminHidesFromTheQueue_andBobNoLongerSeesIt() {
        String message = "Carol thanks Alice for <i>the</i> launch";
        HttpResult given = host.as("carol").post("recognitions", aRecognition(teamwork()).to("alice").message(message).build());
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        String card = "//article[contains(@class,'rapport-recognition')][.//p[contains(.,'the</i> launch')]]";

        Browser bob = browsers.signedIn("bob", "/plugins/servlet/rapport/feed");
        bob.waitFor(By.xpath(card + "//button[contains(@class,'rapport-report')]")).click();
        bob.waitFor(By.xpath(card + "//textarea[contains(@class,'rapport-reason-input')]")).sendKeys("Mentions an <b>unreleased</b> product");
        bob.driver().findElement(By.xpath(card + "//button[contains(@class,'rapport-reason-submit')]")).click();
        bob.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(card + "//span[contains(@class,'rapport-reported')]"),
                "Reported"));
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        Browser admin = browsers.signedIn("admin", "/secure/admin");
        admin.waitFor(By.xpath("//ul[@id='host-admin-items']//a[text()='Recognition moderation']")).click();
        String queued = "//div[@id='rapport-moderation-queue']" + card.substring(1);
        WebElement item = admin.waitFor(By.xpath(queued));
        assertThat(item.findElement(By.cssSelector(".rapport-report-reason")).getText()).isEqualTo("Mentions an <b>unreleased</b> product");
        assertThat(item.findElements(By.cssSelector(".rapport-report-reason b"))).as("no markup from the reason").isEmpty();
        assertThat(item.findElement(By.cssSelector(".rapport-report-reporter")).getText()).isEqualTo("Bob Baker");

        item.findElement(By.cssSelector(".rapport-moderation-hide")).click();
        admin.waitFor(By.xpath(queued + "//button[contains(@class,'rapport-reason-submit')]")).click();
        admin.waitFor(By.xpath(queued + "//div[@data-field='reason'][normalize-space()!='']"));
        admin.driver().findElement(By.xpath(queued + "//textarea[contains(@class,'rapport-reason-input')]")).sendKeys("Confidential product");
        admin.driver().findElement(By.xpath(queued + "//button[contains(@class,'rapport-reason-submit')]")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-moderation-message"), "hidden"));
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-moderation-hidden"), "Confidential product"));
        assertThat(admin.driver().findElements(By.xpath(queued))).as("left the queue").isEmpty();
        // The browser logs the refused first attempt (no reason given) as a failed request; nothing else may fail.
        assertThat(admin.consoleErrors()).as("script errors")
                .allMatch(e -> e.contains("/hide - Failed to load resource") && e.contains("status of 400"));

        bob.visit("/plugins/servlet/rapport/feed");
        bob.waiting().until(d -> !d.findElements(By.cssSelector("#rapport-feed-items .rapport-recognition")).isEmpty()
                || d.findElement(By.id("rapport-feed-empty")).isDisplayed());
        assertThat(bob.driver().findElement(By.id("rapport-feed-items")).getText()).doesNotContain("launch");
        assertThat(host.as("bob").get("recognitions/" + given.json().path("id").asLong()).status()).isEqualTo(404);
    }
}
