package org.rapport.help.web;

import org.rapport.product.jira.JiraPanelContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.help.HelpPanelFixture;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.velocity.HostTemplateRenderer;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The help profile panel on a real database and through the host's Velocity: confirmed help given
 * and received with top skills (pending help does not count), and at most four statements (in fact
 * two) whatever the data size.
 */
@Tag("database")
class HelpProfilePanelTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HelpPanelFixture f;
    private HelpProfilePanel panel;

    @BeforeAll
    static void schema() {
        HelpPanelFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new HelpPanelFixture(db);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        panel = new HelpProfilePanel(new JiraPanelContext(), f.people(), f.service(), application);
    }

    @Test
    void panel_showsConfirmedHelpGivenAndReceived_andTopSkills() {
        f.logConfirmed("carol-key", "bob-key", "Helped", null, List.of("java"));
        f.logConfirmed("carol-key", "dave-key", "Helped", null, List.of("java"));
        f.logConfirmed("carol-key", "erin-key", "Helped", null, List.of("sql"));
        f.logConfirmed("bob-key", "carol-key", "Helped", null, List.of("git"));
        f.logPending("carol-key", "alice-key", "Pending", null);

        Map<String, Object> context = panel.getContextMap(context("carol-key", "erin-key"));

        assertThat(context).containsEntry("hasPerson", true).containsEntry("helpGiven", 3).containsEntry("helpReceived", 1)
                .containsEntry("helpUrl", "/jira/plugins/servlet/rapport/help?person=carol");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skills = (List<Map<String, Object>>) context.get("helpTopSkills");
        assertThat(skills).extracting(m -> m.get("name") + ":" + m.get("count")).containsExactly("java:2", "sql:1");
    }

    @ParameterizedTest(name = "{0} help entries")
    @ValueSource(ints = {3, 60})
    void panel_usesAtMostFourStatements_whateverTheDataSize(int count) {
        for (int i = 0; i < count; i++) {
            f.logConfirmed("bob-key", i % 2 == 0 ? "alice-key" : "carol-key", "Help " + i, null, List.of("skill-" + (i % 7)));
        }

        try (SqlCounter sql = db.countStatements()) {
            Map<String, Object> context = panel.getContextMap(context("bob-key", "erin-key"));

            assertThat(context).containsEntry("helpGiven", count);
            assertThat(sql.statements()).as("help counters, top skills").hasSizeLessThanOrEqualTo(4);
        }
    }

    @Test
    void template_showsCountsSkillsAndTheLedgerLink() throws Exception {
        f.logConfirmed("carol-key", "bob-key", "Helped", null, List.of("kubernetes"));
        ClassLoader loader = HelpProfilePanelTest.class.getClassLoader();
        HostTemplateRenderer renderer = new HostTemplateRenderer(loader, Set.of(), new HostI18nResolver(loader, "i18n/rapport"));

        StringWriter html = new StringWriter();
        renderer.render("templates/panels/profile-help.vm", panel.getContextMap(context("carol-key", "erin-key")), html);

        assertThat(html.toString()).contains("id=\"rapport-profile-help-panel\"")
                .contains("id=\"rapport-profile-help-given\">1<")
                .contains("kubernetes · 1")
                .contains("href=\"/jira/plugins/servlet/rapport/help?person=carol\"");
    }

    @Test
    void panel_withoutAProfileUser_showsNothingAndReadsNothing() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(panel.getContextMap(new HashMap<>())).containsEntry("hasPerson", false);
            assertThat(sql.statements()).isEmpty();
        }
    }

    private static Map<String, Object> context(String profile, String viewer) {
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", user(profile));
        context.put("currentUser", user(viewer));
        return context;
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key.replace("-key", ""));
        when(user.getDisplayName()).thenReturn(key);
        return user;
    }
}
