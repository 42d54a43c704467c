package org.rapport.admin.rest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.admin.SettingsService;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.platform.Transactions;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestInMemory;
import org.rapport.testing.TestDatabase;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /settings} in memory (the fast REST layer): status codes, every field error at once, and
 * the JSON shape, over a real database. The full host's ITs keep sign-in and XSRF.
 */
@Tag("database")
class SettingsResourceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RestInMemory rest;

    @BeforeAll
    static void schema() {
        db.migrate(SettingEntity.class);
    }

    @BeforeEach
    void setUp() {
        rest = new RestInMemory(Set.of("admin"));
        SettingsStore store = new SettingsStore(db.activeObjects());
        SettingsService settings = new SettingsService(store, new StoredSettings(store, new Transactions(db.activeObjects())),
                rest.permissions());
        rest.register(new SettingsResource(settings, rest.permissions()));
    }

    private static Map<String, Object> rules(int allowance, boolean categoryRequired, String visibility) {
        return Map.of("weeklyAllowance", allowance, "categoryRequired", categoryRequired, "leaderboardVisibility", visibility);
    }

    @Test
    void get_showsTheDefaults_toAnyoneSignedIn() {
        HttpResult result = rest.as("bob").get("settings");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("weeklyAllowance").asInt()).isEqualTo(10);
        assertThat(result.json().path("categoryRequired").asBoolean()).isTrue();
        assertThat(result.json().path("leaderboardVisibility").asText()).isEqualTo("EVERYONE");
    }

    @Test
    void get_anonymous_is401() {
        assertThat(rest.anonymous().get("settings").status()).isEqualTo(401);
    }

    @Test
    void put_byAdmin_replacesEveryRule() {
        HttpResult result = rest.as("admin").put("settings", rules(3, false, "MANAGERS"));

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(rest.as("bob").get("settings").json()).isEqualTo(result.json());
        assertThat(result.json().path("leaderboardVisibility").asText()).isEqualTo("MANAGERS");
    }

    @Test
    void put_byMember_is403_andChangesNothing() {
        HttpResult result = rest.as("bob").put("settings", rules(3, false, "MANAGERS"));

        assertThat(result.status()).isEqualTo(403);
        assertThat(rest.as("bob").get("settings").json().path("weeklyAllowance").asInt()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "{}"})
    void put_withoutRules_is400NamingWhatIsMissing(String body) {
        HttpResult result = rest.as("admin").put("settings", body);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).isNotEmpty().isSubsetOf("body", "weeklyAllowance", "categoryRequired", "leaderboardVisibility");
    }

    @Test
    void put_namesEveryBadFieldAtOnce() {
        HttpResult result = rest.as("admin").put("settings", "{\"weeklyAllowance\": 101, \"leaderboardVisibility\": \"SOME\"}");

        assertThat(result.errorFields()).containsExactly("weeklyAllowance", "categoryRequired", "leaderboardVisibility");
        assertThat(result.errorMessage("weeklyAllowance")).isEqualTo("Use a whole number from 0 to 100.");
        assertThat(result.errorMessage("categoryRequired")).isEqualTo("This field is required.");
    }

    @Test
    void put_unknownFieldOrWrongType_isAFieldError() {
        assertThat(rest.as("admin").put("settings", "{\"dailyAllowance\": 5}").errorFields()).containsExactly("dailyAllowance");
        assertThat(rest.as("admin").put("settings", "{\"weeklyAllowance\": \"ten\"}").errorFields()).containsExactly("weeklyAllowance");
    }
}
