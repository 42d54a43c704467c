package org.rapport.mentoring;

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
 * Issue 5's whole journey in headless Chromium on the real host: Bob (a mentee; Alice manages him)
 * asks Dave to be his mentor, Dave accepts, opens the pairing page and logs a check-in with private
 * notes and a goal; Bob sees both; Alice opens My team and sees a healthy pairing with one check-in,
 * but nowhere its notes, and asking the API for them gives 404.
 */
class MentoringJourneyBrowserIT {
    private static final String NOTES = "Talked about <b>the promotion case</b> in private";

    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    @Test
    void menteeAsks_mentorAcceptsAndLogsACheckIn_managerSeesAHealthyPairingWithoutNotes() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("skills", List.of("incident-review"));
        profile.put("capacity", 2);
        profile.put("paused", false);
        profile.put("bio", "");
        profile.put("timeZone", "UTC");
        assertThat(host.as("dave").put("mentoring/profile/mentor", profile).status()).isEqualTo(200);

        // Bob asks Dave.
        Browser bob = browsers.signedIn("bob", "/plugins/servlet/rapport/mentoring?ask=dave");
        WebElement form = bob.waitFor(By.id("rapport-ask-form"));
        bob.waiting().until(ExpectedConditions.visibilityOf(form));
        bob.driver().findElement(By.id("rapport-ask-message")).sendKeys("Would you mentor me on incident reviews?");
        bob.driver().findElement(By.id("rapport-ask-send")).click();
        bob.waitFor(By.cssSelector("#rapport-pairings-outgoing .rapport-pairing[data-status=PROPOSED]"));

        // Dave accepts and opens the pairing.
        Browser dave = browsers.signedIn("dave", "/plugins/servlet/rapport/mentoring");
        dave.waitFor(By.cssSelector("#rapport-pairings-incoming .rapport-pairing button[data-action=accept]")).click();
        WebElement active = dave.waitFor(By.cssSelector("#rapport-pairings-active .rapport-pairing[data-status=ACTIVE]"));
        String pairingId = active.getAttribute("data-id");
        active.findElement(By.cssSelector(".rapport-pairing-open")).click();
        dave.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "ACTIVE"));

        // ... logs a check-in with private notes, and a goal.
        WebElement notes = dave.waitFor(By.id("rapport-pairing-checkin-notes"));
        notes.sendKeys(NOTES);
        WebElement duration = dave.driver().findElement(By.id("rapport-pairing-checkin-durationMinutes"));
        duration.clear();
        duration.sendKeys("45");
        dave.driver().findElement(By.id("rapport-pairing-checkin-submit")).click();
        WebElement logged = dave.waitFor(By.cssSelector("#rapport-pairing-checkin-list .rapport-pairing-checkin"));
        assertThat(logged.findElement(By.cssSelector(".rapport-pairing-notes")).getText()).isEqualTo(NOTES);
        assertThat(logged.findElements(By.cssSelector(".rapport-pairing-notes b"))).as("notes stay text").isEmpty();
        dave.driver().findElement(By.id("rapport-pairing-goal-title")).sendKeys("Lead an incident review");
        dave.driver().findElement(By.id("rapport-pairing-goal-submit")).click();
        dave.waitFor(By.cssSelector("#rapport-pairing-goal-list .rapport-pairing-goal"));
        assertThat(dave.consoleErrors()).as("script errors").isEmpty();

        // Bob, the other side, sees the check-in and its notes on the same page.
        bob.visit("/plugins/servlet/rapport/mentoring/pairing?id=" + pairingId);
        WebElement seen = bob.waitFor(By.cssSelector("#rapport-pairing-checkin-list .rapport-pairing-checkin"));
        assertThat(seen.findElement(By.cssSelector(".rapport-pairing-notes")).getText()).isEqualTo(NOTES);
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        // Alice, Bob's manager: a healthy pairing with one check-in and goal progress, never the notes.
        Browser alice = browsers.signedIn("alice", "/plugins/servlet/rapport/mentoring/team");
        WebElement row = alice.waitFor(By.cssSelector("#rapport-team-rows .rapport-team-row[data-pairing-id='" + pairingId + "']"));
        assertThat(row.findElement(By.cssSelector(".rapport-team-report")).getText()).isEqualTo("Bob Baker");
        assertThat(row.findElement(By.cssSelector(".rapport-team-other")).getText()).isEqualTo("Dave Diaz");
        assertThat(row.findElement(By.cssSelector(".rapport-team-status")).getText()).isEqualTo("Active");
        assertThat(row.findElement(By.cssSelector(".rapport-health")).getText()).isEqualTo("On track");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(6).getText()).as("check-ins").isEqualTo("1");
        assertThat(row.getText()).doesNotContain("promotion");
        assertThat(alice.driver().getPageSource()).doesNotContain("promotion case");
        assertThat(alice.consoleErrors()).as("script errors").isEmpty();

        assertThat(host.as("alice").get("mentoring/pairings/" + pairingId + "/checkins").status()).isEqualTo(404);
        assertThat(host.as("alice").get("mentoring/team").body()).contains("\"checkIns\":1").doesNotContain("promotion");
        assertThat(host.as("bob").get("mentoring/pairings/" + pairingId + "/checkins").body()).contains("promotion case");
    }
}
