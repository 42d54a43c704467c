package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RecognitionLinkTest {
    private static final FieldError NOT_A_LINK = FieldError.of("link", "rapport.error.link");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blank_meansNoLink(String raw) {
        assertThat(RecognitionLink.parse(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RAP-12", "A-1", "PROJ_2-9999999999", "AB9-100"})
    void issueKey_isAccepted(String key) {
        assertThat(RecognitionLink.parse(key)).isEqualTo(new RecognitionLink(RecognitionLink.Kind.ISSUE, key));
    }

    @Test
    void issueKey_isTrimmed() {
        assertThat(RecognitionLink.parse("  RAP-12\n")).isEqualTo(new RecognitionLink(RecognitionLink.Kind.ISSUE, "RAP-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rap-12", "RAP-0", "RAP-", "-12", "1AB-2", "RAP 12", "RAP-12x"})
    void almostIssueKeys_areRefused(String text) {
        assertThat(errorsOf(text)).containsExactly(NOT_A_LINK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://example.com",
            "https://example.com/",
            "https://confluence.example.com/display/TEAM/Release+notes?pageId=42#launch",
            "https://jira.example.com:8443/browse/RAP-12",
            "http://10.0.0.7/wiki",
            "https://[2001:db8::1]/page"})
    void httpAndHttpsAddresses_areAccepted(String url) {
        assertThat(RecognitionLink.parse(url)).isEqualTo(new RecognitionLink(RecognitionLink.Kind.URL, url));
    }

    @Test
    void schemeIgnoresCase() {
        assertThat(RecognitionLink.parse("HTTPS://example.com/x").kind()).isEqualTo(RecognitionLink.Kind.URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            " javascript://example.com/%0Aalert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "ftp://files.example.com/report.pdf",
            "file:///etc/passwd",
            "mailto:bob@example.com",
            "/wiki/display/TEAM/Page",
            "wiki/page.html",
            "//evil.example.com/page",
            "example.com/page",
            "https:example.com",
            "http:///no-host",
            "https://exa mple.com/",
            "https://"})
    void otherSchemesAndRelativeAddresses_areRefused(String text) {
        assertThat(errorsOf(text)).containsExactly(NOT_A_LINK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://user:secret@example.com/",
            "https://user@example.com/page",
            "http://example.com@evil.example.com/",
            "https://:@example.com/"})
    void addressesWithUserInfo_areRefused(String text) {
        assertThat(errorsOf(text)).containsExactly(NOT_A_LINK);
    }

    @Test
    void link_ofFourHundredFiftyCharacters_isAccepted() {
        String url = padded("https://example.com/", RecognitionLink.MAX);

        assertThat(RecognitionLink.parse(url).value()).isEqualTo(url).hasSize(450);
    }

    @Test
    void link_ofFourHundredFiftyOneCharacters_isTooLong() {
        assertThat(errorsOf(padded("https://example.com/", 451)))
                .containsExactly(FieldError.of("link", "rapport.error.too.long", 450));
    }

    @Test
    void link_lengthIsCheckedAfterTrimming() {
        String url = padded("https://example.com/", 450);

        assertThat(RecognitionLink.parse("   " + url + "  ").value()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.com/caf\u00E9, https://example.com/caf%C3%A9",
            "https://example.com/\u00FCber?q=\u00E4, https://example.com/%C3%BCber?q=%C3%A4"})
    void nonAsciiAddress_isStoredPercentEncoded(String raw, String stored) {
        assertThat(RecognitionLink.parse(raw).value()).isEqualTo(stored);
    }

    /**
     * The 450-character limit guards a 450-character column, so it must hold for the value that
     * is stored, which is the percent-encoded form: one non-ASCII character becomes up to twelve.
     */
    @Test
    void nonAsciiAddress_storedValueNeverExceedsTheLimit() {
        String raw = "https://example.com/" + "\u00FC".repeat(400);
        RecognitionLink link;
        try {
            link = RecognitionLink.parse(raw);
        } catch (InvalidInputException refused) {
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("link");
            return;
        }
        assertThat(link.value().length()).as("length of the value to store").isLessThanOrEqualTo(RecognitionLink.MAX);
    }

    private static String padded(String prefix, int length) {
        return prefix + "a".repeat(length - prefix.length());
    }

    private static List<FieldError> errorsOf(String raw) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> RecognitionLink.parse(raw));
        assertThat(invalid).as("refused: %s", raw).isNotNull();
        return invalid.errors();
    }
}
