package org.rapport.mentoring.pairing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pairing as people make it, in headless Chromium. Dave (outside Bob's management chain: Alice
 * manages Bob) offers mentoring; Bob follows an "Ask to be my mentor" link ({@code ?ask=dave}),
 * sends his request; Dave accepts it on his mentoring page; both then see the pairing active, and
 * Dave's pairing page shows it with its check-in and goal sections.
 */
class PairingBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    @Test
    void bobAsksDave_daveAccepts_andBothSeeTheActivePairing() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("skills", List.of("kubernetes"));
        profile.put("capacity", 2);
        profile.put("paused", false);
        profile.put("bio", "");
        profile.put("timeZone", "UTC");
        assertThat(host.as("dave").put("mentoring/profile/mentor", profile).status()).isEqualTo(200);

        Browser bob = browsers.signedIn("bob", "/plugins/servlet/rapport/mentoring?ask=dave");
        WebElement form = bob.waitFor(By.id("rapport-ask-form"));
        bob.waiting().until(ExpectedConditions.visibilityOf(form));
        bob.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-ask-title"), "Ask Dave Diaz to be your mentor"));
        bob.driver().findElement(By.id("rapport-ask-message")).sendKeys("Help me <b>grow</b>");
        bob.driver().findElement(By.id("rapport-ask-send")).click();
        bob.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-pairings-result"), "Your request is sent."));
        WebElement outgoing = bob.waitFor(By.cssSelector("#rapport-pairings-outgoing .rapport-pairing"));
        assertThat(outgoing.getAttribute("data-status")).isEqualTo("PROPOSED");
        assertThat(outgoing.findElement(By.cssSelector(".rapport-pairing-people")).getText()).isEqualTo("Mentor: Dave Diaz \u00b7 Mentee: Bob Baker");
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/mentoring");
        WebElement incoming = dave.waitFor(By.cssSelector("#rapport-pairings-incoming .rapport-pairing"));
        incoming.findElement(By.cssSelector("button[data-action=accept]")).click();
        WebElement active = dave.waitFor(By.cssSelector("#rapport-pairings-active .rapport-pairing"));
        assertThat(active.getAttribute("data-status")).isEqualTo("ACTIVE");
        String pairingId = active.getAttribute("data-id");
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairings-incoming .rapport-pairing"))).isEmpty();

        active.findElement(By.cssSelector(".rapport-pairing-open")).click();
        dave.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "ACTIVE"));
        // AUI's lozenge shows its text upper case; the text itself is the translated status.
        assertThat(dave.driver().findElement(By.id("rapport-pairing-status")).getAttribute("textContent")).isEqualTo("Active");
        assertThat(dave.driver().findElement(By.id("rapport-pairing-message")).getText()).isEqualTo("Help me <b>grow</b>");
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairing-message b"))).as("message stays text").isEmpty();
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairing-actions button")))
                .extracting(b -> b.getAttribute("data-action")).containsExactly("end");
        assertThat(dave.driver().findElements(By.id("rapport-pairing-checkins"))).hasSize(1);
        assertThat(dave.driver().findElements(By.id("rapport-pairing-goals"))).hasSize(1);
        assertThat(dave.consoleErrors()).as("script errors").isEmpty();

        bob.visit("/plugins/servlet/rapport/mentoring");
        WebElement bobsActive = bob.waitFor(By.cssSelector("#rapport-pairings-active .rapport-pairing"));
        assertThat(bobsActive.getAttribute("data-status")).isEqualTo("ACTIVE");

        bob.visit("/plugins/servlet/rapport/notifications");
        WebElement notice = bob.waitFor(By.cssSelector("#rapport-notification-list .rapport-notification[data-kind=MENTORSHIP_ACCEPTED]"));
        assertThat(notice.findElement(By.cssSelector(".rapport-notification-text")).getText())
                .isEqualTo("Dave Diaz accepted a mentoring pairing with you. Open the pairing");
        assertThat(notice.findElement(By.cssSelector(".rapport-notification-text a")).getAttribute("href"))
                .endsWith("/plugins/servlet/rapport/mentoring/pairing?id=" + pairingId);
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        // Dave ends it from the pairing page: a reason is required, then he may give feedback.
        dave.visit("/plugins/servlet/rapport/mentoring/pairing?id=" + pairingId);
        dave.waitFor(By.cssSelector("#rapport-pairing-actions button[data-action=end]")).click();
        dave.driver().findElement(By.id("rapport-pairing-end-submit")).click();
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#rapport-pairing-end-form .error[data-field=reason]"), "This field is required."));
        dave.driver().findElement(By.id("rapport-pairing-end-reason")).sendKeys("Bob reached his goals");
        dave.driver().findElement(By.id("rapport-pairing-end-submit")).click();
        dave.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "COMPLETED"));
        assertThat(dave.driver().findElement(By.id("rapport-pairing-reason")).getText()).isEqualTo("Bob reached his goals");
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairing-actions button")))
                .extracting(b -> b.getAttribute("data-action")).containsExactly("feedback");
        // The browser logs the refused first attempt (400, reason missing); nothing else may show up.
        assertThat(dave.consoleErrors()).as("script errors")
                .allSatisfy(e -> assertThat(e).contains("/mentoring/pairings/" + pairingId + "/end").contains("400"));
    }
}
