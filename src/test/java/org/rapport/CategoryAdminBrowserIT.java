package org.rapport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.CategoryBody.aCategory;
import static org.rapport.testing.CategoryBody.uniqueName;

/**
 * The category admin page and what colleagues see, in a real headless Chromium: real clicks,
 * explicit waits. Each test opens its own browsers (fresh profiles, so fresh sessions).
 */
class CategoryAdminBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String ADMIN_PAGE = "/plugins/servlet/rapport/admin/categories";
    private static final String RECOGNISE_PAGE = "/plugins/servlet/rapport/recognise";

    private AdminPage adminPageAsAdmin() {
        Browser browser = browsers.signedIn("admin", ADMIN_PAGE);
        return new AdminPage(browser);
    }

    /** A category made through REST as the starting point of a test about something else. */
    private static JsonNode existingCategory(String name) {
        HttpResult result = host.as("admin").post("categories", aCategory().name(name).description("Before the test.").build());
        assertThat(result.status()).as("%s", result).isEqualTo(201);
        return result.json();
    }

    private static JsonNode storedCategory(JsonNode category) {
        return host.as("admin").get("categories/" + category.path("id").asText()).json();
    }

    @Test
    void adminCreatesCategory_nameIsShownAsLiteralText_andColleagueCanChooseIt() {
        String name = "<b>bold</b> & \"quotes\" " + uniqueName("#");
        AdminPage page = adminPageAsAdmin();

        page.fill(name, "Created in the browser.");
        page.save();

        page.waitUntilActiveNamesContain(name);
        page.waitForMessage("Category saved.");
        assertThat(page.rowNamed(name).findElement(By.cssSelector(".rapport-category-description")).getText())
                .isEqualTo("Created in the browser.");
        assertThat(page.driver().findElements(By.cssSelector("#rapport-category-table b"))).as("no <b> element from the name").isEmpty();
        assertThat(page.driver().findElement(By.id("rapport-category-name")).getAttribute("value")).as("form reset").isEmpty();
        page.browser.screenshot("category-admin");

        Browser alice = browsers.signedIn("alice", RECOGNISE_PAGE);
        alice.waitFor(By.id("rapport-recognise-heading"));
        List<String> offered = texts(alice.driver().findElements(By.cssSelector(".rapport-category-name")));
        assertThat(offered).contains(name, "Teamwork");
        assertThat(alice.driver().findElements(By.cssSelector("#rapport-category-cards b"))).isEmpty();
    }

    @Test
    void adminPage_loadsWithoutScriptErrors_andMilestoneChosenByItsRadioIsStored() {
        String name = uniqueName("Milestone");
        AdminPage page = adminPageAsAdmin();
        // AUI's script adds the glyph after each radio and draws the circle in its ::before.
        By milestoneGlyph = By.cssSelector("#rapport-category-kind-MILESTONE + .aui-form-glyph");
        page.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(milestoneGlyph));
        Object circleWidth = ((JavascriptExecutor) page.driver()).executeScript(
                "return getComputedStyle(arguments[0], '::before').width;", page.driver().findElement(milestoneGlyph));
        assertThat(circleWidth).as("AUI draws the radio").isNotEqualTo("0px").isNotEqualTo("auto");
        page.driver().findElement(By.cssSelector("label[for=rapport-category-kind-MILESTONE]")).click();
        page.fill(name, "A milestone.");
        page.save();
        page.waitUntilActiveNamesContain(name);

        JsonNode stored = storedByName(name);
        assertThat(stored.path("kind").asText()).isEqualTo("MILESTONE");
        assertThat(page.browser.consoleErrors()).as("script errors on the admin page").isEmpty();
    }

    private static JsonNode storedByName(String name) {
        for (JsonNode category : host.as("admin").get("categories?all=true").json()) {
            if (category.path("name").asText().equals(name)) {
                return category;
            }
        }
        throw new AssertionError("no stored category named " + name);
    }

    @Test
    void adminMovesCategoryUp_andTheNewOrderIsStored() {
        JsonNode category = existingCategory(uniqueName("Move me"));
        String name = category.path("name").asText();
        AdminPage page = adminPageAsAdmin();
        page.waitUntilActiveNamesContain(name);
        List<String> before = page.activeNames();
        int from = before.indexOf(name);
        assertThat(from).as("a new category comes last").isEqualTo(before.size() - 1);

        page.rowNamed(name).findElement(By.cssSelector(".rapport-up")).click();

        page.waitForMessage("Order saved.");
        page.browser.waiting().until(d -> page.activeNames().indexOf(name) == from - 1);
        List<String> expected = new ArrayList<>(before);
        expected.remove(name);
        expected.add(from - 1, name);
        assertThat(page.activeNames()).isEqualTo(expected);
        assertThat(storedCategory(category).path("sortOrder").asInt()).isLessThan(category.path("sortOrder").asInt());
    }

    @Test
    void adminEditsDescription_andTheTableAndServerShowIt() {
        JsonNode category = existingCategory(uniqueName("Edit me"));
        String name = category.path("name").asText();
        AdminPage page = adminPageAsAdmin();
        page.waitUntilActiveNamesContain(name);

        page.rowNamed(name).findElement(By.cssSelector(".rapport-edit")).click();
        page.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("rapport-category-name"), "value", name));
        assertThat(page.driver().findElement(By.id("rapport-category-form-title")).getText()).isEqualTo("Edit category");
        WebElement description = page.driver().findElement(By.id("rapport-category-description"));
        description.clear();
        description.sendKeys("Edited in the browser.");
        page.save();

        page.browser.waiting().until(d -> page.rowNamed(name).findElement(By.cssSelector(".rapport-category-description"))
                .getText().equals("Edited in the browser."));
        assertThat(storedCategory(category).path("description").asText()).isEqualTo("Edited in the browser.");
        assertThat(storedCategory(category).path("name").asText()).isEqualTo(name);
        assertThat(page.driver().findElement(By.id("rapport-category-form-title")).getText()).isEqualTo("Add a category");
    }

    @Test
    void adminArchivesCategory_itMovesToArchived_andRestoreBringsItBack() {
        JsonNode category = existingCategory(uniqueName("Archive me"));
        String name = category.path("name").asText();
        AdminPage page = adminPageAsAdmin();
        page.waitUntilActiveNamesContain(name);

        page.rowNamed(name).findElement(By.cssSelector(".rapport-archive")).click();

        page.browser.waiting().until(d -> page.archivedNames().contains(name) && !page.activeNames().contains(name));
        page.waitForMessage("Category archived.");
        assertThat(storedCategory(category).path("archived").asBoolean()).isTrue();

        page.archivedRowNamed(name).findElement(By.cssSelector(".rapport-restore")).click();

        page.browser.waiting().until(d -> page.activeNames().contains(name) && !page.archivedNames().contains(name));
        page.waitForMessage("Category restored.");
        assertThat(storedCategory(category).path("archived").asBoolean()).isFalse();
    }

    @Test
    void adminSavesEmptyName_andSeesTheErrorUnderTheNameField() {
        AdminPage page = adminPageAsAdmin();
        page.waitUntilActiveNamesContain("Teamwork");
        int rows = page.activeNames().size();

        page.fill("", "A description without a name.");
        page.save();

        WebElement error = page.browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='rapport-category-name']/parent::div[contains(@class,'field-group')]"
                        + "//div[contains(@class,'error') and @data-field='name']")));
        page.browser.waiting().until(d -> error.getText().equals("This field is required."));
        assertThat(page.activeNames()).hasSize(rows);
    }

    @Test
    void colleague_getsForbiddenPageForAdminPage_andForbiddenFromAdminRest() {
        Browser alice = browsers.signedIn("alice", "/");

        alice.visit(ADMIN_PAGE);

        alice.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "You do not have permission to view this page."));
        assertThat(alice.driver().findElements(By.id("rapport-category-form"))).isEmpty();
        HttpResult rest = host.as("alice").post("categories", aCategory().build());
        assertThat(rest.status()).as("%s", rest).isEqualTo(403);
        assertThat(host.as("alice").get("categories?all=true").status()).isEqualTo(403);
    }

    @Test
    void colleague_opensRecogniseOnBobsProfile_andFollowsOpenInPage_toTheRecognisePageForBob() {
        Browser alice = browsers.signedIn("alice", "/secure/ViewProfile.jspa?name=bob");

        WebElement panel = alice.waitFor(By.id("rapport-profile-recognition-panel"));
        assertThat(panel.getText()).contains("Bob Baker");
        WebElement recognise = panel.findElement(By.id("rapport-recognise-action"));
        assertThat(recognise.getText()).contains("Recognise");
        recognise.click();
        alice.waitFor(By.id("rapport-recognise-dialog-open-page")).click();

        alice.waiting().until(ExpectedConditions.textToBe(By.id("rapport-recognise-heading"), "Recognise Bob Baker"));
        assertThat(alice.driver().getCurrentUrl()).endsWith(RECOGNISE_PAGE + "?to=bob");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    /** The category admin page as its user sees it. */
    private static final class AdminPage {
        private final Browser browser;

        AdminPage(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("rapport-category-form"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rapport-category-table tbody tr[data-id]")));
        }

        WebDriver driver() {
            return browser.driver();
        }

        void fill(String name, String description) {
            WebElement nameField = driver().findElement(By.id("rapport-category-name"));
            nameField.clear();
            nameField.sendKeys(name);
            WebElement descriptionField = driver().findElement(By.id("rapport-category-description"));
            descriptionField.clear();
            descriptionField.sendKeys(description);
        }

        void save() {
            driver().findElement(By.id("rapport-category-save")).click();
        }

        List<String> activeNames() {
            return texts(driver().findElements(By.cssSelector("#rapport-category-table tbody tr[data-id] .rapport-category-name")));
        }

        List<String> archivedNames() {
            return texts(driver().findElements(By.cssSelector("#rapport-category-archived tbody tr[data-id] .rapport-category-name")));
        }

        void waitUntilActiveNamesContain(String name) {
            browser.waiting().until(d -> activeNames().contains(name));
        }

        void waitForMessage(String text) {
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rapport-category-message"), text));
        }

        WebElement rowNamed(String name) {
            return row("#rapport-category-table", name)
                    .orElseThrow(() -> new AssertionError("No active row named " + name + " in " + activeNames()));
        }

        WebElement archivedRowNamed(String name) {
            return row("#rapport-category-archived", name)
                    .orElseThrow(() -> new AssertionError("No archived row named " + name + " in " + archivedNames()));
        }

        private Optional<WebElement> row(String table, String name) {
            return driver().findElements(By.cssSelector(table + " tbody tr[data-id]")).stream()
                    .filter(tr -> tr.findElement(By.cssSelector(".rapport-category-name")).getText().equals(name))
                    .findFirst();
        }
    }
}
