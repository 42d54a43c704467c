package org.rapport.mentoring.settings.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.admin.SettingsStore;
import org.rapport.admin.StoredSettings;
import org.rapport.admin.ao.SettingEntity;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.platform.Transactions;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestInMemory;
import org.rapport.testing.TestDatabase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@code PUT mentoring/settings} in memory (issue 13): a coordinator group the host does not know
 * is refused on {@code coordinatorGroup}, together with every other bad field, instead of saving a
 * name that locks coordinators out.
 */
@Tag("database")
class MentoringSettingsResourceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RestInMemory rest;

    @BeforeAll
    static void schema() {
        db.migrate(SettingEntity.class);
    }

    @BeforeEach
    void setUp() {
        UserManager users = mock(UserManager.class);
        when(users.isAdmin(any(UserKey.class))).thenAnswer(i -> ((UserKey) i.getArgument(0)).getStringValue().equals("admin"));
        // The host's group search: "mentor-leads" exists (Crowd answers prefixes, sorted by name).
        when(users.findGroupNamesByPrefix(eq("mentor-leads"), eq(0), anyInt())).thenReturn(List.of("mentor-leads", "mentor-leads-emea"));
        when(users.findGroupNamesByPrefix(eq("mentor-laeds"), eq(0), anyInt())).thenReturn(List.of());
        rest = new RestInMemory(users);
        MentoringSettingsService settings = new MentoringSettingsService(
                new StoredSettings(new SettingsStore(db.activeObjects()), new Transactions(db.activeObjects())), rest.permissions());
        rest.register(new MentoringSettingsResource(settings, rest.permissions()));
    }

    private static Map<String, Object> body(String group, int cadence) {
        Map<String, Object> body = new HashMap<>();
        body.put("coordinatorGroup", group);
        body.put("defaultCadenceDays", cadence);
        body.put("graceDays", 3);
        body.put("weights", Map.of("sharedSkill", 10, "helpEvidence", 5, "otherDepartment", 3, "timezoneOverlap", 2));
        return body;
    }

    @Test
    void put_withAGroupTheHostDoesNotKnow_is400OnCoordinatorGroup_andSavesNothing() {
        String before = rest.as("admin").get("mentoring/settings").json().path("coordinatorGroup").asText();

        HttpResult refused = rest.as("admin").put("mentoring/settings", body("mentor-laeds", 14));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("coordinatorGroup");
        assertThat(refused.errorMessage("coordinatorGroup")).startsWith("There is no group called \"mentor-laeds\".");
        assertThat(rest.as("admin").get("mentoring/settings").json().path("coordinatorGroup").asText()).isEqualTo(before);
    }

    @Test
    void put_withAnUnknownGroupAndABadCadence_namesBothAtOnce() {
        HttpResult refused = rest.as("admin").put("mentoring/settings", body("mentor-laeds", 0));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("coordinatorGroup", "defaultCadenceDays");
    }

    @Test
    void put_withAGroupTheHostKnows_saves() {
        HttpResult saved = rest.as("admin").put("mentoring/settings", body("mentor-leads", 14));

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.json().path("coordinatorGroup").asText()).isEqualTo("mentor-leads");
    }
}
