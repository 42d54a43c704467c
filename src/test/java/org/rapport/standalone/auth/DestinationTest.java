package org.rapport.standalone.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationTest {

    /** As the container hands them over: already percent-decoded once. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/\t/evil.example",            // %2F%09%2Fevil.example: browsers drop the tab and see //evil.example
            "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/\u00a0/evil.example", "/\u200b/evil.example",
            "//evil.example", "///evil.example", "//evil.example/path", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
            "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "", " /", "\t/",
            "/../../x", "/a/../../x", "/..", "/./../x", "/%2e%2e/x", "/%2E%2E/%2e%2e/x", "/%2F%2Fevil.example", "/%5Cevil.example",
            "/%09/evil.example", "/%0a/x", "/a%00b",
            "/login.jsp", "/login.jsp?os_destination=//evil.example", "/LOGIN.JSP",
            "/%zz", "/a b",
    })
    void hostileDestinations_goHome(String hostile) {
        assertThat(Destination.of(hostile)).as("os_destination=%s", hostile).isEqualTo("/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/|/",
            "/plugins/servlet/rapport/admin/categories?tab=archived|/plugins/servlet/rapport/admin/categories?tab=archived",
            "/secure/ViewProfile.jspa?name=bob|/secure/ViewProfile.jspa?name=bob",
            "/browse/RAP-1|/browse/RAP-1",
            "/plugins/servlet/rapport/./feed|/plugins/servlet/rapport/feed",
            "/plugins/servlet/rapport/admin/../feed|/plugins/servlet/rapport/feed",
            "/plugins/servlet/rapport/feed?q=hello%20world|/plugins/servlet/rapport/feed?q=hello%20world",
            "/plugins/servlet/rapport/feed#top|/plugins/servlet/rapport/feed",
    })
    void pathsOnThisHost_areKept_normalised(String destination, String expected) {
        assertThat(Destination.of(destination)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nothing_goesHome() {
        assertThat(Destination.of(null)).isEqualTo("/");
    }
}
