package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Giving a recognition as a person would, in headless Chromium: from a colleague's profile through the
 * Recognise dialog (or the Recognise page), then the feed and the colleague's profile panel show it,
 * with user text as text.
 */
class RecognitionBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    @Test
    void aliceRecognisesBobFromHisProfile_andTheFeedAndBobsPanelShowIt() {
        String message = "Thanks for <b>unblocking</b> me & \"the team\"!\nDetails: https://example.com/notes";
        Browser alice = browsers.signedIn("alice", "/secure/ViewProfile.jspa?name=bob");

        alice.waitFor(By.id("rapport-recognise-action")).click();
        alice.waitFor(By.cssSelector("#rapport-recognise-dialog-chips .rapport-chip[data-key='bob']"));
        alice.driver().findElement(By.id("rapport-recognise-dialog-search")).sendKeys("car");
        alice.waitFor(By.cssSelector("#rapport-recognise-dialog-suggestions button[data-key='carol']")).click();
        alice.waitFor(By.cssSelector("#rapport-recognise-dialog-chips .rapport-chip[data-key='carol']"));
        alice.waitFor(By.xpath("//section[@id='rapport-recognise-dialog']//label[.//strong[text()='Teamwork']]")).click();
        alice.driver().findElement(By.id("rapport-recognise-dialog-message")).sendKeys(message);
        alice.driver().findElement(By.id("rapport-recognise-dialog-link")).sendKeys("RAP-12");
        alice.driver().findElement(By.id("rapport-recognise-dialog-submit")).click();
        alice.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-recognise-dialog")));
        assertThat(alice.driver().getCurrentUrl()).as("still on the profile").endsWith("/secure/ViewProfile.jspa?name=bob");
        // The panel follows in place (issue 13): Bob's count and latest recognition, and a flag says it worked.
        alice.waitFor(By.xpath("//div[contains(@class,'aui-flag')][contains(.,'Recognition given.')]"));
        alice.waiting().until(ExpectedConditions.textToBe(By.id("rapport-profile-received"), "1"));
        assertThat(alice.waitFor(By.cssSelector("#rapport-profile-recent .rapport-panel-message")).getText()).isEqualTo(message);

        alice.visit("/plugins/servlet/rapport/feed");
        WebElement card = alice.waitFor(By.cssSelector("#rapport-feed-items .rapport-recognition"));
        assertThat(card.findElement(By.cssSelector(".rapport-recognition-header")).getText())
                .isEqualTo("Alice Archer recognised Bob Baker and Carol Chen");
        assertThat(card.findElement(By.cssSelector(".rapport-recognition-message")).getText()).isEqualTo(message);
        assertThat(card.findElements(By.cssSelector(".rapport-recognition-message b"))).as("no markup from the message").isEmpty();
        assertThat(card.findElement(By.cssSelector(".rapport-recognition-message a")).getAttribute("href"))
                .isEqualTo("https://example.com/notes");
        assertThat(card.findElement(By.cssSelector(".rapport-category-name")).getText()).isEqualTo("Teamwork");
        assertThat(alice.consoleErrors()).as("script errors").isEmpty();

        Browser bob = browsers.signedIn("bob", "/secure/ViewProfile.jspa?name=bob");
        WebElement panel = bob.waitFor(By.id("rapport-profile-recent"));
        assertThat(panel.findElement(By.cssSelector(".rapport-panel-message")).getText()).isEqualTo(message);
        assertThat(panel.findElement(By.cssSelector(".rapport-panel-meta")).getText()).contains("From Alice Archer", "Teamwork");
        assertThat(bob.driver().findElements(By.id("rapport-recognise-action"))).as("no Recognise on your own profile").isEmpty();

        bob.visit("/plugins/servlet/rapport/feed");
        WebElement unread = bob.waitFor(By.id("rapport-unread"));
        assertThat(Integer.parseInt(unread.getText())).as("Bob's unread notifications").isPositive();
        bob.driver().findElement(By.cssSelector("[data-feed-filter='received']")).click();
        bob.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-unread")));
        bob.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-feed-items"), "unblocking"));
        assertThat(host.as("bob").get("notifications/unread").json().path("count").asInt()).isZero();

        By applause = By.xpath("//article[contains(@class,'rapport-recognition')][.//p[contains(.,'unblocking')]]"
                + "//button[@data-kind='applause']");
        bob.waitFor(applause).click();
        bob.waiting().until(ExpectedConditions.attributeToBe(applause, "aria-pressed", "true"));
        assertThat(bob.driver().findElement(applause).getText()).isEqualTo("Applause \u00b7 1");

        String bobsCard = "//article[contains(@class,'rapport-recognition')][.//p[contains(.,'unblocking')]]";
        bob.driver().findElement(By.xpath(bobsCard + "//button[contains(@class,'rapport-comments-toggle')]")).click();
        bob.waitFor(By.xpath(bobsCard + "//textarea[contains(@class,'rapport-comment-input')]")).sendKeys("<b>Thank you</b> both!");
        bob.driver().findElement(By.xpath(bobsCard + "//button[contains(@class,'rapport-comment-submit')]")).click();
        WebElement comment = bob.waitFor(By.xpath(bobsCard + "//li[contains(@class,'rapport-comment')]//span[contains(@class,'rapport-comment-text')]"));
        assertThat(comment.getText()).isEqualTo("<b>Thank you</b> both!");
        assertThat(bob.driver().findElements(By.xpath(bobsCard + "//li[contains(@class,'rapport-comment')]//b"))).isEmpty();
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();
    }

    @Test
    void bobRecognisesCarolInTheDialogOnHerProfile_withoutLeavingIt_andOneDoubleClickGivesOne() {
        Browser bob = browsers.signedIn("bob", "/secure/ViewProfile.jspa?name=carol");
        bob.waitFor(By.id("rapport-recognise-action")).click();

        WebElement dialog = bob.waitFor(By.id("rapport-recognise-dialog"));
        bob.waiting().until(ExpectedConditions.visibilityOf(dialog));
        assertThat(dialog.findElement(By.id("rapport-recognise-dialog-title")).getText()).isEqualTo("Recognise Carol Chen");
        assertThat(dialog.findElements(By.cssSelector("#rapport-recognise-dialog-chips .rapport-chip")))
                .extracting(chip -> chip.getAttribute("data-key")).containsExactly("carol");
        assertThat(dialog.findElement(By.id("rapport-recognise-dialog-open-page")).getAttribute("href"))
                .endsWith("/plugins/servlet/rapport/recognise?to=carol");
        bob.waitFor(By.xpath("//section[@id='rapport-recognise-dialog']//label[.//strong[text()='Teamwork']]")).click();
        dialog.findElement(By.id("rapport-recognise-dialog-message")).sendKeys("Dialog thanks for the <b>review</b>");
        assertThat(dialog.findElement(By.id("rapport-recognise-dialog-counter")).getText()).isEqualTo("35 of 2000 characters");
        // Two submits from one opening share the Idempotency-Key: one recognition.
        ((org.openqa.selenium.JavascriptExecutor) bob.driver()).executeScript(
                "var f = document.getElementById('rapport-recognise-dialog-form'); f.requestSubmit(); "
                        + "document.getElementById('rapport-recognise-dialog-submit').disabled = false; f.requestSubmit();");
        bob.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-recognise-dialog")));
        bob.waitFor(By.cssSelector(".aui-flag"));
        assertThat(bob.driver().getCurrentUrl()).endsWith("/secure/ViewProfile.jspa?name=carol");

        var items = host.as("bob").get("recognitions?receivedBy=carol").json().path("items");
        assertThat(items.findValuesAsText("message")).filteredOn("Dialog thanks for the <b>review</b>"::equals).hasSize(1);
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();
    }

    @Test
    void theDialogWithAFieldError_staysOpenAndNamesTheField() {
        Browser bob = browsers.signedIn("bob", "/secure/ViewProfile.jspa?name=dave");
        bob.waitFor(By.id("rapport-recognise-action")).click();
        bob.waitFor(By.xpath("//section[@id='rapport-recognise-dialog']//label[.//strong[text()='Teamwork']]"));
        bob.driver().findElement(By.id("rapport-recognise-dialog-submit")).click();

        bob.waiting().until(d -> !d.findElement(By.cssSelector("#rapport-recognise-dialog .error[data-field='message']")).getText().isEmpty());
        assertThat(bob.driver().findElement(By.id("rapport-recognise-dialog")).isDisplayed()).isTrue();
        assertThat(bob.consoleErrors()).as("script errors (the 400 answer itself is expected)")
                .filteredOn(e -> !e.contains("/rest/rapport/1.0/recognitions - Failed to load resource: the server responded with a status of 400"))
                .isEmpty();
    }

    @Test
    void privateRecognition_isInTheRecipientsOwnListButNotInOthersFeed() {
        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/recognise?to=erin");
        dave.waitFor(By.cssSelector("#rapport-recipient-chips .rapport-chip[data-key='erin']"));
        dave.driver().findElement(By.xpath("//label[.//strong[text()='Innovation']]")).click();
        dave.driver().findElement(By.id("rapport-give-message")).sendKeys("Just between us: great idea.");
        dave.driver().findElement(By.cssSelector("label[for=rapport-give-private]")).click();
        dave.driver().findElement(By.id("rapport-give-submit")).click();
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-give-result"), "Recognition given"));

        Browser erin = browsers.signedIn("erin", "/plugins/servlet/rapport/feed");
        erin.waitFor(By.cssSelector("[data-feed-filter='received']")).click();
        erin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-feed-items"), "Just between us"));

        Browser carol = browsers.signedIn("carol", "/plugins/servlet/rapport/feed");
        // The feed has loaded when it shows cards or says it is empty.
        carol.waiting().until(d -> d.findElement(By.id("rapport-feed-items")).findElements(By.cssSelector(".rapport-recognition")).size() > 0
                || d.findElement(By.id("rapport-feed-empty")).isDisplayed());
        assertThat(carol.driver().findElement(By.id("rapport-feed-items")).getText()).doesNotContain("Just between us");
    }

    @Test
    void theGiverEditsAndDeletesTheirRecognitionFromTheFeed_andTheCardShowsItAtOnce() {
        long teamwork = host.as("admin").get("categories").json().get(0).path("id").asLong();
        HttpResult given = host.as("dave").post("recognitions", Map.of("recipients", List.of("erin"), "categoryId", teamwork,
                "message", "Thanks for the demo prep"));
        assertThat(given.status()).as("%s", given).isEqualTo(201);
        long id = given.json().path("id").asLong();
        String card = "//article[@data-id='" + id + "']";
        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/feed");

        dave.waitFor(By.xpath(card + "//button[contains(@class,'rapport-edit')]")).click();
        WebElement input = dave.waitFor(By.xpath(card + "//textarea[contains(@class,'rapport-edit-message')]"));
        // Issue 13: a longer message is kept whole, counted in red and refused, never cut at 2000 characters.
        ((JavascriptExecutor) dave.driver()).executeScript(
                "arguments[0].value = 'x'.repeat(2001); arguments[0].dispatchEvent(new Event('input'));", input);
        assertThat(input.getAttribute("value")).hasSize(2001);
        WebElement counter = dave.driver().findElement(By.xpath(card + "//div[contains(@class,'rapport-edit-counter')]"));
        assertThat(counter.getText()).isEqualTo("2001 of 2000 characters");
        assertThat(counter.getAttribute("class")).contains("rapport-counter-over");
        dave.driver().findElement(By.xpath(card + "//button[contains(@class,'rapport-edit-save')]")).click();
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(card + "//div[@data-field='message']"), "Use at most 2,000 characters."));
        input.clear();
        input.sendKeys("Thanks for the demo prep <i>and</i> the dry run");
        dave.driver().findElement(By.xpath(card + "//button[contains(@class,'rapport-edit-save')]")).click();
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(card + "//p[contains(@class,'rapport-recognition-message')]"), "and</i> the dry run"));
        assertThat(host.as("erin").get("recognitions/" + id).json().path("message").asText())
                .isEqualTo("Thanks for the demo prep <i>and</i> the dry run");
        assertThat(dave.driver().findElements(By.xpath(card + "//p//i"))).as("no markup from the message").isEmpty();

        dave.waitFor(By.xpath(card + "//button[contains(@class,'rapport-delete')]")).click();
        dave.waitFor(By.xpath(card + "//button[contains(@class,'rapport-delete-yes')]")).click();
        dave.waiting().until(ExpectedConditions.numberOfElementsToBe(By.xpath(card), 0));
        assertThat(host.as("erin").get("recognitions/" + id).status()).isEqualTo(404);
        assertThat(dave.consoleErrors()).as("script errors (the refused over-long edit aside)")
                .filteredOn(e -> !(e.contains("/recognitions/" + id) && e.contains("400"))).isEmpty();

        Browser erin = browsers.signedIn("erin", "/plugins/servlet/rapport/feed");
        erin.waitFor(By.id("rapport-feed-items"));
        assertThat(erin.driver().findElements(By.cssSelector(".rapport-edit"))).as("no Edit on what others gave").isEmpty();
    }
}
