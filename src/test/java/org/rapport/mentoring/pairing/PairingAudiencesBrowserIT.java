package org.rapport.mentoring.pairing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pairing page, four audiences, in headless Chromium (issue 13). Demo org: Alice manages Bob,
 * Erin coordinates, admin administers. Bob and Carol ask Dave to mentor them. The pair logs and changes; a manager
 * sees the summary's counts and health only; a coordinator (and an admin) also reads the goals; none
 * of them gets an error banner or a request the server refuses (the browser logs every failed load),
 * and each action confirms itself and updates the summary in place.
 */
class PairingAudiencesBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String PAGE = "/plugins/servlet/rapport/mentoring/pairing?id=";

    /** Dave offers mentoring in kubernetes; {@code mentee} (Bob or Carol, both Alice's reports) asks him; it waits for Dave. */
    private static long asksDave(String mentee) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("skills", List.of("kubernetes"));
        profile.put("capacity", 2);
        profile.put("paused", false);
        profile.put("bio", "");
        profile.put("timeZone", "UTC");
        assertThat(host.as("dave").put("mentoring/profile/mentor", profile).status()).isEqualTo(200);
        Map<String, Object> request = new HashMap<>();
        request.put("mentor", "dave");
        request.put("mentee", mentee);
        request.put("message", "Teach me kubernetes");
        HttpResult proposed = host.as(mentee).post("mentoring/pairings", request);
        assertThat(proposed.status()).as(proposed.abbreviated()).isEqualTo(201);
        return proposed.json().path("id").asLong();
    }

    private static WebElement flag(Browser browser, String text) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'aui-flag')][contains(.,'" + text + "')]")));
    }

    @Test
    void managerSeesCountsAndHealth_coordinatorAndAdminReadTheGoals_andNothingFails() {
        long id = asksDave("carol");
        assertThat(host.as("dave").post("mentoring/pairings/" + id + "/accept", Map.of()).status()).isEqualTo(200);
        Map<String, Object> checkIn = new HashMap<>();
        checkIn.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        checkIn.put("durationMinutes", 30);
        checkIn.put("notes", "Private notes");
        checkIn.put("nextSteps", "");
        assertThat(host.as("carol").post("mentoring/pairings/" + id + "/checkins", checkIn).status()).isEqualTo(201);
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", "Run a cluster upgrade");
        assertThat(host.as("carol").post("mentoring/pairings/" + id + "/goals", goal).status()).isEqualTo(201);

        Browser alice = browsers.signedIn("alice", PAGE + id);
        alice.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "ACTIVE"));
        assertThat(alice.driver().findElement(By.id("rapport-pairing-checkin")).getText()).contains("(1 in all)");
        assertThat(alice.driver().findElement(By.id("rapport-pairing-health")).isDisplayed()).isTrue();
        assertThat(alice.driver().findElements(By.id("rapport-pairing-checkins"))).as("no check-in section").isEmpty();
        assertThat(alice.driver().findElements(By.id("rapport-pairing-goals"))).as("no goal section").isEmpty();
        assertThat(alice.driver().findElement(By.id("rapport-pairing-private-note")).getText())
                .startsWith("Check-in notes and goals stay private to the pair.");
        assertThat(alice.driver().findElement(By.id("rapport-pairing-error")).isDisplayed()).isFalse();
        assertThat(alice.driver().findElements(By.cssSelector("#rapport-pairing form:not([hidden])"))).as("no forms").isEmpty();
        assertThat(alice.consoleErrors()).as("refused requests and script errors").isEmpty();

        for (String coordinator : List.of("erin", "admin")) {
            Browser browser = browsers.signedIn(coordinator, PAGE + id);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#rapport-pairing-goal-list .rapport-pairing-goal-title"), "Run a cluster upgrade"));
            assertThat(browser.driver().findElements(By.id("rapport-pairing-checkins"))).as(coordinator).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#rapport-pairing-goals input, #rapport-pairing-goals button, #rapport-pairing-goals form")))
                    .as(coordinator + ": goals read-only").isEmpty();
            assertThat(browser.driver().findElement(By.cssSelector("#rapport-pairing-goals .rapport-empty")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("rapport-pairing-private-note")).getText())
                    .startsWith("Check-in notes stay private to the pair.");
            assertThat(browser.driver().findElement(By.id("rapport-pairing-error")).isDisplayed()).isFalse();
            assertThat(browser.consoleErrors()).as(coordinator + ": refused requests and script errors").isEmpty();
        }
    }

    @Test
    void daveAcceptsOnThePage_logsACheckInAndAGoal_andTheSummaryFollowsInPlace() {
        long id = asksDave("bob");
        Browser dave = browsers.signedIn("dave", PAGE + id);
        dave.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "PROPOSED"));
        assertThat(dave.driver().findElements(By.id("rapport-pairing-checkin-submit"))).as("no check-in form before it starts").isEmpty();

        dave.waitFor(By.cssSelector("#rapport-pairing-actions button[data-action=accept]")).click();
        flag(dave, "Pairing accepted.");
        dave.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-pairing-summary"), "data-status", "ACTIVE"));
        assertThat(dave.driver().findElement(By.id("rapport-pairing-checkin")).getText()).isEqualTo("No check-ins yet");

        // The check-in form arrives with the active pairing, without a reload.
        WebElement minutes = dave.waitFor(By.id("rapport-pairing-checkin-durationMinutes"));
        minutes.clear();
        dave.driver().findElement(By.id("rapport-pairing-checkin-submit")).click();
        dave.waiting().until(ExpectedConditions.textMatches(
                By.cssSelector("#checkin .error[data-field=durationMinutes]"), Pattern.compile(".+")));
        minutes.sendKeys("45");
        dave.driver().findElement(By.id("rapport-pairing-checkin-notes")).sendKeys("Walked through the cluster");
        dave.driver().findElement(By.id("rapport-pairing-checkin-submit")).click();
        flag(dave, "Check-in logged.");
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-pairing-checkin"), "(1 in all)"));
        assertThat(dave.driver().findElement(By.cssSelector("#checkin .error[data-field=durationMinutes]")).getText())
                .as("the old error goes with the next attempt").isEmpty();
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairing-checkin-list .rapport-pairing-checkin"))).hasSize(1);

        dave.driver().findElement(By.id("rapport-pairing-goal-title")).sendKeys("Own the upgrade runbook");
        dave.driver().findElement(By.id("rapport-pairing-goal-submit")).click();
        flag(dave, "Goal added.");
        dave.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#rapport-pairing-goal-list .rapport-pairing-goal-title"), "Own the upgrade runbook"));

        // Ending it takes the forms away in place.
        dave.driver().findElement(By.cssSelector("#rapport-pairing-actions button[data-action=end]")).click();
        dave.driver().findElement(By.id("rapport-pairing-end-reason")).sendKeys("Done for now");
        dave.driver().findElement(By.id("rapport-pairing-end-submit")).click();
        flag(dave, "Pairing ended.");
        dave.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-pairing-checkin-submit")));
        assertThat(dave.driver().findElements(By.cssSelector("#rapport-pairing-goals input"))).isEmpty();
        // The one refused request is the first check-in attempt (400: no duration).
        assertThat(dave.consoleErrors()).as("script errors")
                .allSatisfy(e -> assertThat(e).contains("/checkins").contains("400"));
    }
}
