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
import org.rapport.testing.SettingsBody;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The give form's errors and limits in headless Chromium (issue 13): every missing field is named
 * on the first submit, a message over 2000 characters is neither cut nor sent, and a spent weekly
 * allowance disables the form on the page and in the dialog with the time it resets.
 */
class GiveFormBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String PAGE = "/plugins/servlet/rapport/recognise";

    private static String error(Browser browser, String field) {
        return browser.driver().findElement(By.cssSelector("#rapport-give-form .error[data-field='" + field + "']")).getText();
    }

    @Test
    void anEmptySubmit_namesEveryMissingFieldAtOnce_andTheNextAttemptClearsThem() {
        Browser carol = browsers.signedIn("carol", PAGE);
        carol.waitFor(By.id("rapport-give-submit")).click();

        carol.waiting().until(d -> !error(carol, "message").isEmpty());
        assertThat(error(carol, "recipients")).isEqualTo("Choose at least one person to recognise.");
        assertThat(error(carol, "categoryId")).isEqualTo("Choose a category.");
        assertThat(error(carol, "message")).isEqualTo("This field is required.");
        assertThat(carol.consoleErrors()).as("nothing sent, nothing refused").isEmpty();

        carol.driver().findElement(By.xpath("//label[.//strong[text()='Teamwork']]")).click();
        carol.driver().findElement(By.id("rapport-give-message")).sendKeys("Thanks for the review");
        carol.driver().findElement(By.id("rapport-give-submit")).click();
        carol.waiting().until(d -> error(carol, "message").isEmpty());
        assertThat(error(carol, "categoryId")).isEmpty();
        assertThat(error(carol, "recipients")).isEqualTo("Choose at least one person to recognise.");
    }

    @Test
    void aMessageOver2000Characters_isKeptWhole_countedInRed_andRefused() {
        Browser dave = browsers.signedIn("dave", PAGE + "?to=erin");
        dave.waitFor(By.cssSelector("#rapport-recipient-chips .rapport-chip[data-key='erin']"));
        dave.driver().findElement(By.xpath("//label[.//strong[text()='Teamwork']]")).click();
        WebElement message = dave.driver().findElement(By.id("rapport-give-message"));
        // Typing 2,010 characters key by key is slow; set the value and announce the input as a paste would.
        ((JavascriptExecutor) dave.driver()).executeScript(
                "arguments[0].value = 'x'.repeat(2009); arguments[0].dispatchEvent(new Event('input'));", message);
        message.sendKeys("y");

        assertThat(message.getAttribute("value")).as("not cut off").hasSize(2010);
        WebElement counter = dave.driver().findElement(By.id("rapport-give-counter"));
        assertThat(counter.getText()).isEqualTo("2010 of 2000 characters");
        assertThat(counter.getAttribute("class")).contains("rapport-counter-over");

        dave.driver().findElement(By.id("rapport-give-submit")).click();
        dave.waiting().until(d -> !error(dave, "message").isEmpty());
        assertThat(error(dave, "message")).isEqualTo("Use at most 2,000 characters.");
        assertThat(host.as("dave").get("recognitions?givenBy=dave").json().path("items")).as("nothing given").isEmpty();
    }

    @Test
    void aSpentAllowance_disablesThePageAndTheDialog_withTheResetTime() {
        int before = host.as("admin").get("settings").json().path("weeklyAllowance").asInt();
        assertThat(host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("weeklyAllowance", 1).build()).status())
                .isEqualTo(200);
        try {
            Map<String, Object> one = Map.of("recipients", List.of("carol"), "categoryId", teamwork(), "message", "One for this week",
                    "visibility", "PUBLIC");
            assertThat(host.as("bob").post("recognitions", one).status()).isEqualTo(201);

            Browser bob = browsers.signedIn("bob", PAGE);
            WebElement warning = bob.waitFor(By.cssSelector("#rapport-give-result .aui-message-warning"));
            assertThat(warning.getText()).startsWith("You have given all 1 recognitions of this week. You can recognise colleagues again from ");
            assertThat(bob.driver().findElement(By.id("rapport-give-submit")).isEnabled()).isFalse();
            assertThat(bob.driver().findElement(By.id("rapport-give-message")).isEnabled()).isFalse();

            bob.visit("/secure/ViewProfile.jspa?name=dave");
            bob.waitFor(By.id("rapport-recognise-action")).click();
            bob.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rapport-recognise-dialog-result .aui-message-warning")));
            assertThat(bob.driver().findElement(By.id("rapport-recognise-dialog-submit")).isEnabled()).isFalse();
            assertThat(bob.consoleErrors()).as("script errors").isEmpty();
        } finally {
            host.as("admin").put("settings", SettingsBody.current(host.as("admin")).with("weeklyAllowance", before).build());
        }
    }

    private static long teamwork() {
        for (var category : host.as("admin").get("categories").json()) {
            if (category.path("name").asText().equals("Teamwork")) {
                return category.path("id").asLong();
            }
        }
        throw new IllegalStateException("no Teamwork category");
    }
}
