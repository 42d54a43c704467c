package org.rapport.people.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /rest/rapport/1.0/people} on a running host with the demo users: admin (Administrator),
 * alice (Alice Archer), bob (Bob Baker), carol (Carol Chen), dave (Dave Diaz), erin (Erin Evans).
 */
class PeopleRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static RestClient alice() {
        return host.as("alice");
    }

    private static List<String> usernames(HttpResult result) {
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        List<String> usernames = new ArrayList<>();
        result.json().forEach(p -> usernames.add(p.path("username").asText()));
        return usernames;
    }

    @Test
    void query_matchesStartOfUsername() {
        assertThat(usernames(alice().get("people?query=bo"))).containsExactly("bob");
    }

    @Test
    void query_matchesStartOfALaterWordOfTheDisplayName() {
        HttpResult result = alice().get("people?query=chen");

        assertThat(usernames(result)).containsExactly("carol");
        JsonNode carol = result.json().get(0);
        assertThat(carol.path("displayName").asText()).isEqualTo("Carol Chen");
        assertThat(carol.path("key").asText()).isNotBlank();
        assertThat(carol.path("avatarUrl").asText()).isNotBlank();
    }

    @Test
    void query_ignoresCaseAndSurroundingSpace() {
        assertThat(usernames(alice().get("people?query=%20BAK%20"))).containsExactly("bob");
    }

    @Test
    void query_doesNotMatchTheMiddleOfAWord() {
        assertThat(usernames(alice().get("people?query=hen"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%25", "_", "%5C"})
    void sqlWildcards_inQuery_matchLiterally(String encodedQuery) {
        assertThat(usernames(alice().get("people?query=" + encodedQuery))).isEmpty();
    }

    @Test
    void limit_capsTheNumberOfResults() {
        assertThat(usernames(alice().get("people?query=a"))).as("without a limit").hasSizeGreaterThan(1);

        assertThat(usernames(alice().get("people?query=a&limit=1"))).hasSize(1);
    }

    @Test
    void limit_of50_isAccepted() {
        assertThat(alice().get("people?query=a&limit=50").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "people?query=", "people?query=%20%20"})
    void emptyQuery_isRefusedOnQuery(String path) {
        HttpResult result = alice().get(path);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("query");
        assertThat(result.errorMessage("query")).isEqualTo("This field is required.");
    }

    @Test
    void queryLongerThan100Characters_isRefusedOnQuery() {
        HttpResult result = alice().get("people?query=" + "a".repeat(101));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc", "-1", "99999999999999999999", "1.5"})
    void limitOutside1To50_isRefusedOnLimit(String limit) {
        HttpResult result = alice().get("people?query=a&limit=" + limit);

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
        assertThat(result.errorMessage("limit")).isEqualTo("Use a whole number from 1 to 50.");
    }

    @Test
    void search_withoutCredentials_answers401() {
        HttpResult result = host.anonymous().get("people?query=a");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorFields()).isNotEmpty();
    }
}
