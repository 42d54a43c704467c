package org.rapport.help;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help ledger as people use it, in headless Chromium: Bob logs that Carol helped him on an
 * issue (from the issue view's "Log help on this issue"), both ledgers and the issue panel show it;
 * Carol logs that she helped Dave, Dave confirms, and the counts move. User text stays text.
 */
class HelpBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String LEDGER = "/plugins/servlet/rapport/help";

    @Test
    void bobLogsCarolHelpedHimOnAnIssue_carolHelpsDave_daveConfirms_andTheLedgersCount() {
        String summary = "<b>Explained</b> the RAP-1 deploy & \"rollback\"";
        Browser bob = browsers.signedIn("bob", "/browse/RAP-1");
        assertThat(bob.waitFor(By.id("rapport-issue-help-empty")).getText()).isEqualTo("No help logged on this issue yet.");
        bob.driver().findElement(By.id("rapport-issue-log-help")).click();
        assertThat(bob.waitFor(By.id("rapport-help-link")).getAttribute("value")).as("prefilled with the key").isEqualTo("RAP-1");
        chooseColleague(bob, "car", "carol");
        bob.driver().findElement(By.id("rapport-help-summary")).sendKeys(summary);
        bob.driver().findElement(By.id("rapport-help-details")).sendKeys("Walked me through the runbook");
        bob.driver().findElement(By.id("rapport-help-skills")).sendKeys("Deploy, Kubernetes");
        bob.driver().findElement(By.id("rapport-help-minutes")).sendKeys("30");
        bob.driver().findElement(By.id("rapport-help-submit")).click();
        bob.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-help-result"), "Help logged."));
        bob.waiting().until(ExpectedConditions.textToBe(By.id("rapport-help-received"), "1"));
        WebElement bobsEntry = bob.waitFor(By.cssSelector("#rapport-help-received-list .rapport-help-entry"));
        assertThat(bobsEntry.findElement(By.cssSelector(".rapport-help-summary")).getText()).isEqualTo(summary);
        assertThat(bobsEntry.findElements(By.cssSelector(".rapport-help-summary b"))).as("no markup from the summary").isEmpty();
        assertThat(bobsEntry.findElement(By.cssSelector(".rapport-help-entry-header")).getText()).isEqualTo("Carol Chen helped Bob Baker");
        assertThat(bobsEntry.findElement(By.cssSelector(".rapport-help-link")).getText()).isEqualTo("RAP-1");
        assertThat(bobsEntry.findElements(By.cssSelector(".rapport-help-skill"))).extracting(WebElement::getText)
                .containsExactly("deploy", "kubernetes");
        assertThat(bob.consoleErrors()).as("script errors").isEmpty();

        bob.visit("/browse/RAP-1");
        WebElement onIssue = bob.waitFor(By.cssSelector("#rapport-issue-help-entries .rapport-issue-help-entry"));
        assertThat(onIssue.findElement(By.cssSelector(".rapport-issue-help-summary")).getText()).isEqualTo(summary);
        assertThat(onIssue.getText()).contains("Carol Chen helped Bob Baker");
        assertThat(bob.driver().findElements(By.cssSelector("#rapport-issue-help-entries b"))).as("escaped on the issue panel").isEmpty();

        Browser carol = browsers.signedIn("carol", LEDGER);
        carol.waiting().until(ExpectedConditions.textToBe(By.id("rapport-help-given"), "1"));
        WebElement carolsEntry = carol.waitFor(By.cssSelector("#rapport-help-given-list .rapport-help-entry"));
        assertThat(carolsEntry.findElement(By.cssSelector(".rapport-help-summary")).getText()).isEqualTo(summary);
        assertThat(carolsEntry.findElement(By.cssSelector(".rapport-help-details")).getText()).isEqualTo("Walked me through the runbook");
        assertThat(carol.driver().findElement(By.id("rapport-help-top-skills")).getText()).contains("deploy", "kubernetes");
        assertThat(((JavascriptExecutor) carol.driver()).executeScript("return typeof window.Chart")).as("Chart.js bundled").isEqualTo("function");

        carol.driver().findElement(By.cssSelector("label[for=rapport-help-direction-given]")).click();
        chooseColleague(carol, "dav", "dave");
        carol.driver().findElement(By.id("rapport-help-summary")).sendKeys("Paired on the flaky test");
        carol.driver().findElement(By.id("rapport-help-submit")).click();
        carol.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-help-result"), "once your colleague confirms"));
        assertThat(carol.driver().findElement(By.id("rapport-help-given")).getText()).as("pending help does not count").isEqualTo("1");

        Browser dave = browsers.signedIn("dave", LEDGER);
        WebElement pending = dave.waitFor(By.cssSelector("#rapport-help-pending .rapport-help-entry"));
        assertThat(pending.findElement(By.cssSelector(".rapport-help-summary")).getText()).isEqualTo("Paired on the flaky test");
        pending.findElement(By.cssSelector(".rapport-help-confirm")).click();
        dave.waitFor(By.xpath("//div[contains(@class,'aui-flag')][contains(.,'Help confirmed.')]"));
        dave.waiting().until(ExpectedConditions.textToBe(By.id("rapport-help-received"), "1"));
        dave.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-help-pending-section")));
        assertThat(dave.consoleErrors()).as("script errors").isEmpty();

        carol.visit(LEDGER);
        carol.waiting().until(ExpectedConditions.textToBe(By.id("rapport-help-given"), "2"));
        assertThat(carol.driver().findElement(By.id("rapport-help-colleagues")).getText()).isEqualTo("2");

        dave.visit("/plugins/servlet/rapport/help?person=carol");
        dave.waiting().until(ExpectedConditions.textToBe(By.id("rapport-help-given"), "2"));
        dave.waiting().until(d -> d.findElements(By.cssSelector("#rapport-help-given-list .rapport-help-entry")).size() == 2);
        assertThat(dave.driver().findElement(By.id("rapport-help-given-list")).getText()).as("only the two people see details")
                .contains("Explained").doesNotContain("Walked me through");
        assertThat(dave.driver().findElements(By.id("rapport-help-form"))).as("no form on another's ledger").isEmpty();

        bob.visit(LEDGER);
        bob.waitFor(By.cssSelector("#rapport-help-received-list .rapport-help-recognise")).click();
        bob.waitFor(By.cssSelector("#rapport-recipient-chips .rapport-chip[data-key='carol']"));
        assertThat(bob.driver().findElement(By.id("rapport-give-message")).getAttribute("value")).isEqualTo(summary);
        assertThat(bob.driver().findElement(By.id("rapport-give-link")).getAttribute("value")).isEqualTo("RAP-1");
    }

    @Test
    void aHelperSeesWhatWaitsForTheOtherPerson_andWithdrawsIt() {
        HttpResult logged = host.as("erin").post("help", Map.of("helper", "erin", "helped", "dave",
                "summary", "Reviewed the <i>pricing</i> sheet", "kind", "unblocked-me"));
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        long id = logged.json().path("id").asLong();
        Browser erin = browsers.signedIn("erin", LEDGER);

        WebElement waiting = erin.waitFor(By.cssSelector("#rapport-help-awaiting .rapport-help-entry[data-id='" + id + "']"));
        assertThat(erin.driver().findElement(By.id("rapport-help-awaiting-section")).isDisplayed()).isTrue();
        assertThat(waiting.findElement(By.cssSelector(".rapport-help-summary")).getText()).isEqualTo("Reviewed the <i>pricing</i> sheet");
        waiting.findElement(By.cssSelector(".rapport-help-delete")).click();

        erin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rapport-help-awaiting-section")));
        assertThat(host.as("dave").get("help/" + id).status()).as("withdrawn").isEqualTo(404);
        assertThat(erin.consoleErrors()).as("script errors").isEmpty();
    }

    private static void chooseColleague(Browser browser, String typed, String key) {
        browser.driver().findElement(By.id("rapport-help-colleague-search")).sendKeys(typed);
        browser.waitFor(By.cssSelector("#rapport-help-colleague-suggestions button[data-key='" + key + "']")).click();
        browser.waitFor(By.cssSelector("#rapport-help-colleague-chip .rapport-chip[data-key='" + key + "']"));
    }
}
