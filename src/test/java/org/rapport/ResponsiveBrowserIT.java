package org.rapport;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 px wide) nothing scrolls sideways (issue 13): each page, as a person who sees it,
 * fits the viewport once its scripts have drawn it; wide tables scroll inside their own box. Names
 * the elements that stick out when it fails.
 */
class ResponsiveBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final String OVERFLOW = "var w = document.documentElement.clientWidth; var out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect();"
            + "  if (r.width > 0 && r.right > w + 1 && !e.closest('.rapport-host-scroll, .rapport-scroll')) {"
            + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
            + "      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));"
            + "  }});"
            + "return {scrollWidth: document.documentElement.scrollWidth, width: w, out: out.slice(0, 12)};";

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
            "alice, /plugins/servlet/rapport/feed",
            "alice, /plugins/servlet/rapport/recognise",
            "alice, /secure/ViewProfile.jspa?name=bob",
            "alice, /plugins/servlet/rapport/help",
            "alice, /plugins/servlet/rapport/notifications",
            "alice, /plugins/servlet/rapport/mentoring",
            "alice, /plugins/servlet/rapport/mentoring/team",
            "alice, /browse/RAP-1",
            "alice, /secure/Dashboard.jspa",
            "erin, /plugins/servlet/rapport/mentoring/programme",
            "admin, /plugins/servlet/rapport/admin/categories",
            "admin, /plugins/servlet/rapport/admin/settings",
            "admin, /plugins/servlet/rapport/admin/org"})
    void at390Pixels_nothingScrollsSideways(String user, String page) throws Exception {
        Browser browser = browsers.signedIn(user);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.visit(page);
        browser.waitFor(By.id("content"));
        Thread.sleep(700); // scripts fill lists and panels after load

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
        long width = ((Number) result.get("width")).longValue();
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) result.get("out");
        assertThat(width).as("the viewport is a phone's").isLessThanOrEqualTo(390);
        assertThat(((Number) result.get("scrollWidth")).longValue())
                .as("%s at %d px scrolls sideways; elements past the right edge: %s", page, width, out)
                .isLessThanOrEqualTo(width);
    }
}
