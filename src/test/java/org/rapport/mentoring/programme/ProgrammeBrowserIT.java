package org.rapport.mentoring.programme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
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
 * The Programme and My team pages in headless Chromium: Erin (a coordinator) previews the match of
 * everyone waiting and proposes it; Alice (Bob's manager) opens My team and sees Bob's pairing.
 */
class ProgrammeBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    @Test
    void coordinatorPreviewsAndCommits_managerSeesThePairingInMyTeam() {
        Map<String, Object> mentor = new HashMap<>();
        mentor.put("skills", List.of("kotlin"));
        mentor.put("capacity", 1);
        mentor.put("paused", false);
        mentor.put("timeZone", "UTC");
        assertThat(host.as("dave").put("mentoring/profile/mentor", mentor).status()).isEqualTo(200);
        Map<String, Object> mentee = new HashMap<>();
        mentee.put("goals", "Learn Kotlin");
        mentee.put("skills", List.of("kotlin"));
        mentee.put("timeZone", "UTC");
        assertThat(host.as("bob").put("mentoring/profile/mentee", mentee).status()).isEqualTo(200);

        Browser erin = browsers.signedIn("erin");
        erin.driver().findElement(By.id("rapport-programme-link")).click();
        erin.waitFor(By.id("rapport-figure-matched"));
        assertThat(erin.driver().findElement(By.id("rapport-figure-matched")).getText()).startsWith("0 %");
        erin.driver().findElement(By.id("rapport-match-preview")).click();
        erin.waitFor(By.cssSelector("#rapport-match-rows .rapport-match-row"));
        assertThat(erin.driver().findElement(By.cssSelector("#rapport-match-rows .rapport-match-mentee")).getText()).isEqualTo("Bob Baker");
        assertThat(erin.driver().findElement(By.cssSelector("#rapport-match-rows .rapport-match-mentor")).getText()).isEqualTo("Dave Diaz");
        assertThat(erin.driver().findElement(By.id("rapport-match-rows")).getText()).contains("Shares the skill kotlin");
        // Plain language (issue 13): the score's meaning under the table, the load spread without a sigma.
        assertThat(erin.driver().findElement(By.id("rapport-match-score-help")).getText()).startsWith("Score: points for each skill");
        assertThat(erin.driver().findElement(By.id("rapport-fairness-spread")).getText())
                .doesNotContain("\u03c3").matches("Mentors have \\d+ % to \\d+ % of their places filled; most are within \\d+ percentage points of the average");
        erin.driver().findElement(By.id("rapport-match-commit")).click();
        erin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-match-result"),
                "1 pairs proposed, 0 skipped."));
        erin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-programme-rows"), "Bob Baker"));
        erin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-figure-matched"), "100 %"));
        assertThat(erin.driver().findElement(By.id("rapport-programme-export")).getAttribute("href")).endsWith("/export.csv");
        assertThat(erin.consoleErrors()).as("script errors").isEmpty();

        Browser alice = browsers.signedIn("alice");
        alice.driver().findElement(By.id("rapport-team-link")).click();
        alice.waitFor(By.cssSelector("#rapport-team-rows .rapport-team-row"));
        assertThat(alice.driver().findElement(By.cssSelector("#rapport-team-rows .rapport-team-report")).getText()).isEqualTo("Bob Baker");
        assertThat(alice.driver().findElement(By.cssSelector("#rapport-team-rows .rapport-team-other")).getText()).isEqualTo("Dave Diaz");
        assertThat(alice.driver().findElement(By.id("rapport-team-rows")).getText()).contains("Not started", "No goals yet");
        assertThat(alice.consoleErrors()).as("script errors").isEmpty();

        assertThat(alice.driver().findElements(By.id("rapport-programme-link"))).as("alice coordinates nothing").isEmpty();

        Browser bob = browsers.signedIn("bob");
        assertThat(bob.driver().findElements(By.id("rapport-team-link"))).as("bob manages nobody").isEmpty();
        assertThat(bob.driver().findElements(By.id("rapport-mentoring-link"))).isNotEmpty();
        bob.visit("/plugins/servlet/rapport/mentoring/programme");
        assertThat(bob.driver().findElement(By.id("rapport-forbidden")).isDisplayed()).isTrue();
    }

    @Test
    void adminChangesMentoringSettings_badFieldsAreNamedUnderTheirInputs() {
        Browser admin = browsers.signedIn("admin");
        admin.visit("/plugins/servlet/rapport/admin/mentoring");
        admin.waitFor(By.id("rapport-mentoring-admin-form"));
        // Issue 13: the "Matching weights" heading sat on top of the first weight's label.
        WebElement heading = admin.driver().findElement(By.cssSelector("#rapport-mentoring-weights > legend"));
        assertThat(heading.isDisplayed()).as("the heading shows").isTrue();
        assertThat(heading.getText()).isEqualTo("Matching weights");
        Rectangle legend = heading.getRect();
        assertThat(legend.getHeight()).isPositive();
        Rectangle firstLabel = admin.driver().findElement(By.cssSelector("label[for=rapport-mentoring-w-skill]")).getRect();
        assertThat(legend.getY() + legend.getHeight()).as("the heading ends above the first label").isLessThanOrEqualTo(firstLabel.getY());

        // A misspelt coordinator group is refused, named under its field, together with the other bad fields.
        WebElement group = admin.driver().findElement(By.id("rapport-mentoring-group"));
        group.clear();
        group.sendKeys("rapport-cordinators");
        WebElement cadence = admin.driver().findElement(By.id("rapport-mentoring-cadence"));
        cadence.clear();
        cadence.sendKeys("0");
        WebElement skill = admin.driver().findElement(By.id("rapport-mentoring-w-skill"));
        skill.clear();
        skill.sendKeys("101");
        admin.driver().findElement(By.id("rapport-mentoring-admin-save")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".error[data-field='weights.sharedSkill']"), "Use a whole number from 0 to 100."));
        assertThat(admin.driver().findElement(By.cssSelector(".error[data-field='defaultCadenceDays']")).getText())
                .isEqualTo("Use a whole number from 1 to 90.");
        assertThat(admin.driver().findElement(By.cssSelector(".error[data-field='coordinatorGroup']")).getText())
                .startsWith("There is no group called \"rapport-cordinators\".");
        group.clear();
        group.sendKeys("rapport-coordinators");

        cadence.clear();
        cadence.sendKeys("7");
        skill.clear();
        skill.sendKeys("12");
        admin.driver().findElement(By.id("rapport-mentoring-admin-save")).click();
        admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-mentoring-admin-message"),
                "Mentoring settings saved."));
        assertThat(host.as("admin").get("mentoring/settings").json().path("defaultCadenceDays").asInt()).isEqualTo(7);
        assertThat(host.as("admin").get("mentoring/settings").json().path("weights").path("sharedSkill").asInt()).isEqualTo(12);
        assertThat(admin.consoleErrors()).as("script errors (the 400 answer itself is expected)")
                .filteredOn(e -> !e.contains("/rest/rapport/1.0/mentoring/settings - Failed to load resource: the server responded with a status of 400"))
                .isEmpty();
    }
}
