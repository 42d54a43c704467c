package org.rapport;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.rapport.testing.Browser;
import org.rapport.testing.Browsers;
import org.rapport.testing.HostUnderTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weight of a first view (issue 13's budget): with an empty browser cache, the feed, a profile
 * and the programme each transfer at most 400 KB in the standalone host — what Chromium's resource
 * timing says crossed the wire, headers and (compressed) bodies, the page and everything it loads —
 * and the feed asks for the unread count once (the header badge's count serves the feed too).
 */
class PageWeightBrowserIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    @RegisterExtension
    final Browsers browsers = new Browsers(host);

    private static final long BUDGET = 400 * 1024;

    @ParameterizedTest
    @CsvSource({
            "alice, /plugins/servlet/rapport/feed",
            "alice, /secure/ViewProfile.jspa?name=bob",
            "erin, /plugins/servlet/rapport/mentoring/programme"})
    void aFirstView_transfersAtMost400KB(String user, String page) throws Exception {
        Browser browser = browsers.signedIn(user);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCache", Map.of());

        browser.visit(page);
        Map<String, Object> weight = settledWeight(browser);

        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) weight.get("entries");
        assertThat(((Number) weight.get("total")).longValue())
                .as("bytes transferred for a first view of %s (%d requests):%n%s", page, entries.size(), String.join("\n", entries))
                .isPositive()
                .isLessThanOrEqualTo(BUDGET);
        assertThat(entries).as("AUI came over the wire, compressed (so the cache was empty)")
                .anyMatch(e -> e.contains("aui-prototyping.js") && e.contains("gzip"));
        assertThat(browser.consoleErrors()).as("script errors").isEmpty();
        if (page.endsWith("/feed")) {
            assertThat(entries).as("requests for the unread count on the feed").filteredOn(e -> e.contains("/notifications/unread"))
                    .hasSize(1);
        }
    }

    /** Waits until the page has loaded and its scripts stopped fetching, then sums resource timing. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> settledWeight(Browser browser) throws InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String script = "var nav = performance.getEntriesByType('navigation')[0];"
                + "var res = performance.getEntriesByType('resource');"
                + "var entries = [nav].concat(res).map(function (e) {"
                + "  return e.transferSize + ' ' + e.name + (e.encodedBodySize < e.decodedBodySize ? ' gzip' : '');});"
                + "return {complete: document.readyState === 'complete', count: res.length,"
                + " total: nav.transferSize + res.reduce(function (a, r) { return a + r.transferSize; }, 0),"
                + " entries: entries};";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Map<String, Object> last = null;
        long stableSince = 0;
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> now = (Map<String, Object>) js.executeScript(script);
            boolean same = last != null && now.get("count").equals(last.get("count")) && Boolean.TRUE.equals(now.get("complete"));
            stableSince = same ? stableSince : System.nanoTime();
            last = now;
            if (same && System.nanoTime() - stableSince > Duration.ofMillis(1500).toNanos()) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the page kept loading for 20 s: " + last);
    }
}
